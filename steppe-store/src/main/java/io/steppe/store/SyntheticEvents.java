package io.steppe.store;

import io.steppe.model.SteppeException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Fills a DuckDB store with synthetic events for benchmarks: 30 countries, 12 CAMEO codes from
 * every quad class, dates rising over eleven years as a news archive's do, 90% asserted. Generated
 * inside DuckDB in one statement, so loading a hundred million rows takes minutes, not hours.
 */
public final class SyntheticEvents {
  private static final String COUNTRIES =
      "['IRN','ISR','USA','RUS','CHN','KAZ','KGZ','TJK','TKM','UZB','TUR','AZE','PAK','AFG','SAU',"
          + "'ARE','QAT','GBR','FRA','DEU','IND','IRQ','SYR','LBN','EGY','JOR','ARM','GEO','UKR','BLR']";
  private static final String CODES =
      "(VALUES (0,'010','01','CONSULT',1,0.0),(1,'036','03','AGREE',1,4.0),(2,'042','04','CONSULT',1,1.9),"
          + "(3,'051','05','SUPPORT',1,3.4),(4,'057','05','AGREE',1,8.0),(5,'061','06','COOPERATE',2,6.4),"
          + "(6,'0256','02','REQUEST',1,-0.3),(7,'111','11','ACCUSE',3,-2.0),(8,'112','11','ACCUSE',3,-2.0),"
          + "(9,'130','13','THREATEN',3,-4.4),(10,'163','16','SANCTION',4,-8.0),(11,'190','19','ASSAULT',4,-10.0))"
          + " AS codes(k, cameo, root, plover, quad, gold)";
  private static final String INSERT =
      "INSERT INTO events (event_id, doc_id, sentence_index, sentence, span_start, span_end, date,"
          + " source_code, source_country, source_text, target_code, target_country, target_text,"
          + " cameo, cameo_root, plover, quad_class, goldstein, modality, confidence, why)"
          + " SELECT 'syn:' || i, 'syn:' || (i // 25), (i % 25)::INTEGER, 'synthetic event', 0, 15,"
          + " DATE '2015-01-01' + (i * 4018 // ?)::INTEGER, s, s, s, t, t, t, cameo, root, plover, quad,"
          + " gold, CASE WHEN m < 90 THEN 'asserted' WHEN m < 97 THEN 'negated' ELSE 'hypothetical' END,"
          + " 0.9, 'synthetic' FROM (SELECT i, c[1 + (hash(i) % 30)::INTEGER] AS s,"
          + " c[1 + (hash(i + 1) % 30)::INTEGER] AS t, (hash(i + 2) % 12)::INTEGER AS code,"
          + " (hash(i + 3) % 100)::INTEGER AS m FROM range(?, ?) r(i), (SELECT "
          + COUNTRIES
          + " AS c)) JOIN "
          + CODES
          + " ON code = k";
  private static final long BATCH = 5_000_000;

  private SyntheticEvents() {}

  /** Adds {@code count} synthetic events to the DuckDB store at {@code location}. */
  public static void fill(String location, long count) {
    Stores.open(location).close();
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + location);
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (long start = 0; start < count; start += BATCH) {
        insert.setLong(1, count);
        insert.setLong(2, start);
        insert.setLong(3, Math.min(count, start + BATCH));
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new SteppeException(
          "cannot fill " + location + " with synthetic events: " + e.getMessage(), e);
    }
  }
}
