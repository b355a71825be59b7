package io.steppe.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryResultTest {

  @Test
  void formatTable_alignsColumnsUnderTheirHeaders() {
    QueryResult result =
        new QueryResult(
            List.of("source_country", "n"),
            List.of(List.of("TJK", "3"), Arrays.asList(null, "12345")));

    assertThat(result.formatTable())
        .isEqualTo(
            """
            source_country | n
            ---------------+------
            TJK            | 3
            NULL           | 12345
            (2 rows)
            """);
  }

  @Test
  void formatTable_noRows_showsHeaderAndCount() {
    QueryResult result = new QueryResult(List.of("a"), List.of());

    assertThat(result.formatTable()).isEqualTo("a\n-\n(0 rows)\n");
  }

  @Test
  void formatTable_oneRow_saysRow() {
    QueryResult result = new QueryResult(List.of("a"), List.of(List.of("line\nbreak")));

    assertThat(result.formatTable()).isEqualTo("a\n----------\nline break\n(1 row)\n");
  }

  @Test
  void queryResult_rowOfWrongWidth_isRefused() {
    assertThatThrownBy(() -> new QueryResult(List.of("a", "b"), List.of(List.of("x"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
