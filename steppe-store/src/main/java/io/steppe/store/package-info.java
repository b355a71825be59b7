/**
 * Where coded documents live: documents, duplicate links, sentences and events, behind {@link
 * io.steppe.store.EventStore} and opened with {@link io.steppe.store.Stores#open(String)}.
 *
 * <p>The schema is created and upgraded by the versioned SQL scripts in {@code
 * io/steppe/store/migrations}; analysts query it through the views they define.
 */
@NullMarked
package io.steppe.store;

import org.jspecify.annotations.NullMarked;
