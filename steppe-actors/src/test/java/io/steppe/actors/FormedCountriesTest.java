package io.steppe.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A country formed from another: its names stand for the earlier one before it existed. */
class FormedCountriesTest {
  private static final ActorResolver RESOLVER = new ActorResolver(ActorDictionary.bundled());

  @ParameterizedTest(name = "{0} on {1} -> {2}")
  @CsvSource({
    "Juba, 2005-03-10, SDNGOV",
    "Juba, 2011-07-08, SDNGOV",
    "Juba, 2011-07-09, SSDGOV",
    "South Sudanese rebels, 1998-01-01, SDNREB",
    "South Sudan, 2020-01-01, SSD",
  })
  void resolve_formedCountry_byDate(String text, LocalDate date, String code) {
    assertThat(RESOLVER.resolve(text, date).actor().code()).isEqualTo(code);
  }

  @Test
  void resolve_noDate_givesPresentCountry() {
    assertThat(RESOLVER.resolve("Juba", null).actor().code()).isEqualTo("SSDGOV");
  }
}
