package io.steppe.coder;

import io.steppe.actors.ActorResolver;
import io.steppe.actors.Resolution;
import io.steppe.coder.ActorFinder.Found;
import io.steppe.model.Actor;
import io.steppe.model.Location;
import io.steppe.model.TsvLine;
import io.steppe.model.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Gives a group the text names without a country the country it lives and acts in, as CAMEO and
 * ICEWS code domestic actors: "Darfur rebels", "demonstrators" in Lagos, "rebels" the Sudanese
 * government accuses; and codes an ethnic group ("ethnic Albanians in south Serbia") by the state
 * the sentence places it in rather than by its kin state. Which sectors count and in what order the
 * clues are read is documented in {@code domestic.tsv}. The actor keeps its words and sector; the
 * event's "why" says the country was inferred and from what.
 */
final class DomesticActors implements UnaryOperator<CodedEventBuilder> {
  private static final Set<String> GROUPS = new HashSet<>();
  private static final Set<String> STATE = new HashSet<>();
  private static final Set<String> LOCAL = new HashSet<>();
  private static final Set<String> KIN = new HashSet<>();
  private static final Set<String> AWAY = new HashSet<>();
  private static final Set<String> PLACE_NOUNS = new HashSet<>();
  private static final Set<String> BLIND = new HashSet<>();

  private static final String UNIDENTIFIED = "UAF";

  /** Verbs of leaving a country behind: "refugees fleeing the war in Liberia". */
  private static final Set<String> FLEEING = Set.of("flee", "escape");

  /** CAMEO roots of attacks, which an unclaimed bomb can be the source of. */
  private static final Set<String> VIOLENT = Set.of("18", "19", "20");

  /** CAMEO root of protests, which people make where they live. */
  private static final String PROTEST = "14";

  /** Nouns that count a group: "hundreds of ethnic Serbs". */
  private static final Set<String> QUANTITIES =
      Set.of(
          "hundred", "thousand", "dozen", "million", "hundreds", "thousands", "dozens", "millions");

  /** Relations of the words that modify a head, where a kin word may stand ("ethnic"). */
  private static final Set<String> MODIFIERS = Set.of("amod", "compound", "advmod");

  /** How many "of" phrases a quantity may nest before its group: "hundreds of thousands of". */
  private static final int QUANTITY_DEPTH = 3;

  static {
    for (TsvLine line : TsvLine.readResource(DomesticActors.class, "domestic.tsv")) {
      line.requireCells(2, 2);
      Set<String> into =
          switch (line.cell(0)) {
            case "group" -> GROUPS;
            case "state" -> STATE;
            case "local" -> LOCAL;
            case "kin" -> KIN;
            case "away" -> AWAY;
            case "place" -> PLACE_NOUNS;
            case "blind" -> BLIND;
            default ->
                throw line.error(
                    "kind must be group, state, local, away, kin, place or blind: " + line.cell(0));
          };
      into.add(line.cell(1));
    }
  }

  private final Tree tree;
  private final ActorResolver resolver;

  DomesticActors(Tree tree, ActorResolver resolver) {
    this.tree = tree;
    this.resolver = resolver;
  }

  /** The event with its domestic actors' countries filled in. */
  @Override
  public CodedEventBuilder apply(CodedEventBuilder builder) {
    Found target = builder.target();
    // One phrase read as both parties ("the killing of civilians") is a misreading to leave alone.
    if (target != null && target.head().index() == builder.source().head().index()) {
      return builder;
    }
    // A party placed first can place the other: "police in Almaty detained activists".
    Inferred source = infer(builder, builder.source(), target);
    Found placedSource = source == null ? builder.source() : source.found();
    Inferred inferredTarget = target == null ? null : infer(builder, target, placedSource);
    if (source == null && inferredTarget != null) {
      source = infer(builder, builder.source(), inferredTarget.found());
    }
    if (source == null && inferredTarget == null) {
      return builder;
    }
    String why = builder.why();
    why += source == null ? "" : "; source " + source.reason();
    why += inferredTarget == null ? "" : "; target " + inferredTarget.reason();
    return builder.withActors(
        source == null ? builder.source() : source.found(),
        inferredTarget == null ? target : inferredTarget.found(),
        why);
  }

  /** An actor with the country it was given, and why. */
  private record Inferred(Found found, String reason) {}

  /** A country and the clue it came from. */
  private record Clue(String country, String from) {}

  private @Nullable Inferred infer(CodedEventBuilder builder, Found found, @Nullable Found other) {
    if (found.fromContext()) {
      return null;
    }
    Actor actor = found.actor();
    if (actor.org() != null) {
      return null;
    }
    if (actor.country() == null) {
      Inferred placed = unplaced(builder, found, other);
      return placed != null ? placed : unclaimed(builder, found);
    }
    return kinGroup(found.head()) ? relocated(builder, found, other) : rehomed(found);
  }

