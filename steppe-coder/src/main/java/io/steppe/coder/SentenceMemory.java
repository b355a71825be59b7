package io.steppe.coder;

import io.steppe.coder.ActorFinder.Found;
import io.steppe.coder.EventCoder.SentenceContext;
import io.steppe.model.Actor;
import io.steppe.model.text.Token;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a coded sentence tells the sentences after it and its own events: who reported them ("Iran
 * said ...", "according to X") and which actors it named, for pronouns and definite descriptions
 * later in the document.
 */
final class SentenceMemory {
  private final ActorFinder actors;

  SentenceMemory(ActorFinder actors) {
    this.actors = actors;
  }

  /** Who the sentence says reported the event at {@code head}, when it names a known actor. */
  @Nullable Actor attribution(SentenceContext context, Token head) {
    Tree tree = context.tree();
    Token speech = Reporting.speechVerb(tree, head);
    Token speaker = null;
    if (speech != null) {
      SourceFinder.Source source = SourceFinder.of(tree, speech);
      speaker = source == null ? null : source.token();
    }
    if (speaker == null) {
      speaker = Reporting.accordingTo(tree);
    }
    if (speaker == null) {
      return null;
    }
    List<Found> found = actors.find(tree, speaker, context.date(), context.discourse());
    return found.isEmpty() ? null : found.get(0).actor();
  }

  /** Adds the sentence's named subjects and event actors to the discourse memory. */
  void remember(SentenceContext context, List<CodedEventBuilder> builders) {
    Discourse discourse = context.discourse();
    for (Token token : context.tree().tokens()) {
      if (Tree.base(token.relation()).equals("nsubj") && !token.pos().startsWith("PRP")) {
        for (Found found : actors.find(context.tree(), token, context.date(), discourse)) {
          if (!found.fromContext()) {
            discourse.mention(found.actor(), isPerson(found.head()), true);
          }
        }
      }
    }
    for (CodedEventBuilder builder : builders) {
      Found source = builder.source();
      discourse.eventAgent(source.actor());
      discourse.mention(source.actor(), isPerson(source.head()), true);
      Found target = builder.target();
      if (target != null) {
        discourse.mention(target.actor(), isPerson(target.head()), false);
      }
    }
  }

  private static boolean isPerson(Token token) {
    return token.ner().equals("PERSON");
  }
}
