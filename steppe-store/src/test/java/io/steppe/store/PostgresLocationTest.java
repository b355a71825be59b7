package io.steppe.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.model.SteppeException;
import org.junit.jupiter.api.Test;

class PostgresLocationTest {

  @Test
  void parse_libpqUrl_givesJdbcUrlUserAndPassword() {
    PostgresLocation location =
        PostgresLocation.parse(
            "postgresql://ana:p%40ss%2Bw@db.example:5433/events?sslmode=require", null);

    assertThat(location.jdbcUrl())
        .isEqualTo("jdbc:postgresql://db.example:5433/events?sslmode=require");
    assertThat(location.user()).isEqualTo("ana");
    assertThat(location.password()).isEqualTo("p@ss+w");
    assertThat(location.name())
        .isEqualTo("postgresql://ana@db.example:5433/events?sslmode=require");
    assertThat(location.properties())
        .containsEntry("user", "ana")
        .containsEntry("password", "p@ss+w");
  }

  @Test
  void parse_noPasswordInUrl_takesPgpassword() {
    PostgresLocation location = PostgresLocation.parse("postgres://ana@localhost/events", "env");

    assertThat(location.password()).isEqualTo("env");
    assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/events");
  }

  @Test
  void parse_passwordInUrl_winsOverPgpassword() {
    assertThat(PostgresLocation.parse("postgresql://ana:url@localhost/events", "env").password())
        .isEqualTo("url");
  }

  @Test
  void parse_jdbcUrl_isKeptAndItsPasswordHiddenFromMessages() {
    String url = "jdbc:postgresql://localhost/events?user=ana&password=secret";
    PostgresLocation location = PostgresLocation.parse(url, "env");

    assertThat(location.jdbcUrl()).isEqualTo(url);
    assertThat(location.password()).isNull();
    assertThat(location.name())
        .isEqualTo("jdbc:postgresql://localhost/events?user=ana&password=***");
    assertThat(PostgresLocation.parse("jdbc:postgresql://localhost/events", "env").password())
        .isEqualTo("env");
  }

  @Test
  void parse_brokenUrl_saysWhatIsExpected() {
    assertThatThrownBy(() -> PostgresLocation.parse("postgresql://ana:p w@localhost/events", null))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("not a valid PostgreSQL URL")
        .hasMessageContaining("%XX");
  }

  @Test
  void isPostgres_knowsTheThreeSchemes_andNotFiles() {
    assertThat(PostgresLocation.isPostgres("PostgreSQL://h/d")).isTrue();
    assertThat(PostgresLocation.isPostgres("postgres://h/d")).isTrue();
    assertThat(PostgresLocation.isPostgres("jdbc:postgresql://h/d")).isTrue();
    assertThat(PostgresLocation.isPostgres("steppe-data/postgresql.duckdb")).isFalse();
  }
}
