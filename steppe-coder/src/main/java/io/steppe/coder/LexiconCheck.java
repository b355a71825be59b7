package io.steppe.coder;

import io.steppe.coder.LexiconEntry.Element;
import io.steppe.coder.LexiconEntry.ElementType;
import io.steppe.model.CameoCode;
import io.steppe.model.CameoTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds what is wrong with a lexicon that still loads: patterns written twice, patterns that can
 * never win because an earlier one asks for the same words (the first in file order wins a tie),
 * targets that can never be found, and CAMEO codes no pattern yields. Unknown codes and malformed
 * lines already stop loading, with file and line.
 */
public final class LexiconCheck {
  private LexiconCheck() {}

  /** Every problem, as "file:line: message", in file order, then the uncovered codes. */
  public static List<String> problems(Lexicon lexicon, CameoTable table) {
    List<String> problems = new ArrayList<>();
    Map<String, LexiconEntry> bySignature = new HashMap<>();
    for (LexiconEntry entry : lexicon.entries()) {
      LexiconEntry earlier = bySignature.putIfAbsent(signature(entry), entry);
      if (earlier != null) {
        String what =
            earlier.code().equals(entry.code()) ? "duplicate of" : "shadowed by (never wins over)";
        problems.add(
            entry.origin()
                + ": '"
                + entry.pattern()
                + "' is "
                + what
                + " "
                + earlier.origin()
                + " '"
                + earlier.pattern()
                + "' -> "
                + earlier.code());
      }
      if (targetAfterRequiredWord(entry)) {
        problems.add(
            entry.origin()
                + ": '"
                + entry.pattern()
                + "' has {target} right after a required word: write the preposition that introduces it");
      }
    }
    TreeSet<String> covered = new TreeSet<>();
    lexicon.entries().forEach(e -> covered.add(e.code()));
    for (CameoCode code : table.all()) {
      if (!covered.contains(code.code())) {
        problems.add("cameo.tsv: code " + code.code() + " (" + code.name() + ") has no pattern");
      }
    }
    return problems;
  }

  /** What a pattern asks of the parse, whatever the order its words are written in. */
  private static String signature(LexiconEntry entry) {
    TreeSet<String> parts = new TreeSet<>();
    for (Element element : entry.elements()) {
      parts.add(element.type() + ":" + element.word());
    }
    return entry.kind() + " " + entry.head() + " " + parts;
  }

  /** "express concern {target}": a target object after a light-verb noun is never found. */
  private static boolean targetAfterRequiredWord(LexiconEntry entry) {
    List<Element> elements = entry.elements();
    for (int i = 1; i < elements.size(); i++) {
      boolean word = elements.get(i - 1).type() == ElementType.WORD;
      if (word
          && elements.get(i).type() == ElementType.TARGET_OBJECT
          && entry.kind() == LexiconEntry.Kind.NOUN) {
        return true;
      }
    }
    return false;
  }
}
