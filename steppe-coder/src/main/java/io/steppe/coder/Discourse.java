package io.steppe.coder;

import io.steppe.model.Actor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;

/**
 * What the document has said so far, to resolve pronouns ("it", "they"), definite descriptions
 * ("the country", "the ministry") and event anaphora ("the action", "the move") against earlier
 * sentences. Salience is recency, with subjects preferred: the simple model that works for news
 * prose, where the actor of a pronoun is nearly always the last subject.
 */
final class Discourse {
  private static final int MEMORY = 12;

  /** An actor the text named, and whether it was a person and a subject. */
  record Mention(Actor actor, boolean person, boolean subject) {}

  private final Deque<Mention> mentions = new ArrayDeque<>();
  private @Nullable Actor lastEventAgent;

  void mention(Actor actor, boolean person, boolean subject) {
    if (!actor.isKnown()) {
      return;
    }
    mentions.addFirst(new Mention(actor, person, subject));
    while (mentions.size() > MEMORY) {
      mentions.removeLast();
    }
  }

  /** Remembers who performed the last nominal event ("Astana's entry to the Accords"). */
  void eventAgent(Actor actor) {
    if (actor.isKnown()) {
      lastEventAgent = actor;
    }
  }

  @Nullable Actor lastEventAgent() {
    return lastEventAgent;
  }

  /** The antecedent of a personal pronoun: people for he/she, other actors for it/they. */
  @Nullable Actor pronoun(String lemma) {
    boolean person = lemma.equals("he") || lemma.equals("she");
    Mention subject = find(person, true);
    Mention any = subject != null ? subject : find(person, false);
    return any == null ? null : any.actor();
  }

  /** The last actor of this country-level kind, given a sector from the description. */
  @Nullable Actor definite(@Nullable String sector) {
    Mention subject = find(false, true);
    Mention mention = subject != null ? subject : find(false, false);
    if (mention == null || mention.actor().country() == null) {
      return null;
    }
    Actor actor = mention.actor();
    return Actor.of(actor.country(), sector != null ? sector : actor.sector(), null, actor.text());
  }

  private @Nullable Mention find(boolean person, boolean subjectOnly) {
    for (Iterator<Mention> it = mentions.iterator(); it.hasNext(); ) {
      Mention mention = it.next();
      if (mention.person() == person && (!subjectOnly || mention.subject())) {
        return mention;
      }
    }
    return null;
  }
}
