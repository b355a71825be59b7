package io.steppe.coder.petrarch;

import io.steppe.actors.petrarch.TabariLines.Line;
import io.steppe.actors.petrarch.Tally;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The structure of a PETRARCH verb dictionary: synonym sets ({@code &NAME} followed by {@code
 * +member} lines) and verb blocks ({@code --- NAME [code] ---}, the verbs of the block, one per
 * line with an optional code of its own, then pattern lines {@code - words * words [code]}).
 */
final class VerbFile {
  private static final Pattern HEADER = Pattern.compile("-{3}\\s*(.+?)\\s*\\[([^\\]]*)\\]\\s*-{3}");
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]\\s*$");

  /** A verb of a block; {@code words} are the other words of a multi-word verb ("break down"). */
  record Verb(String head, List<String> words, @Nullable String code, Line line) {}

  /** A pattern line: the words between the dash and the code, and the code as written. */
  record PatternLine(String words, String code, Line line) {}

  /** A verb block: the verbs share the block's patterns. */
  record Block(String code, Line line, List<Verb> verbs, List<PatternLine> patterns) {}

  final Map<String, List<String>> synsets = new HashMap<>();
  final List<Block> blocks = new ArrayList<>();

  private VerbFile() {}

  static VerbFile parse(List<Line> lines, Tally tally) {
    VerbFile file = new VerbFile();
    List<String> synset = null;
    Block block = null;
    for (Line line : lines) {
      String text = line.text();
      Matcher header = HEADER.matcher(text);
      if (header.matches()) {
        block = new Block(header.group(2).strip(), line, new ArrayList<>(), new ArrayList<>());
        file.blocks.add(block);
        synset = null;
      } else if (text.startsWith("&")) {
        synset = new ArrayList<>();
        file.synsets.put(text.split("\\s+")[0].toUpperCase(Locale.ROOT), synset);
      } else if (synset != null && text.startsWith("+")) {
        synset.add(text.substring(1).strip());
      } else if (text.startsWith("~")) {
        tally.skip("transformation rule", line.origin());
      } else if (block == null) {
        tally.skip("line outside any verb block", line.origin());
      } else if (text.startsWith("-") || text.startsWith("*")) {
        pattern(block, line, tally);
      } else {
        block.verbs().add(verb(line));
      }
    }
    return file;
  }

  private static void pattern(Block block, Line line, Tally tally) {
    Matcher code = CODE.matcher(line.text());
    if (!code.find()) {
      tally.skip("pattern without a [code]", line.origin());
      return;
    }
    String words = line.text().substring(0, code.start()).strip();
    if (words.startsWith("-")) {
      words = words.substring(1);
    }
    block.patterns().add(new PatternLine(words.strip(), code.group(1).strip(), line));
  }

  /**
   * A verb line: {@code SAY {SAYS SAID}}, {@code DOWNPLAY [014]}, {@code +BREAK_DOWN {...}} or
   * {@code WIRE_+TAP}; in a multi-word verb the word marked {@code +} is the verb, else the first.
   */
  private static Verb verb(Line line) {
    String text = line.text();
    Matcher code = CODE.matcher(text);
    String ownCode = code.find() ? code.group(1).strip() : null;
    int end = text.length();
    for (char stop : new char[] {'{', '['}) {
      int at = text.indexOf(stop);
      end = at >= 0 ? Math.min(end, at) : end;
    }
    String name = text.substring(0, end).strip();
    if (name.startsWith("+")) {
      name = name.substring(1);
    }
    String head = null;
    List<String> words = new ArrayList<>();
    for (String part : name.split("[_\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      String word = part.replace("+", "").toLowerCase(Locale.ROOT);
      if (part.startsWith("+") && head == null) {
        head = word;
      } else {
        words.add(word);
      }
    }
    if (head == null) {
      head = words.isEmpty() ? "" : words.remove(0);
    }
    return new Verb(head, words, ownCode, line);
  }
}
