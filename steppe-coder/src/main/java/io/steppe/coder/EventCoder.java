package io.steppe.coder;

import io.steppe.actors.ActorResolver;
import io.steppe.coder.ActorFinder.Found;
import io.steppe.coder.PatternMatcher.Match;
import io.steppe.model.Actor;
import io.steppe.model.CameoCode;
import io.steppe.model.CameoTable;
import io.steppe.model.Event;
import io.steppe.model.Modality;
import io.steppe.model.text.AnnotatedDocument;
import io.steppe.model.text.ParsedSentence;
import io.steppe.model.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Codes the events of an annotated document: every verb and event noun the lexicon knows, with
 * actors found through the dependency parse, modality, attribution, date and location. Stateless
 * and thread-safe: the discourse memory lives only for one call.
 */
public final class EventCoder {
  private static final String DEMAND = "100";

  private static final Set<String> RECIPROCAL_ROOTS = Set.of("03", "04", "05", "06", "08");

  private final Lexicon lexicon;
  private final ActorFinder actors;
  private final SentenceMemory memory;
  private final TargetFinder targets;
  private final NounAgent nounAgents;
  private final CameoTable table = CameoTable.bundled();
  private final VerbCoding verbCoding;
  private final ActorResolver resolver;

  public EventCoder(Lexicon lexicon, ActorResolver resolver) {
    this.lexicon = lexicon;
    this.resolver = resolver;
    this.actors = new ActorFinder(resolver, lexicon);
    this.memory = new SentenceMemory(actors);
    this.targets = new TargetFinder(actors, lexicon);
    this.nounAgents = new NounAgent(actors, lexicon);
    this.verbCoding = new VerbCoding(lexicon, table);
  }

  public List<Event> code(AnnotatedDocument document) {
    Discourse discourse = new Discourse();
    List<Event> events = new ArrayList<>();
    for (ParsedSentence sentence : document.sentences()) {
      Tree tree = new Tree(sentence);
      SentenceContext context = new SentenceContext(tree, document.document().date(), discourse);
      int ordinal = 0;
      for (CodedEventBuilder builder : codeSentence(context)) {
        events.add(builder.build(tree, document.document().id(), ordinal++));
      }
    }
    return events;
  }

  /** One sentence with what coding it needs. */
  record SentenceContext(Tree tree, @Nullable LocalDate date, Discourse discourse) {}

  private List<CodedEventBuilder> codeSentence(SentenceContext context) {
    Tree tree = context.tree();
    List<CodedEventBuilder> builders = new ArrayList<>();
    Set<Integer> consumed = new HashSet<>();
    for (Token token : tree.tokens()) {
      if (token.isVerb() || isPredicateAdjective(tree, token)) {
        Match match = PatternMatcher.best(tree, token, lexicon.verbPatterns(tree.tokens(), token));
        if (match != null) {
          match.consumed().forEach(t -> consumed.add(t.index()));
          builders.addAll(verbEvents(context, token, match));
        }
      }
    }
    for (Token token : tree.tokens()) {
      if (token.isNoun() && !consumed.contains(token.index())) {
        builders.addAll(nounEvents(context, token));
      }
    }
    memory.remember(context, builders);
    // PETRARCH codes only the countries its dictionaries name; Steppe reads where groups are.
    UnaryOperator<CodedEventBuilder> placer =
        lexicon.petrarchReading() ? UnaryOperator.identity() : new DomesticActors(tree, resolver);
    return EventFilter.clean(tree, builders, placer);
  }

  private List<CodedEventBuilder> verbEvents(SentenceContext context, Token verb, Match match) {
    Tree tree = context.tree();
    // People hold roles on the day of the event, which the clause may date ("On January 16, ...").
    LocalDate day = DateFinder.resolve(tree, verb, context.date());
    Function<Token, List<Found>> resolve = t -> actors.find(tree, t, day, context.discourse());
    SourceFinder.Source source = SourceFinder.of(tree, verb);
    if (source == null && lexicon.petrarchReading()) {
      source = PetrarchRules.passiveSource(tree, verb, resolve);
    }
    if (source == null) {
      return lexicon.petrarchReading() ? List.of() : agentless(context, verb, match, day);
    }
    List<Found> sources = new ArrayList<>();
    for (Token subject : coSubjects(tree, source.token())) {
      sources.addAll(resolve.apply(subject));
    }
    List<Found> targets = this.targets.find(tree, match, verb, day, context.discourse());
    if (lexicon.petrarchReading()) {
      targets = PetrarchRules.targets(tree, verb, source.token(), targets, resolve);
      sources = PetrarchRules.known(sources);
    }
    VerbCoding.Coding coding = verbCoding.of(tree, verb, match);
    CameoCode code = coding.code();
    String how = coding.how();
    List<Found> obliged =
        code.root().equals("01") && !lexicon.petrarchReading()
            ? obliged(context, verb, sources, day)
            : null;
    if (obliged != null) {
      code = table.get(DEMAND);
      targets = obliged;
      how += " that another must act";
    }
    String why = why(how, code, match.entry()) + source.path();
    Pending pending = new Pending(code, verb, coding.modality(), why, match, day);
    List<CodedEventBuilder> events = pairs(context, pending, sources, targets);
    // PETRARCH codes an event only between two different actors its dictionaries name.
    return lexicon.petrarchReading()
        ? events.stream().filter(PetrarchRules::betweenTwoActors).toList()
        : events;
  }

