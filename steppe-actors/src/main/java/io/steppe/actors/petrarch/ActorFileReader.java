package io.steppe.actors.petrarch;

import io.steppe.actors.ActorDictionary;
import io.steppe.actors.ActorDictionary.DatedCode;
import io.steppe.actors.petrarch.TabariLines.Line;
import io.steppe.actors.petrarch.TabariWords.Phrase;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one TABARI actor file: a primary name with its codes on the same line or on the lines that
 * follow ({@code [CODE]}, possibly dated), and synonyms on {@code +NAME} lines that share the
 * primary name's codes.
 */
final class ActorFileReader {
  private final ActorDictionary.Builder builder;
  private final Tally tally;
  private final List<StemmedName> stems;
  private final List<Line> group = new ArrayList<>();
  private final List<DatedCode> codes = new ArrayList<>();

  /** A name written as a stem, entered with its endings once every exact name is in. */
  record StemmedName(Phrase phrase, List<DatedCode> codes, Line line) {}

  ActorFileReader(ActorDictionary.Builder builder, Tally tally, List<StemmedName> stems) {
    this.builder = builder;
    this.tally = tally;
    this.stems = stems;
  }

  void read(List<Line> lines) {
    for (Line line : lines) {
      String text = line.text();
      if (text.startsWith("+")) {
        if (group.isEmpty()) {
          tally.skip("synonym before any primary name", line.origin());
        } else {
          group.add(line);
          codes.addAll(TabariCodes.all(text, line.origin(), tally));
        }
      } else if (text.startsWith("[")) {
        if (group.isEmpty()) {
          tally.skip("code line before any name", line.origin());
        } else {
          codes.addAll(TabariCodes.all(text, line.origin(), tally));
        }
      } else {
        flush();
        group.add(line);
        codes.addAll(TabariCodes.all(text, line.origin(), tally));
      }
    }
    flush();
  }

  private void flush() {
    if (group.isEmpty()) {
      return;
    }
    for (Line line : group) {
      Phrase phrase = TabariWords.phrase(TabariCodes.beforeBrackets(line.text()));
      if (phrase.text().isEmpty()) {
        tally.skip("line without a name", line.origin());
      } else if (codes.isEmpty()) {
        tally.skip("name without a code", line.origin());
      } else {
        tally.read("names");
        builder.name(phrase.text(), List.copyOf(codes), line.asTsv());
        if (!phrase.exact()) {
          stems.add(new StemmedName(phrase, List.copyOf(codes), line));
        }
      }
    }
    group.clear();
    codes.clear();
  }
}
