package io.steppe.ingest;

import static io.steppe.ingest.TestFiles.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.model.SteppeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DuplicatesTest {
  private static final String ORIGINAL = text("original.txt");
  private static final String NEAR_DUPLICATE = text("near-duplicate.txt");
  private static final String UNRELATED = text("unrelated.txt");

  @Test
  void contentHash_isSha256HexOfCollapsedLowerCasedText() {
    // sha256("hello world")
    assertThat(ContentHash.of("  Hello \n\t World "))
        .isEqualTo("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9");
  }

  @Test
  void contentHash_ignoresWhitespaceAndCaseDifferences() {
    assertThat(ContentHash.of("Iran  and Israel\r\nexchanged strikes."))
        .isEqualTo(ContentHash.of("iran and israel exchanged\u00a0strikes."));
  }

  @Test
  void contentHash_differsForDifferentWords() {
    assertThat(ContentHash.of("Iran condemned Israel."))
        .isNotEqualTo(ContentHash.of("Israel condemned Iran."));
  }

  @Test
  void minHash_sameTextIgnoringCaseAndPunctuation_isEqual() {
    assertThat(MinHashSignature.of(ORIGINAL.toUpperCase(java.util.Locale.ROOT).replace(",", "")))
        .isEqualTo(MinHashSignature.of(ORIGINAL));
    assertThat(MinHashSignature.of(ORIGINAL).similarity(MinHashSignature.of(ORIGINAL)))
        .isEqualTo(1.0);
  }

  @Test
  void minHash_nearDuplicateIsSimilarAndUnrelatedIsNot() {
    MinHashSignature original = MinHashSignature.of(ORIGINAL);

    assertThat(original.similarity(MinHashSignature.of(NEAR_DUPLICATE))).isGreaterThan(0.8);
    assertThat(original.similarity(MinHashSignature.of(UNRELATED))).isLessThan(0.1);
  }

  @Test
  void minHash_textShorterThanOneShingle_stillHasASignature() {
    MinHashSignature short1 = MinHashSignature.of("Iran protests.");

    assertThat(short1).isEqualTo(MinHashSignature.of("iran protests"));
    assertThat(short1.similarity(MinHashSignature.of("Iran agrees."))).isLessThan(0.1);
    assertThat(MinHashSignature.of("  ...  ").values()).containsOnly(Integer.MAX_VALUE);
  }

  @Test
  void minHash_bytesRoundTrip() {
    MinHashSignature signature = MinHashSignature.of(ORIGINAL);

    byte[] bytes = signature.toBytes();

    assertThat(bytes).hasSize(512);
    assertThat(MinHashSignature.fromBytes(bytes)).isEqualTo(signature);
  }

  @Test
  void minHash_fromBytesOfWrongLength_isRefused() {
    assertThatThrownBy(() -> MinHashSignature.fromBytes(new byte[12]))
        .isInstanceOf(SteppeException.class)
        .hasMessage("a stored MinHash signature has 512 bytes, found 12");
  }

  @Test
  void minHash_valuesCannotBeChangedFromOutside() {
    int[] values = new int[MinHashSignature.HASHES];
    MinHashSignature signature = new MinHashSignature(values);

    values[0] = 42;
    signature.values()[1] = 42;

    assertThat(signature.values()).containsOnly(0);
  }

  @Test
  void nearDuplicateIndex_findsTheNearDuplicateAndDoesNotAddIt() {
    NearDuplicateIndex index = new NearDuplicateIndex(0.8);

    Optional<NearDuplicateIndex.Match> first = index.findOrAdd("a", MinHashSignature.of(ORIGINAL));
    Optional<NearDuplicateIndex.Match> second =
        index.findOrAdd("b", MinHashSignature.of(NEAR_DUPLICATE));

    assertThat(first).isEmpty();
    assertThat(second)
        .hasValueSatisfying(
            match -> {
              assertThat(match.originalId()).isEqualTo("a");
              assertThat(match.similarity()).isGreaterThanOrEqualTo(0.8);
            });
    assertThat(index.contains("b")).isFalse();
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void nearDuplicateIndex_unrelatedArticle_isAddedWithoutMatch() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    index.add("a", MinHashSignature.of(ORIGINAL));

    assertThat(index.findOrAdd("c", MinHashSignature.of(UNRELATED))).isEmpty();
    assertThat(index.contains("c")).isTrue();
  }

  @Test
  void nearDuplicateIndex_exactCopies_matchTheEarliestDocument() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    index.add("first", MinHashSignature.of(ORIGINAL));
    index.add("second", MinHashSignature.of(ORIGINAL));

    assertThat(index.findOrAdd("third", MinHashSignature.of(ORIGINAL)))
        .contains(new NearDuplicateIndex.Match("first", 1.0));
  }

  @Test
  void nearDuplicateIndex_repeatedIdOrBadThreshold_isRefused() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    index.add("a", MinHashSignature.of(ORIGINAL));

    assertThatThrownBy(() -> index.add("a", MinHashSignature.of(UNRELATED)))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining("'a'");
    assertThatThrownBy(() -> new NearDuplicateIndex(0)).isInstanceOf(SteppeException.class);
    assertThatThrownBy(() -> new NearDuplicateIndex(1.5)).isInstanceOf(SteppeException.class);
  }

  private static String text(String name) {
    try {
      return Files.readString(resource("dedup/" + name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
