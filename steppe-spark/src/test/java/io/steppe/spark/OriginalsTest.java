package io.steppe.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OriginalsTest {
  private static final String TEXT =
      "Kazakhstan's foreign ministry condemned the strikes on Iran and called on all sides to"
          + " show restraint, saying that only talks could end the conflict in the region.";

  private static Fingerprint at(long offset, String id, String text) {
    return Fingerprint.of(
        new CorpusDocument(
            new Position("file:/c.jsonl", offset), id, null, null, null, null, text));
  }

  @Test
  void select_repeatedId_isRejectedNamingTheFirst() {
    Originals.Selection selection =
        Originals.select(List.of(at(0, "a", TEXT), at(10, "a", "Other words.")).iterator());

    assertThat(selection.kept()).isEqualTo(1);
    assertThat(selection.setAside()).containsExactly(new Position("file:/c.jsonl", 10));
    assertThat(selection.repeatedIds())
        .extracting(Rejection::describe)
        .containsExactly(
            "file:/c.jsonl at byte 10: duplicate id \"a\" (first used at file:/c.jsonl at byte 0)");
  }

  @Test
  void select_exactAndNearCopies_areSetAsideAfterTheFirst() {
    String near = TEXT.replace("region.", "area.");

    Originals.Selection selection =
        Originals.select(
            List.of(at(0, "a", TEXT), at(10, "b", TEXT), at(20, "c", near), at(30, "d", "Other."))
                .iterator());

    assertThat(selection.kept()).isEqualTo(2);
    assertThat(selection.duplicates()).isEqualTo(2);
    assertThat(selection.setAside())
        .containsExactlyInAnyOrder(
            new Position("file:/c.jsonl", 10), new Position("file:/c.jsonl", 20));
    assertThat(selection.repeatedIds()).isEmpty();
  }
}
