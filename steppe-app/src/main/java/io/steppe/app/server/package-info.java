/**
 * {@code steppe serve}: the read-only JSON API over a store and the web dashboard, on Javalin.
 *
 * <p>Every value a request carries is checked in {@link io.steppe.app.server.Params} before it
 * reaches the store, and reaches it only through {@link io.steppe.store.EventStore} methods, whose
 * SQL binds values as parameters. Analyses are reached through {@link
 * io.steppe.app.server.Analyses} alone, so a new one is wired in one place.
 */
@NullMarked
package io.steppe.app.server;

import org.jspecify.annotations.NullMarked;
