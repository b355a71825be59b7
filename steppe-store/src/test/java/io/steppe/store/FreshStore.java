package io.steppe.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A new, empty store for each test on one backend, opened before the test's own set-up and closed
 * and deleted after it. Register it as a field: {@code @RegisterExtension final FreshStore fresh}.
 */
final class FreshStore implements BeforeEachCallback, AfterEachCallback {
  private final Backend backend;
  private final boolean opened;
  private @Nullable TestLocation location;
  private @Nullable EventStore store;

  /** A fresh store, opened before each test. */
  FreshStore(Backend backend) {
    this(backend, true);
  }

  private FreshStore(Backend backend, boolean opened) {
    this.backend = backend;
    this.opened = opened;
  }

  /** A fresh, empty location only, for tests that prepare or open the store themselves. */
  static FreshStore unopened(Backend backend) {
    return new FreshStore(backend, false);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    location = backend.create();
    store = opened ? location.open() : null;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      if (store != null) {
        store.close();
      }
    } finally {
      if (location != null) {
        location.close();
      }
    }
  }

  /** The open store. */
  EventStore store() {
    return Objects.requireNonNull(store, "store is opened before each test");
  }

  /** Closes the store and opens the same location again. */
  EventStore reopen() {
    store().close();
    store = location().open();
    return store;
  }

  TestLocation location() {
    return Objects.requireNonNull(location, "location is made before each test");
  }

  Backend backend() {
    return backend;
  }
}
