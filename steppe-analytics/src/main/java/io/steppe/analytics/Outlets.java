package io.steppe.analytics;

import io.steppe.store.EventStore;
import io.steppe.store.QueryResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which outlet published each document, for counting the distinct sources of a happening. */
final class Outlets {
  private static final String SQL = "SELECT id, coalesce(source, id) AS outlet FROM documents";

  private Outlets() {}

  static Map<String, String> of(EventStore store) {
    QueryResult result = store.query(SQL);
    Map<String, String> outlets = new HashMap<>();
    for (List<String> row : result.rows()) {
      outlets.put(row.get(0), row.get(1));
    }
    return outlets;
  }
}