  /**
   * "rival militias in Tripoli" have the country the capital's name gave them unless the sentence
   * names another country with a town of that name ("the north Lebanese port"): a group's own words
   * then place it there.
   */
  private @Nullable Inferred rehomed(Found found) {
    Actor actor = found.actor();
    String sector = actor.sector();
    if (sector == null || !(GROUPS.contains(sector) || LOCAL.contains(sector))) {
      return null;
    }
    Location own = LocationFinder.ofActor(tree, found.head());
    boolean moved = own != null && !own.country().equals(actor.country());
    if (!moved || !actor.country().equals(LocationFinder.plainCountry(own.name()))) {
      return null;
    }
    Actor placed = Actor.of(own.country(), sector, null, actor.text());
    return new Inferred(
        new Found(placed, found.head(), found.path(), false),
        "country "
            + own.country()
            + " (not "
            + actor.country()
            + "): the sentence names the country of another '"
            + own.name()
            + "'");
  }

  /** A group or a local state role with no country: "rebels", "police", "students". */
  private @Nullable Inferred unplaced(
      CodedEventBuilder builder, Found found, @Nullable Found other) {
    List<Token> heads = heads(ownHead(found));
    Token group = heads.get(0);
    Resolution resolution = tree.phraseActors(resolver).resolve(group, builder.date());
    for (int i = 1; i < heads.size() && resolution.sector() == null; i++) {
      group = heads.get(i);
      resolution = tree.phraseActors(resolver).resolve(group, builder.date());
    }
    String sector = resolution.sector();
    boolean isGroup = sector != null && GROUPS.contains(sector);
    boolean local = sector != null && LOCAL.contains(sector);
    if (resolution.isNamed() || !(isGroup || local)) {
      return null;
    }
    Clue clue = hasWord(group, AWAY) ? fled(group) : clue(builder, heads, isGroup ? other : null);
    if (clue == null) {
      return null;
    }
    Actor actor = Actor.of(clue.country(), sector, null, found.actor().text());
    return new Inferred(
        new Found(actor, found.head(), found.path(), false),
        "country " + clue.country() + " inferred from " + clue.from());
  }

  /**
   * "a roadside bombing near Samarra killed a soldier": the unclaimed bomb or explosion that is an
   * attack's source stands for the country the sentence places it in.
   */
  private @Nullable Inferred unclaimed(CodedEventBuilder builder, Found found) {
    boolean blind =
        found.head().index() == builder.source().head().index()
            && !found.actor().isKnown()
            && VIOLENT.contains(builder.code().root())
            && BLIND.contains(Tree.lower(found.head()));
    Clue clue = blind ? clue(builder, heads(found.head()), null) : null;
    if (clue == null) {
      return null;
    }
    // Unidentified forces of that country (the Phoenix dictionaries' UAF), not its state: an
    // analyst adding up the state's acts can leave them out.
    Actor actor = Actor.of(clue.country(), UNIDENTIFIED, null, found.actor().text());
    return new Inferred(
        new Found(actor, found.head(), found.path(), false),
        "country "
            + clue.country()
            + " inferred for an unclaimed "
            + Tree.lower(found.head())
            + " from "
            + clue.from());
  }

  /**
   * The words that name the actor: for "it" in "a group based in Mali says it will attack", the
   * reporting subject the pronoun was read as.
   */
  private Token ownHead(Found found) {
    Token head = found.head();
    Token speaker =
        found.path().equals("pronoun") ? ActorFinder.reportingSubject(tree, head) : null;
    return speaker == null ? head : speaker;
  }

  /**
   * The actor's head, then the "of" phrases below it, where a quantity names the group it counts:
   * "hundreds of thousands of people", "one third of the guerrillas". The first that names a sector
   * is the group.
   */
  private List<Token> heads(Token head) {
    List<Token> heads = new ArrayList<>(List.of(head));
    Token counted = counted(head);
    while (counted != null && heads.size() <= QUANTITY_DEPTH) {
      heads.add(counted);
      counted = counted(counted);
    }
    return heads;
  }

  private @Nullable Token counted(Token head) {
    return tree.phrase(head, Set.of("nmod"), Set.of("of"));
  }

  /**
   * "ethnic Albanians" the sentence places in Serbia are Serbia's. Only the sentence's places
   * count, and for a protest the state it is against: the state an ethnic group faces may otherwise
   * be a third one ("appealed to the US government"), but people demonstrate, strike and riot where
   * they live ("ethnic Turks began a hunger strike against Sweden's decision").
   */
  private @Nullable Inferred relocated(
      CodedEventBuilder builder, Found found, @Nullable Found other) {
    Actor actor = found.actor();
    Clue clue = clue(builder, heads(found.head()), null);
    if (clue == null) {
      clue = protested(builder, found, other);
    }
    if (clue == null || clue.country().equals(actor.country())) {
      return null;
    }
    Actor moved = Actor.of(clue.country(), actor.sector(), null, actor.text());
    return new Inferred(
        new Found(moved, found.head(), found.path(), false),
        "country "
            + clue.country()
            + " (not kin state "
            + actor.country()
            + ") inferred from "
            + clue.from());
  }

