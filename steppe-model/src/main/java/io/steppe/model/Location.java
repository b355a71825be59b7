package io.steppe.model;

import org.jspecify.annotations.Nullable;

/** Where an event happened, when the text says so. */
public record Location(String name, @Nullable String country) {}
