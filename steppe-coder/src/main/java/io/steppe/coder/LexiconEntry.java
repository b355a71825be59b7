package io.steppe.coder;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One lexicon pattern: a head lemma, the dependents it requires and where the target is found.
 *
 * @param code CAMEO code the pattern yields
 * @param head verb lemma (verbs.tsv) or event noun lemma (nouns.tsv)
 * @param origin file and line, named in every event's {@code why}
 * @param reverse for a paired code ({@code 042:043}, read from PETRARCH dictionaries), the code of
 *     the event coded back from the target to the source; null for one event
 */
record LexiconEntry(
    String code,
    Kind kind,
    String head,
    List<Element> elements,
    String pattern,
    String origin,
    @Nullable String reverse) {

  /** Whether the head is a verb or an event noun. */
  enum Kind {
    VERB,
    NOUN
  }

  /** What one word of a pattern after the head asks of the parse. */
  enum ElementType {
    /** A dependent with this lemma: a particle or a light verb's object ("express concern"). */
    WORD,
    /** A preposition or infinitive marker that must be present ("accuse X of"). */
    PREP,
    /** The target is the head's direct object (the subject of a passive). */
    TARGET_OBJECT,
    /** The target is the noun this preposition introduces. */
    TARGET_PREP
  }

  /** One element; {@code word} is empty for TARGET_OBJECT. */
  record Element(ElementType type, String word) {}

  LexiconEntry {
    elements = List.copyOf(elements);
  }

  LexiconEntry withReverse(String reverseCode) {
    return new LexiconEntry(code, kind, head, elements, pattern, origin, reverseCode);
  }

  /** More required words make a pattern more specific; the most specific match wins. */
  int specificity() {
    int count = 0;
    for (Element element : elements) {
      if (element.type() != ElementType.TARGET_OBJECT) {
        count++;
      }
    }
    return count;
  }
}
