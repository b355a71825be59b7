/**
 * Reads articles from files into {@link io.steppe.model.Document}s and finds duplicates.
 *
 * <p>Entry points: {@link io.steppe.ingest.DocumentSource} for reading, {@link
 * io.steppe.ingest.ContentHash}, {@link io.steppe.ingest.MinHashSignature} and {@link
 * io.steppe.ingest.NearDuplicateIndex} for duplicates. Everything else is package-private.
 */
@NullMarked
package io.steppe.ingest;

import org.jspecify.annotations.NullMarked;
