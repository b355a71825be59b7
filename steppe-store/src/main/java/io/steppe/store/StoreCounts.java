package io.steppe.store;

/**
 * How much a store holds.
 *
 * @param documents coded documents
 * @param duplicates duplicate links
 * @param sentences sentences of coded documents
 * @param events events of every modality
 * @param assertedEvents events whose modality is asserted, the ones that enter aggregates
 */
public record StoreCounts(
    long documents, long duplicates, long sentences, long events, long assertedEvents) {}
