package io.steppe.actors.petrarch;

import io.steppe.actors.ActorDictionary;
import io.steppe.actors.petrarch.TabariLines.Line;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one TABARI agent file: {@code NOUN {PLURALS} [~SECTOR]} lines and {@code !SET! = A, B}
 * substitution sets used inside nouns ({@code CONGRESS!PERSON!}). Agent nouns are entered as
 * singular lemmas, since Steppe matches agent words on lemmas and so needs no plural list.
 *
 * <p>A code written after the tilde ({@code ~GOV}) extends the actor's code, as Steppe's sectors
 * do. A code written before it ({@code NGO~}) goes in front of the actor's code in PETRARCH; Steppe
 * cannot place a sector in front, so such agents extend the code like the others, and are counted.
 */
final class AgentFileReader {
  private static final Pattern SET = Pattern.compile("!([A-Za-z0-9]+)!\\s*=\\s*(.+)");
  private static final Pattern AGENT =
      Pattern.compile("([^\\[{]+?)\\s*(\\{[^}]*\\})?\\s*\\[(.*)\\]");
  private static final Pattern CODE = Pattern.compile("\\s*(~?)\\s*([A-Za-z]+)\\s*(~?)\\s*");
  private static final Pattern MARKER = Pattern.compile("!([A-Za-z0-9]+)!");

  private final ActorDictionary.Builder builder;
  private final Tally tally;
  private final Map<String, List<String>> sets = new HashMap<>();

  AgentFileReader(ActorDictionary.Builder builder, Tally tally) {
    this.builder = builder;
    this.tally = tally;
  }

  void read(List<Line> lines) {
    for (Line line : lines) {
      Matcher set = SET.matcher(line.text());
      if (set.matches()) {
        set(set, line);
      } else {
        agent(line);
      }
    }
  }

  /**
   * Reads a substitution set. Members are plain words; a member that holds a marker itself is
   * refused, since substituting it could go on for ever ({@code !A! = X, !A!}).
   */
  private void set(Matcher set, Line line) {
    if (MARKER.matcher(set.group(2)).find()) {
      tally.skip("substitution set whose members hold a !SET! marker", line.origin());
      return;
    }
    List<String> members = new ArrayList<>();
    for (String member : set.group(2).split(",")) {
      members.add(member.strip());
    }
    sets.put(set.group(1).toUpperCase(Locale.ROOT), members);
  }

  private void agent(Line line) {
    Matcher agent = AGENT.matcher(line.text());
    Matcher code = agent.matches() ? CODE.matcher(agent.group(3)) : null;
    if (code == null || !code.matches() || code.group(1).equals(code.group(3))) {
      tally.skip("agent line that is not NOUN [~CODE]", line.origin());
      return;
    }
    if (!code.group(3).isEmpty()) {
      tally.read("agent codes written before the actor (CODE~), placed after it");
    }
    String sector = code.group(2).toUpperCase(Locale.ROOT);
    for (String noun : substitute(agent.group(1), line)) {
      tally.read("agent nouns");
      for (String form : forms(noun, agent.group(2))) {
        builder.sector(form, sector, line.asTsv());
      }
    }
  }

  /**
   * The forms an agent noun is entered under. The lemmatizer gives the singular for common nouns,
   * but leaves capitalised words alone ("the Zembla Congresses", "Ministry of Silly Walks"), so the
   * noun is also entered as written and with its plural: the listed ones, or, when no list is
   * given, the regular one ({@code {}} means the noun has no plural).
   */
  private static Set<String> forms(String noun, @Nullable String plurals) {
    String written = TabariWords.phrase(noun).text();
    Set<String> forms = new LinkedHashSet<>();
    forms.add(TabariWords.singularWords(written));
    forms.add(written);
    if (plurals == null) {
      forms.add(TabariWords.plural(written));
    } else {
      for (String plural : plurals.replaceAll("[{}]", " ").strip().split("\\s+")) {
        if (!plural.isEmpty()) {
          forms.add(TabariWords.phrase(plural).text());
        }
      }
    }
    return forms;
  }

  /** The noun with each substitution set replaced by each of its members. */
  private List<String> substitute(String noun, Line line) {
    Matcher marker = MARKER.matcher(noun);
    if (!marker.find()) {
      return List.of(noun);
    }
    List<String> members = sets.get(marker.group(1).toUpperCase(Locale.ROOT));
    if (members == null) {
      tally.skip("unknown substitution set !" + marker.group(1) + "!", line.origin());
      return List.of();
    }
    List<String> nouns = new ArrayList<>();
    for (String member : members) {
      String replaced = noun.substring(0, marker.start()) + member + noun.substring(marker.end());
      nouns.addAll(substitute(replaced, line));
    }
    return nouns;
  }
}
