package io.steppe.app.cli;

import io.steppe.store.EventStore;
import io.steppe.store.Stores;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steppe sql "SELECT ..."}: read-only SQL over the store's tables and views. */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = {
      "Runs one read-only SQL query. Tables: documents, duplicates, sentences, events.",
      "Views: asserted_events, dyads, daily_counts, documents_summary."
    })
public final class SqlCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(
      index = "0",
      paramLabel = "QUERY",
      description =
          "A SELECT (or WITH, VALUES, SHOW, EXPLAIN; DESCRIBE on DuckDB, TABLE on PostgreSQL)"
              + " statement, run in a read-only transaction.")
  String sql;

  @Override
  public Integer call() {
    try (EventStore eventStore = Stores.open(store.location())) {
      spec.commandLine().getOut().print(eventStore.query(sql).formatTable());
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
