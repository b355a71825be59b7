package io.steppe.store;

import static io.steppe.store.Fixtures.document;
import static io.steppe.store.Fixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.model.SteppeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class DuplicatesTest {
  private static final LocalDate DAY = LocalDate.of(2025, 6, 14);

  @RegisterExtension final FreshStore fresh;
  private EventStore store;

  DuplicatesTest(Backend backend) {
    fresh = new FreshStore(backend);
  }

  @BeforeEach
  void open() {
    store = fresh.store();
    store.saveCoded(stored("original", DAY), Fixtures.sentences(1), List.of());
  }

  @Test
  void saveDuplicate_thenContains_isTrue_andNothingIsCoded() {
    store.saveDuplicate(
        new DuplicateLink(document("copy", DAY), "original", DuplicateLink.NEAR, 0.93, "feed"));

    assertThat(store.contains("copy")).isTrue();
    assertThat(store.counts()).isEqualTo(new StoreCounts(1, 1, 1, 0, 0));
  }

  @Test
  void saveDuplicate_storesTheLinkAndTheDocumentMetadata() {
    store.saveDuplicate(
        new DuplicateLink(document("copy", DAY), "original", DuplicateLink.NEAR, 0.93, "feed"));

    QueryResult result =
        store.query(
            "SELECT doc_id, original_id, kind, similarity, title, source, url, date, origin,"
                + " ingested_at IS NOT NULL FROM duplicates");
    assertThat(result.rows())
        .containsExactly(
            List.of(
                "copy",
                "original",
                "near",
                "0.93",
                "Title of copy",
                "IESS",
                "https://example.org/copy",
                "2025-06-14",
                "feed",
                "true"));
  }

  @Test
  void saveDuplicate_idAlreadyStoredAsDocument_isRefused() {
    DuplicateLink link =
        new DuplicateLink(document("original", DAY), "other", DuplicateLink.EXACT, 1.0, "feed");

    assertThatThrownBy(() -> store.saveDuplicate(link))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("'original' is already stored");
    assertThat(store.counts().duplicates()).isZero();
  }

  @Test
  void saveCoded_idAlreadyStoredAsDuplicate_isRefused() {
    store.saveDuplicate(
        new DuplicateLink(document("copy", DAY), "original", DuplicateLink.EXACT, 1.0, "feed"));

    assertThatThrownBy(() -> store.saveCoded(stored("copy", DAY), List.of(), List.of()))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("'copy' is already stored");
    assertThat(store.counts().documents()).isEqualTo(1);
  }

  @Test
  void duplicateLink_unknownKind_isRefused() {
    assertThatThrownBy(
            () -> new DuplicateLink(document("copy", DAY), "original", "fuzzy", 0.5, "feed"))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("exact or near");
  }
}
