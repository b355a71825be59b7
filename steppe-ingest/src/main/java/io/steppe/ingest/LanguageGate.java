package io.steppe.ingest;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import io.steppe.model.SteppeException;
import io.steppe.model.TsvLine;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Skips documents that are not in English. The n-gram detector (language-detector, with the
 * profiles listed in {@code languages.tsv}) sees the first {@link #SAMPLE_CHARS} characters; a
 * document is skipped only when it has at least {@link #MIN_CHARS} characters and the detector
 * gives another language a probability of at least {@link #MIN_PROBABILITY}. Below either, the
 * document is kept: a short English text full of names ("Café in Almaty") can look Welsh, and
 * wrongly dropping an English report costs more than coding a short foreign one.
 */
final class LanguageGate {
  /** Shorter texts are never skipped: too few n-grams to be sure. */
  static final int MIN_CHARS = 80;

  /** The detector's probability for a language other than English needed to skip. */
  static final double MIN_PROBABILITY = 0.90;

  /** Enough text to be sure; more only costs time on long documents. */
  static final int SAMPLE_CHARS = 4000;

  private static final String ENGLISH = "en";

  private final LanguageDetector detector;
  private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

  private LanguageGate(LanguageDetector detector) {
    this.detector = detector;
  }

  /** The gate with the profiles of {@code languages.tsv}; loading takes about half a second. */
  static LanguageGate standard() {
    return Holder.STANDARD;
  }

  /** The document as it was, or a {@link IngestItem.Skipped} when it is in another language. */
  IngestItem check(IngestItem item) {
    if (!(item instanceof IngestItem.Accepted accepted)) {
      return item;
    }
    String text = accepted.document().text();
    if (text.length() < MIN_CHARS) {
      return item;
    }
    String language = language(text.substring(0, Math.min(text.length(), SAMPLE_CHARS)));
    if (language == null || language.equals(ENGLISH)) {
      return item;
    }
    return new IngestItem.Skipped(accepted.origin(), accepted.document().id(), language);
  }

  /** The language the detector is sure of, or null. */
  private @Nullable String language(String sample) {
    List<DetectedLanguage> found = detector.getProbabilities(texts.forText(sample));
    if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) {
      return null;
    }
    return found.get(0).getLocale().toString();
  }

  /** Loads the detector once, on first use: the profiles take memory and time. */
  private static final class Holder {
    static final LanguageGate STANDARD = load();

    private static LanguageGate load() {
      List<LdLocale> locales =
          TsvLine.readResource(LanguageGate.class, "languages.tsv").stream()
              .map(line -> LdLocale.fromString(line.requireCells(2, 2).cell(0)))
              .toList();
      try {
        LanguageDetector detector =
            LanguageDetectorBuilder.create(NgramExtractors.standard())
                .withProfiles(new LanguageProfileReader().readBuiltIn(locales))
                .build();
        return new LanguageGate(detector);
      } catch (IOException e) {
        throw new SteppeException(
            "cannot load the language profiles of languages.tsv: " + e.getMessage(), e);
      }
    }
  }
}
