package io.steppe.actors;

import io.steppe.model.SteppeException;
import io.steppe.model.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The phrases a coder asked a resolver about and the answers it got, in call order: recorded once,
 * then given back without resolving. Benchmarks time the coder with the real resolver and with the
 * tape; the difference is what resolution costs, with no clock read inside the coder (a clock read
 * around each of many short calls costs a good part of what it measures). Not thread-safe: one
 * coder on one thread.
 */
public final class ResolutionTape {
  /**
   * One call and its answer.
   *
   * @param tokens the phrase's tokens as the coder passed them
   * @param text the phrase as written
   * @param date the date the coder resolved the phrase for
   * @param answer what the resolver returned
   */
  public record Call(
      List<Token> tokens, String text, @Nullable LocalDate date, Resolution answer) {}

  private final List<Call> calls = new ArrayList<>();
  private int next;
  private boolean replaying;

  /** Resolves with the resolver and keeps the call, until {@link #rewind()}. */
  Resolution record(
      ActorResolver resolver, List<Token> tokens, String text, @Nullable LocalDate date) {
    if (!replaying) {
      Resolution answer = resolver.resolveUntaped(tokens, text, date);
      calls.add(new Call(List.copyOf(tokens), text, date, answer));
      return answer;
    }
    Call call = calls.get(next);
    // The check costs one comparison of short strings; it keeps a replay from passing off answers
    // to other questions when the coder's calls change between passes.
    if (!call.text().equals(text)) {
      throw new SteppeException(
          "replayed resolution "
              + next
              + " was recorded for '"
              + call.text()
              + "' but is asked for '"
              + text
              + "': replay the same documents in the same order as were recorded");
    }
    next = next + 1 == calls.size() ? 0 : next + 1;
    return call.answer();
  }

  /** Ends the recording; from now on calls are answered from the tape, from its start. */
  public void rewind() {
    replaying = true;
    next = 0;
  }

  /** The calls recorded so far, in order. */
  public List<Call> calls() {
    return List.copyOf(calls);
  }
}
