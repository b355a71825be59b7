package io.steppe.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorResolverTest {
  private static final ActorResolver RESOLVER = new ActorResolver(ActorDictionary.bundled());

  @ParameterizedTest(name = "{0} on {1} -> {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Iran's foreign ministry spokesperson; 2025-11-10; IRNGOV",
        "Israeli jets; 2025-06-13; ISRMIL",
        "Kazakh protesters; 2025-06-13; KAZOPP",
        "Donald Trump; 2025-06-22; USAGOV",
        "Donald Trump; 2022-05-01; USA",
        "Mirziyoyev; 2025-06-14; UZBGOV",
        "the Kremlin; 2025-06-14; RUSGOV",
        "the Pentagon; 2025-06-22; USAMIL",
        "the Zionist regime; 2025-06-20; ISRGOV",
        "Astana; 2025-11-10; KAZGOV",
        "Tajikistan; 2025-06-13; TJK",
        "US; 2025-06-13; USA",
        "the Abraham Accords; 2025-11-10; ABR",
      })
  void resolve_knownMention_givesCode(String text, LocalDate date, String code) {
    assertThat(RESOLVER.resolve(text, date).actor().code()).isEqualTo(code);
  }

  @ParameterizedTest
  @CsvSource({"us", "who", "the ministry", "four states", "Alexander Pushkinovich"})
  void resolve_notAnActorName_staysUnknown(String text) {
    assertThat(RESOLVER.resolve(text, LocalDate.of(2025, 6, 13)).actor().isKnown()).isFalse();
  }
}
