package io.steppe.coder;

import io.steppe.actors.ActorResolver;
import io.steppe.actors.Regions;
import io.steppe.actors.Resolution;
import io.steppe.model.Actor;
import io.steppe.model.Claim;
import io.steppe.model.text.AnnotatedDocument;
import io.steppe.model.text.ParsedSentence;
import io.steppe.model.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds what the text attributes to named speakers: a reporting verb with a named subject ("Knyazev
 * said ..."), "according to X", and interview turns that start with the speaker's name and a colon,
 * which hold for every sentence until the next turn. A claim concerns the actors and regions its
 * sentence names; within an interview turn also those of the sentence before, which "these
 * countries" and "they" refer back to.
 */
public final class ClaimFinder {
  private static final Pattern LABEL =
      Pattern.compile("^[•*\\-\\s]*([A-Z][\\p{L}.'’-]+(?: [A-Z][\\p{L}.'’-]+){0,3})\\s*:\\s");
  private static final Set<String> NAMED = Set.of("PERSON", "ORGANIZATION");

  private final ActorResolver resolver;
  private final Regions regions;

  public ClaimFinder(ActorResolver resolver, Regions regions) {
    this.resolver = resolver;
    this.regions = regions;
  }

  public List<Claim> find(AnnotatedDocument document) {
    List<Claim> claims = new ArrayList<>();
    LocalDate date = document.document().date();
    Actor turn = null;
    List<String> previous = List.of();
    for (ParsedSentence sentence : document.sentences()) {
      Tree tree = new Tree(sentence);
      Actor label = label(sentence, date);
      turn = label != null ? label : turn;
      List<String> concerns = concerns(tree, date);
      Speaker speaker = speaker(tree, date);
      if (speaker == null && turn != null) {
        List<String> withContext =
            new ArrayList<>(
                new LinkedHashSet<>(concat(concerns, label == null ? previous : List.of())));
        speaker = new Speaker(turn, "label");
        concerns = withContext;
      }
      if (speaker != null && !concerns.isEmpty()) {
        String id = document.document().id() + ":" + sentence.index() + ":c";
        claims.add(
            new Claim(
                id,
                document.document().id(),
                sentence.index(),
                sentence.text(),
                date,
                speaker.actor(),
                concerns,
                speaker.how()));
      }
      previous = concerns(tree, date);
    }
    return claims;
  }

  /** Who speaks, and how the text says so. */
  private record Speaker(Actor actor, String how) {}

  private @Nullable Speaker speaker(Tree tree, @Nullable LocalDate date) {
    Token according = Reporting.accordingTo(tree);
    if (according != null) {
      return new Speaker(resolve(tree, according, date), "according to");
    }
    for (Token token : tree.tokens()) {
      if (token.isVerb()
          && Reporting.SPEECH_VERBS.contains(Tree.lower(token))
          && hasComplement(tree, token)) {
        Token subject = tree.child(token, Set.of("nsubj"));
        if (subject != null
            && (NAMED.contains(subject.ner()) || resolve(tree, subject, date).isKnown())) {
          return new Speaker(resolve(tree, subject, date), "said");
        }
      }
    }
    return null;
  }

  private static boolean hasComplement(Tree tree, Token verb) {
    return tree.child(verb, Set.of("ccomp", "parataxis")) != null;
  }

  private Actor resolve(Tree tree, Token head, @Nullable LocalDate date) {
    return tree.phraseActors(resolver).resolve(head, date).actor();
  }

  private @Nullable Actor label(ParsedSentence sentence, @Nullable LocalDate date) {
    Matcher matcher = LABEL.matcher(sentence.text());
    if (!matcher.find()) {
      return null;
    }
    String name = matcher.group(1);
    Resolution resolution = resolver.resolve(name, date);
    // A dateline ("TASHKENT: ...") names a place, not a speaker.
    boolean place =
        resolution.isNamed()
            && resolution.actor().org() == null
            && resolution.actor().code().length() <= 6
            && !isPerson(sentence, name);
    return place
        ? null
        : resolution.isNamed() ? resolution.actor().withText(name) : Actor.unknown(name);
  }

  private static boolean isPerson(ParsedSentence sentence, String name) {
    return sentence.tokens().stream()
        .anyMatch(t -> name.contains(t.word()) && t.ner().equals("PERSON"));
  }

  /** Countries and organisations the sentence names, with the members of regions it names. */
  private List<String> concerns(Tree tree, @Nullable LocalDate date) {
    Set<String> codes = new LinkedHashSet<>();
    List<Token> tokens = tree.tokens();
    int i = 0;
    while (i < tokens.size()) {
      int end = i;
      while (end < tokens.size() && isNameWord(tokens.get(end))) {
        end++;
      }
      if (end > i) {
        Actor actor =
            resolver
                .resolve(tokens.subList(i, end), tree.sentence().text(i, end - 1), date)
                .actor();
        String party = actor.country() != null ? actor.country() : actor.org();
        if (party != null) {
          codes.add(party);
        }
        i = end;
      } else {
        i++;
      }
    }
    codes.addAll(regions.mentionedIn(tree.sentence().text()));
    return List.copyOf(codes);
  }

  private static boolean isNameWord(Token token) {
    return token.isProperNoun()
        || (token.pos().equals("JJ") && Character.isUpperCase(token.word().charAt(0)));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