  /**
   * "An envoy was arrested in Lebanon": CAMEO codes a passive that names no agent with an unknown
   * source when the text names whom it was done to; without a known target there is no event.
   */
  private List<CodedEventBuilder> agentless(
      SentenceContext context, Token verb, Match match, @Nullable LocalDate day) {
    Tree tree = context.tree();
    if (!tree.isPassive(verb)) {
      return List.of();
    }
    List<Found> targets =
        PetrarchRules.known(this.targets.find(tree, match, verb, day, context.discourse()));
    if (targets.isEmpty()) {
      return List.of();
    }
    VerbCoding.Coding coding = verbCoding.of(tree, verb, match);
    Found authority =
        PlaceAuthority.of(
            tree, verb, coding.code().code(), t -> actors.find(tree, t, day, context.discourse()));
    String why =
        why(coding.how(), coding.code(), match.entry())
            + (authority == null ? "no agent -> unknown source" : "no agent -> source");
    Found source = authority != null ? authority : new Found(Actor.unknown(""), verb, "", false);
    Pending pending = new Pending(coding.code(), verb, coding.modality(), why, match, day);
    return pairs(context, pending, List.of(source), targets);
  }

  /**
   * "Russia said Sudan must return the helicopter": a statement that another actor must act is a
   * demand on that actor; null when the statement says no such thing.
   */
  private @Nullable List<Found> obliged(
      SentenceContext context, Token verb, List<Found> sources, @Nullable LocalDate day) {
    Token subject = Obligations.obliged(context.tree(), verb);
    if (subject == null) {
      return null;
    }
    List<Found> found = actors.find(context.tree(), subject, day, context.discourse());
    boolean self =
        found.stream().anyMatch(f -> sources.stream().anyMatch(s -> s.actor().equals(f.actor())));
    return found.isEmpty() || self ? null : found;
  }

  /** "verb condemn -> CAMEO 111 (verbs.tsv:640 'condemn {target}'); " */
  private static String why(String how, CameoCode code, LexiconEntry entry) {
    return how
        + " -> CAMEO "
        + code.code()
        + " ("
        + entry.origin()
        + " '"
        + entry.pattern()
        + "'); ";
  }

  /** The subject and any sibling subjects a headline lists without "and" ("X, Y sign treaty"). */
  private static List<Token> coSubjects(Tree tree, Token subject) {
    List<Token> subjects = new ArrayList<>();
    subjects.add(subject);
    Token verb = tree.head(subject);
    if (verb != null && subject.relation().equals("nsubj")) {
      for (Token sibling : tree.children(verb)) {
        if (sibling.relation().equals("nsubj") && sibling.index() != subject.index()) {
          subjects.add(sibling);
        }
      }
    }
    return subjects;
  }

  private List<CodedEventBuilder> nounEvents(SentenceContext context, Token noun) {
    Tree tree = context.tree();
    LocalDate day = DateFinder.resolve(tree, noun, context.date());
    NounAgent.Agent found = nounAgents.of(tree, noun, day, context.discourse());
    if (found == null) {
      return List.of();
    }
    SourceFinder.Source agent = found.source();
    List<Found> sources = found.actors();
    for (Found source : sources) {
      context.discourse().eventAgent(source.actor());
    }
    List<LexiconEntry> patterns = lexicon.nounPatterns(tree.tokens(), noun);
    Match match = patterns.isEmpty() ? null : PatternMatcher.best(tree, noun, patterns);
    if (match == null || sources.isEmpty()) {
      return List.of();
    }
    List<Found> targets = this.targets.find(context.tree(), match, noun, day, context.discourse());
    CameoCode code = table.get(match.entry().code());
    String why = why("noun " + Tree.lower(noun), code, match.entry()) + agent.path();
    Modality modality =
        ModalityDetector.isNegated(tree, noun)
            ? Modality.NEGATED
            : agent.path().startsWith("subject of")
                ? ModalityDetector.of(tree, tree.head(noun))
                : ModalityDetector.inConditional(tree, noun)
                    ? Modality.HYPOTHETICAL
                    : Modality.ASSERTED;
    return pairs(context, new Pending(code, noun, modality, why, match, day), sources, targets);
  }

