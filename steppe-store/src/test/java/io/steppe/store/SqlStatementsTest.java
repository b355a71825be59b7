package io.steppe.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlStatementsTest {

  @Test
  void split_semicolonsOutsideQuotesAndComments_separateStatements() {
    assertThat(SqlStatements.split("SELECT 1; SELECT 2;")).containsExactly("SELECT 1", " SELECT 2");
  }

  @Test
  void split_semicolonsInStringsIdentifiersCommentsAndDollarQuotes_doNot() {
    String sql =
        "SELECT 'a;''b', E'c\\';d', \"e;f\", $q$ g; $q$, $$h;$$ -- i;\n /* j; /* k; */ l; */ + 1";

    assertThat(SqlStatements.split(sql)).containsExactly(sql);
  }

  @Test
  void split_commentOnlyPieces_areNoStatements() {
    assertThat(SqlStatements.split("SELECT 1; -- done\n ; /* nothing */"))
        .containsExactly("SELECT 1");
    assertThat(SqlStatements.split(" ; ")).isEmpty();
  }

  @Test
  void split_positionalParameter_isNoDollarQuote() {
    assertThat(SqlStatements.split("SELECT $1; SELECT 2")).hasSize(2);
  }

  @Test
  void withoutLeadingComments_dropsSpaceAndComments() {
    assertThat(SqlStatements.withoutLeadingComments(" -- a\n/* b */ DELETE")).isEqualTo("DELETE");
  }
}
