package io.steppe.analytics;

/** Asserted events from one actor to another, with their Goldstein total. */
public record DyadTotal(String source, String target, int events, double goldstein) {}
