package io.steppe.actors;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.model.Actor;
import io.steppe.model.TsvLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Resolves the 200 news mentions of {@code mentions.tsv} and scores country (or organisation) and
 * sector together.
 */
class MentionsTest {
  private static final ActorResolver RESOLVER = new ActorResolver(ActorDictionary.bundled());

  /**
   * The mentions the resolver gets wrong today, as "DATE TEXT". Kept exact so that a fix or a
   * regression shows up here instead of passing silently under the 95% bar.
   */
  private static final List<String> KNOWN_MISSES = List.of();

  /** One line of the file and what the resolver made of it. */
  private record Mention(TsvLine line, Actor actor) {
    String expected() {
      return line.cell(2);
    }

    String expectedSector() {
      return line.cell(3);
    }

    /** The country, or for actors without one the organisation. */
    @Nullable String got() {
      return actor.country() != null ? actor.country() : actor.org();
    }

    boolean isRight() {
      return expected().equals(got())
          && expectedSector().equals(Objects.requireNonNullElse(actor.sector(), ""));
    }

    String key() {
      return line.cell(0) + " " + line.cell(1);
    }

    String describe() {
      return String.format(
          "%s: %s on %s: expected %s %s, got %s %s (code '%s')",
          line.origin(),
          line.cell(1),
          line.cell(0),
          expected(),
          expectedSector(),
          got(),
          actor.sector(),
          actor.code());
    }
  }

  private static List<Mention> resolveAll() {
    List<Mention> mentions = new ArrayList<>();
    for (TsvLine line : TsvLine.readResource(MentionsTest.class, "mentions.tsv")) {
      line.requireCells(4, 4);
      LocalDate date = LocalDate.parse(line.cell(0));
      mentions.add(new Mention(line, RESOLVER.resolve(line.cell(1), date).actor()));
    }
    return mentions;
  }

  private static List<Mention> misses(List<Mention> mentions) {
    List<Mention> misses = new ArrayList<>();
    for (Mention mention : mentions) {
      if (!mention.isRight()) {
        misses.add(mention);
        System.out.println("miss " + mention.describe());
      }
    }
    return misses;
  }

  @Test
  void resolve_newsMentions_atLeast95PercentRight() {
    List<Mention> mentions = resolveAll();
    List<Mention> misses = misses(mentions);
    int right = mentions.size() - misses.size();
    System.out.printf("mentions: %d of %d right%n", right, mentions.size());
    assertThat(mentions).hasSize(200);
    assertThat(right * 100).isGreaterThanOrEqualTo(95 * mentions.size());
  }

  @Test
  void resolve_newsMentions_missesAreExactlyTheKnownOnes() {
    List<String> misses = misses(resolveAll()).stream().map(Mention::key).toList();
    assertThat(misses).containsExactlyElementsOf(KNOWN_MISSES);
  }
}
