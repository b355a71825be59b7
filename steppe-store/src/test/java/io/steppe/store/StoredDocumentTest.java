package io.steppe.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StoredDocumentTest {
  private static final LocalDate DAY = LocalDate.of(2025, 6, 14);

  @Test
  void minhash_isCopiedInAndOut() {
    byte[] signature = {1, 2, 3};
    StoredDocument stored =
        new StoredDocument(Fixtures.document("doc-1", DAY), "hash", signature, "test");

    signature[0] = 9;
    stored.minhash()[1] = 9;

    assertThat(stored.minhash()).containsExactly(1, 2, 3);
  }

  @Test
  void equals_comparesSignaturesByContent() {
    StoredDocument first =
        new StoredDocument(Fixtures.document("doc-1", DAY), "hash", new byte[] {1, 2}, "test");
    StoredDocument same =
        new StoredDocument(Fixtures.document("doc-1", DAY), "hash", new byte[] {1, 2}, "test");
    StoredDocument other =
        new StoredDocument(Fixtures.document("doc-1", DAY), "hash", new byte[] {1, 3}, "test");

    assertThat(first).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    assertThat(first.toString()).contains("doc-1", "2 bytes");
  }
}
