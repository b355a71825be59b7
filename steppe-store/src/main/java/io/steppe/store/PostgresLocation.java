package io.steppe.store;

import io.steppe.model.SteppeException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Where a PostgreSQL store lives, from a libpq-style URL ({@code
 * postgresql://user[:password]@host[:port]/database[?parameters]}) or a PgJDBC URL ({@code
 * jdbc:postgresql://...}). Parameters pass to PgJDBC as they are ({@code currentSchema=steppe},
 * {@code sslmode=require}). A password the URL does not give is taken from PGPASSWORD, as psql
 * does.
 *
 * @param jdbcUrl the PgJDBC URL, without user and password
 * @param user the user, or null for PgJDBC's default (the URL's, else the system user)
 * @param password the password, or null for none
 * @param name how messages name the store: the URL without its password
 */
record PostgresLocation(
    String jdbcUrl, @Nullable String user, @Nullable String password, String name) {

  private static final String EXPECTED =
      "expected postgresql://user[:password]@host[:port]/database or jdbc:postgresql://...";

  /** True when the location names a PostgreSQL store rather than a DuckDB file. */
  static boolean isPostgres(String location) {
    String lower = location.toLowerCase(Locale.ROOT);
    return lower.startsWith("postgresql://")
        || lower.startsWith("postgres://")
        || lower.startsWith("jdbc:postgresql:");
  }

  /**
   * Reads a PostgreSQL location.
   *
   * @param environmentPassword the value of PGPASSWORD, used when the URL holds no password
   * @throws SteppeException when the URL cannot be read or names no database
   */
  static PostgresLocation parse(String location, @Nullable String environmentPassword) {
    if (location.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
      boolean hasPassword = location.toLowerCase(Locale.ROOT).contains("password=");
      String name = location.replaceAll("(?i)(password=)[^&]*", "$1***");
      return new PostgresLocation(location, null, hasPassword ? null : environmentPassword, name);
    }
    URI uri = uri(location);
    String database = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
    if (database.isEmpty()) {
      throw new SteppeException("PostgreSQL URL names no database: " + location + "; " + EXPECTED);
    }
    String address =
        (uri.getHost() == null ? "localhost" : uri.getHost())
            + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
            + "/"
            + database
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    String userInfo = uri.getRawUserInfo();
    String user = null;
    String password = environmentPassword;
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), location);
      password = colon < 0 ? environmentPassword : decode(userInfo.substring(colon + 1), location);
    }
    String name = "postgresql://" + (user == null ? "" : user + "@") + address;
    return new PostgresLocation("jdbc:postgresql://" + address, user, password, name);
  }

  /** The connection properties: user and password, and batched inserts sent as multi-row ones. */
  Properties properties() {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    properties.setProperty("reWriteBatchedInserts", "true");
    properties.setProperty("ApplicationName", "steppe");
    return properties;
  }

  private static URI uri(String location) {
    try {
      return new URI(location);
    } catch (URISyntaxException e) {
      throw new SteppeException(
          "not a valid PostgreSQL URL: "
              + e.getMessage()
              + "; "
              + EXPECTED
              + " (write special"
              + " characters of the password as %XX)",
          e);
    }
  }

  private static String decode(String text, String location) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new SteppeException(
          "PostgreSQL URL has a broken %XX escape in its user or password: " + location, e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
