package io.steppe.coder.petrarch;

import io.steppe.actors.petrarch.TabariLines;
import io.steppe.actors.petrarch.TabariLines.Line;
import io.steppe.actors.petrarch.Tally;
import io.steppe.coder.Lexicon;
import io.steppe.coder.petrarch.PatternTranslator.Translation;
import io.steppe.coder.petrarch.VerbFile.Block;
import io.steppe.coder.petrarch.VerbFile.PatternLine;
import io.steppe.coder.petrarch.VerbFile.Verb;
import io.steppe.model.CameoTable;
import io.steppe.model.TsvLine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Lexicon} from a PETRARCH/TABARI verb dictionary (for example the UD-PETRARCH
 * validation suite's {@code PETR_Validate_verbs_2_02.txt} or PETRARCH-2's {@code CAMEO.2.0.txt}).
 * Only the file's patterns are used: Steppe's bundled lexicon is not added.
 *
 * <p>Each verb of a block is entered with the block's code (or its own), and each pattern of the
 * block for each verb, as translated by {@link PatternTranslator}. Every Steppe pattern names the
 * PETRARCH line it came from, so an event's {@code why} points into the PETRARCH file.
 *
 * <p>Left out, and counted: codes outside Steppe's CAMEO table (PETRARCH files keep some WEIS
 * codes), the null code {@code [---]} (a pattern that stops coding, which Steppe's lexicon cannot
 * say), patterns whose source or target sits where Steppe's patterns cannot place it, and
 * transformation rules. Paired codes {@code [042:043]} are kept: the coder codes the first event
 * and its reverse, from the target back to the source, or, with a compound subject and no target,
 * the event between each two of its actors.
 */
public final class PetrarchVerbs {
  /** The lexicon and what was read, made and left out. */
  public record Reading(Lexicon lexicon, Tally tally) {}

  private final Tally tally = new Tally();
  private final List<TsvLine> lines = new ArrayList<>();

  /**
   * Patterns made only to guess where an unmarked target sits ("agree with {target}" from "% *"):
   * entered after every written pattern, so that an equally specific written one ("* (WITH)") wins.
   */
  private final List<TsvLine> guesses = new ArrayList<>();

  private final CameoTable table = CameoTable.bundled();

  private PetrarchVerbs() {}

  public static Reading read(Path file) {
    return build(TabariLines.read(file));
  }

  /** Reads the text of a verb dictionary held in memory ({@code name} is shown in messages). */
  public static Reading parse(String name, List<String> text) {
    return build(TabariLines.parse(name, text));
  }

  private static Reading build(List<Line> fileLines) {
    PetrarchVerbs reader = new PetrarchVerbs();
    VerbFile file = VerbFile.parse(fileLines, reader.tally);
    Synsets synsets = new Synsets(file.synsets);
    for (Block block : file.blocks) {
      reader.block(block, synsets);
    }
    reader.lines.addAll(reader.guesses);
    Lexicon lexicon = Lexicon.fromLines(reader.lines, List.of()).readAsPetrarch();
    return new Reading(lexicon, reader.tally);
  }

  /**
   * Patterns are entered before the verbs' own entries: where a pattern and a verb alone make the
   * same Steppe pattern ("agree with {target}"), the pattern's code wins, as in PETRARCH.
   */
  private void block(Block block, Synsets synsets) {
    patterns(block, synsets);
    for (Verb verb : block.verbs()) {
      tally.read("verb forms");
      String written = verb.code() == null ? block.code() : verb.code();
      String code = cameo(written, verb.line());
      if (verb.head().isEmpty()) {
        tally.skip("verb line without a verb", verb.line().origin());
      } else if (code != null) {
        add(code, PatternTranslator.translate(verb, List.of("*")), verb.line());
      }
    }
  }

  private void patterns(Block block, Synsets synsets) {
    for (PatternLine pattern : block.patterns()) {
      tally.read("patterns");
      String code = cameo(pattern.code(), pattern.line());
      List<String> tokens = Synsets.tokens(pattern.words());
      List<List<String>> expansions = synsets.expand(tokens);
      if (code == null) {
        continue;
      }
      int compound = tokens.indexOf("%");
      if (compound >= 0 && compound < tokens.indexOf("*") && !code.contains(":")) {
        // "% *": a compound subject; PETRARCH codes the event between each two of its actors.
        code = code + ":" + code;
        tally.read("compound-subject patterns coded both ways");
      }
      if (expansions == null) {
        tally.skip("pattern naming an undefined synonym set", pattern.line().origin());
        continue;
      }
      if (synsets.truncated()) {
        tally.read("patterns cut to " + Synsets.CAP + " synonym combinations");
      }
      translate(block, pattern, code, expansions);
    }
  }

  private void translate(
      Block block, PatternLine pattern, String code, List<List<String>> expansions) {
    String skipped = "";
    int made = 0;
    for (Verb verb : block.verbs()) {
      for (List<String> tokens : expansions) {
        Translation translation = PatternTranslator.translate(verb, tokens);
        skipped = translation.skipped();
        made += add(code, translation, pattern.line());
      }
    }
    if (made == 0) {
      String reason = skipped.isEmpty() ? "pattern in a block without verbs" : skipped;
      tally.skip(reason, pattern.line().origin());
    }
  }

  private int add(String code, Translation translation, Line origin) {
    for (String pattern : translation.patterns()) {
      List<TsvLine> into = pattern.equals(translation.patterns().get(0)) ? lines : guesses;
      into.add(new TsvLine(origin.file(), origin.number(), List.of(code, pattern)));
      tally.read("Steppe patterns made");
    }
    return translation.patterns().size();
  }

  /** The CAMEO code to use for a written code, or null (counted) when there is none. */
  private @Nullable String cameo(String written, Line line) {
    if (written.equals("---")) {
      tally.skip("null code [---] (PETRARCH codes nothing)", line.origin());
      return null;
    }
    String[] codes = written.split(":", -1);
    for (String code : codes) {
      if (table.find(code).isEmpty()) {
        tally.skip("code not in Steppe's CAMEO table", line.origin());
        return null;
      }
    }
    if (codes.length > 1) {
      tally.read("paired codes");
    }
    return written;
  }
}
