/**
 * {@code steppe bench load}: requests/s and latency of the running server on loopback while an
 * ingest writes into the store it serves.
 */
@NullMarked
package io.steppe.app.bench;

import org.jspecify.annotations.NullMarked;