  /** An event waiting for its actor pairs, dated by its clause. */
  private record Pending(
      CameoCode code,
      Token head,
      Modality modality,
      String why,
      Match match,
      @Nullable LocalDate day) {
    /** The event a paired code ({@code 042:043}) codes back from the target to the source. */
    Pending reversed(CameoCode reverse) {
      return new Pending(reverse, head, modality, why + " (paired code, reversed)", match, day);
    }
  }

  /** Where, when and on whose word: shared by every actor pair of one event. */
  private record Setting(
      @Nullable Actor attribution,
      io.steppe.model.@Nullable Location location,
      @Nullable LocalDate date) {}

  private List<CodedEventBuilder> pairs(
      SentenceContext context, Pending shown, List<Found> sources, List<Found> targets) {
    Tree tree = context.tree();
    Pending pending = joint(shown, sources, targets);
    Setting setting =
        new Setting(
            memory.attribution(context, pending.head()),
            LocationFinder.find(tree, pending.head(), countries(sources, targets)),
            pending.day());
    List<CodedEventBuilder> result = new ArrayList<>();
    String reverse = pending.match().entry().reverse();
    boolean reciprocal =
        targets.isEmpty()
            && sources.size() > 1
            && (reverse != null || RECIPROCAL_ROOTS.contains(pending.code().root()));
    for (Found source : sources) {
      List<Found> others = reciprocal ? without(sources, source) : targets;
      if (others.isEmpty()) {
        result.add(builder(pending, source, null, setting));
      }
      for (Found target : others) {
        result.add(builder(pending, source, target, setting));
        if (reverse != null && !reciprocal) {
          result.add(builder(pending.reversed(table.get(reverse)), target, source, setting));
        }
      }
    }
    return result;
  }

  private Pending joint(Pending pending, List<Found> sources, List<Found> targets) {
    String joint = JointActs.code(pending.code().code(), sources, targets);
    return joint == null
        ? pending
        : new Pending(
            table.get(joint),
            pending.head(),
            pending.modality(),
            pending.why() + "; staged together -> CAMEO " + joint,
            pending.match(),
            pending.day());
  }

  /** The countries of an event's actors, which settle town names several countries share. */
  private static Set<String> countries(List<Found> sources, List<Found> targets) {
    Set<String> countries = new HashSet<>();
    for (List<Found> actors : List.of(sources, targets)) {
      for (Found found : actors) {
        if (found.actor().country() != null) {
          countries.add(found.actor().country());
        }
      }
    }
    return countries;
  }

  private static CodedEventBuilder builder(
      Pending pending, Found source, @Nullable Found target, Setting setting) {
    String why =
        pending.why() + describe(source) + (target == null ? "" : "; " + pathOf(pending, target));
    return new CodedEventBuilder(
        pending.code(),
        pending.head(),
        source,
        target,
        pending.modality(),
        setting.attribution(),
        setting.location(),
        setting.date(),
        why);
  }

  private static String pathOf(Pending pending, Found target) {
    if (target.path().contains("-> target")) {
      return target.path();
    }
    String targetPath = pending.match().targetPath();
    String path = targetPath.isEmpty() ? "conj -> target" : targetPath;
    return path + (target.path().isEmpty() ? "" : " (" + target.path() + ")");
  }

  private static String describe(Found found) {
    return found.path().isEmpty() ? "" : " (" + found.path() + ")";
  }

  private static List<Found> without(List<Found> all, Found one) {
    List<Found> rest = new ArrayList<>(all);
    rest.remove(one);
    return rest;
  }

  /** "was confident that", "is skeptical of": an adjective with a copula heads its clause. */
  private static boolean isPredicateAdjective(Tree tree, Token token) {
    return token.pos().startsWith("JJ") && tree.child(token, Set.of("cop")) != null;
  }
}
