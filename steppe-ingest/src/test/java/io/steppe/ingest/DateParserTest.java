package io.steppe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
  private static final LocalDate JUNE_14 = LocalDate.of(2025, 6, 14);

  @Test
  void parse_isoDate() {
    assertThat(DateParser.parse("2025-06-14")).contains(JUNE_14);
  }

  @Test
  void parse_isoDateTimeWithOffset() {
    assertThat(DateParser.parse("2025-06-14T10:00:00+05:00")).contains(JUNE_14);
  }

  @Test
  void parse_isoDateTimeLateInTheWritersDay_keepsTheWritersDate() {
    // 23:30 at -05:00 is already 15 June in UTC; the article was written on the 14th.
    assertThat(DateParser.parse("2025-06-14T23:30:00-05:00")).contains(JUNE_14);
  }

  @Test
  void parse_isoDateTimeUtcWithFraction() {
    assertThat(DateParser.parse("2025-06-14T10:00:00.123Z")).contains(JUNE_14);
  }

  @Test
  void parse_isoDateTimeWithCompactOffset() {
    assertThat(DateParser.parse("2025-06-14T10:00:00+0000")).contains(JUNE_14);
  }

  @Test
  void parse_isoDateTimeWithoutOffset() {
    assertThat(DateParser.parse("2025-06-14T10:00:00")).contains(JUNE_14);
    assertThat(DateParser.parse("2025-06-14 10:00")).contains(JUNE_14);
  }

  @Test
  void parse_rfc1123() {
    assertThat(DateParser.parse("Sat, 14 Jun 2025 10:00:00 GMT")).contains(JUNE_14);
  }

  @Test
  void parse_rfc1123WithNumericOffsetOrNoWeekday() {
    assertThat(DateParser.parse("Sat, 14 Jun 2025 10:00:00 +0300")).contains(JUNE_14);
    assertThat(DateParser.parse("14 Jun 2025 10:00 EST")).contains(JUNE_14);
  }

  @Test
  void parse_monthDayYear() {
    assertThat(DateParser.parse("June 14, 2025")).contains(JUNE_14);
    assertThat(DateParser.parse("Jun 14 2025")).contains(JUNE_14);
  }

  @Test
  void parse_dayMonthYear() {
    assertThat(DateParser.parse("14 June 2025")).contains(JUNE_14);
    assertThat(DateParser.parse("14 june 2025")).contains(JUNE_14);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-02-30",
        "2025-13-01",
        "2025-02-29T10:00:00Z",
        "2025-06-14T25:00:00Z",
        "30 February 2025",
        "February 30, 2025",
        "Tue, 31 Jun 2025 10:00:00 GMT"
      })
  void parse_impossibleDate_isEmpty(String text) {
    assertThat(DateParser.parse(text)).isEmpty();
  }

  @Test
  void parse_leapDay_isAccepted() {
    assertThat(DateParser.parse("2024-02-29")).contains(LocalDate.of(2024, 2, 29));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "yesterday", "2025", "14 Juneteenth 2025", "2025/06/14"})
  void parse_notADate_isEmpty(String text) {
    assertThat(DateParser.parse(text)).isEmpty();
    assertThat(DateParser.parseOrNull(text)).isNull();
  }
}
