package io.steppe.actors;

/**
 * A populated place or region of the gazetteer.
 *
 * @param name the name as the gazetteer writes it
 * @param country ISO 3166-1 alpha-3 code of the country it lies in
 * @param population inhabitants, 0 when unknown; orders places sharing a name
 */
public record Place(String name, String country, long population) {}
