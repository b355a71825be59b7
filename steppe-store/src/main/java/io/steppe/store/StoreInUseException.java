package io.steppe.store;

import io.steppe.model.SteppeException;

/** Thrown when a store file is locked by another process: DuckDB allows one writer at a time. */
public final class StoreInUseException extends SteppeException {
  private static final long serialVersionUID = 1L;

  StoreInUseException(String store, Throwable cause) {
    super(
        "store "
            + store
            + " is in use by another steppe process (ingest or serve); "
            + "wait for it or use --db to choose another store",
        cause);
  }
}