  /**
   * "refugees fleeing the civil war in Liberia": a group often abroad takes the country it flees,
   * as CAMEO codes refugees, never the one it is in.
   */
  private @Nullable Clue fled(Token group) {
    for (Token clause : tree.children(group)) {
      boolean fleeing = clause.relation().equals("acl") && FLEEING.contains(Tree.lower(clause));
      Location fled = fleeing ? LocationFinder.ofActor(tree, clause) : null;
      String country = countryOf(fled);
      if (country != null) {
        return new Clue(country, "the place it flees '" + fled.name() + "'");
      }
    }
    return null;
  }

  /** The country a protest by {@code found} is against, when it is a state's. */
  private static @Nullable Clue protested(
      CodedEventBuilder builder, Found found, @Nullable Found other) {
    boolean protester =
        builder.code().root().equals(PROTEST)
            && found.head().index() == builder.source().head().index();
    if (!protester || other == null || other.fromContext()) {
      return null;
    }
    Actor state = other.actor();
    boolean stateActor =
        state.org() == null && (state.sector() == null || STATE.contains(state.sector()));
    return state.country() != null && stateActor
        ? new Clue(state.country(), "the state it protests against, " + state.code())
        : null;
  }

  /** The first clue: the actor's own words, the event's location, the state it faces. */
  private @Nullable Clue clue(CodedEventBuilder builder, List<Token> heads, @Nullable Found other) {
    Clue own = ownWords(heads);
    if (own != null) {
      return own;
    }
    Location location = builder.location();
    String country = countryOf(location);
    if (location != null && country != null) {
      return new Clue(country, "the event's location '" + location.name() + "'");
    }
    if (other == null || other.fromContext()) {
      return null;
    }
    Actor state = other.actor();
    boolean home = state.sector() != null && STATE.contains(state.sector());
    if (state.country() == null || state.org() != null || !home) {
      return null;
    }
    return new Clue(state.country(), "the other party, " + state.code() + ", acting at home");
  }

  /** "rebels in the Ivory Coast", "guerrillas operating in Macedonia", "Darfur rebels". */
  private @Nullable Clue ownWords(List<Token> heads) {
    for (Token head : heads) {
      Location own = LocationFinder.ofActor(tree, head);
      String country = countryOf(own);
      if (own != null && country != null) {
        return new Clue(country, "its own words '" + own.name() + "'");
      }
    }
    return null;
  }

  /**
   * The country of a place that names where a group is: one whose name ends in a proper name
   * ("southern Serbia", "the town of Samarra") or a kind of place ("the Jaffna peninsula"), not in
   * a noun a name only qualifies ("the Arab world", "the Thai border", which has two sides); null
   * otherwise.
   */
  private static @Nullable String countryOf(@Nullable Location location) {
    if (location == null) {
      return null;
    }
    String name = location.name();
    String last = name.substring(name.lastIndexOf(' ') + 1);
    boolean proper = !last.isEmpty() && Character.isUpperCase(last.charAt(0));
    String noun = last.toLowerCase(Locale.ROOT);
    boolean kind =
        PLACE_NOUNS.contains(noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun);
    return proper || kind || PLACE_NOUNS.contains(noun) ? location.country() : null;
  }

  /** The head names a people, or counts one: "ethnic Turks", "one third of ethnic Albanians". */
  private boolean kinGroup(Token head) {
    Token group = head;
    while (group != null && !isKin(group) && isQuantity(group)) {
      group = counted(group);
    }
    return group != null && isKin(group);
  }

  private boolean isQuantity(Token head) {
    return head.pos().equals("CD")
        || QUANTITIES.contains(Tree.lower(head))
        || tree.child(head, Set.of("nummod")) != null;
  }

  /**
   * "ethnic Albanians", "the Turkish minority": the kin word is the head or one of its modifiers,
   * not a word of a phrase inside it ("Serbia's suppression of ethnic Albanian unrest" is
   * Serbia's).
   */
  private boolean isKin(Token head) {
    if (KIN.contains(Tree.lower(head))) {
      return true;
    }
    for (Token child : tree.children(head)) {
      if (MODIFIERS.contains(child.relation()) && isKin(child)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasWord(Token head, Set<String> words) {
    for (Token token : Phrase.tokens(tree, head)) {
      if (words.contains(Tree.lower(token))) {
        return true;
      }
    }
    return false;
  }
}
