package io.steppe.coder;

import io.steppe.actors.ActorResolver;
import io.steppe.actors.Resolution;
import io.steppe.model.text.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the noun phrases of one sentence resolve to, each resolved once: the coder asks about the
 * same subject for each of its events, for their attribution and for the discourse memory. Kept by
 * head token, with the one date last asked for; a phrase's words and text follow from its head, so
 * the answer does too.
 */
final class PhraseActors {
  private final Tree tree;
  private final ActorResolver resolver;
  private final @Nullable Resolution[] resolutions;
  private final @Nullable LocalDate[] dates;

  PhraseActors(Tree tree, ActorResolver resolver) {
    this.tree = tree;
    this.resolver = resolver;
    this.resolutions = new Resolution[tree.tokens().size()];
    this.dates = new LocalDate[tree.tokens().size()];
  }

  ActorResolver resolver() {
    return resolver;
  }

  /** The resolution of the phrase headed by {@code head} on the date. */
  Resolution resolve(Token head, @Nullable LocalDate date) {
    int index = head.index();
    Resolution known = resolutions[index];
    if (known != null && Objects.equals(dates[index], date)) {
      return known;
    }
    List<Token> tokens = Phrase.tokens(tree, head);
    String text = Phrase.text(tree, tokens);
    Resolution read = HyphenModifiers.resolve(tree, resolver, head, tokens, date);
    Resolution resolution = read != null ? read : resolver.resolve(tokens, text, date);
    resolutions[index] = resolution;
    dates[index] = date;
    return resolution;
  }
}
