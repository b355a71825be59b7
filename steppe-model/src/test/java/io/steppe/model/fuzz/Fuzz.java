package io.steppe.model.fuzz;

import java.util.SplittableRandom;

/**
 * Runs a fuzz property: a check on many inputs drawn from one seed. The seed is fixed, so a run in
 * CI tries the same inputs as on a laptop; {@code -Dsteppe.fuzz.seed=N} tries others. A failure
 * names the seed, the try and the input, which is all it takes to draw the input again.
 */
public final class Fuzz {
  private static final long SEED = Long.getLong("steppe.fuzz.seed", 20_251_130L);

  /** One try of a property: whether the input was read (true) or cleanly rejected (false). */
  @FunctionalInterface
  public interface Trial<T> {
    boolean read(T input) throws Exception;
  }

  private Fuzz() {}

  /**
   * Runs {@code trial} on {@code tries} inputs, then checks that both outcomes were reached: a
   * property whose inputs are all read (or all rejected) tests only one branch of the reader.
   */
  public static <T> void check(int tries, Gen<T> gen, Trial<T> trial) {
    int[] outcomes = run(tries, gen, trial);
    if (outcomes[0] == 0 || outcomes[1] == 0) {
      throw new AssertionError(
          "fuzz inputs reached one outcome only (read "
              + outcomes[1]
              + ", rejected "
              + outcomes[0]
              + " of "
              + tries
              + "): make the generator reach the other one");
    }
  }

  /** Runs {@code trial} on {@code tries} inputs, whatever their outcomes. */
  public static <T> void each(int tries, Gen<T> gen, Trial<T> trial) {
    run(tries, gen, trial);
  }

  private static <T> int[] run(int tries, Gen<T> gen, Trial<T> trial) {
    SplittableRandom random = new SplittableRandom(SEED);
    int[] outcomes = new int[2];
    for (int i = 0; i < tries; i++) {
      T input = gen.draw(random);
      try {
        outcomes[trial.read(input) ? 1 : 0]++;
      } catch (Exception | AssertionError e) {
        throw new AssertionError(
            "fuzz try " + (i + 1) + " of seed " + SEED + " failed on input: " + shown(input), e);
      }
    }
    return outcomes;
  }

  private static String shown(Object input) {
    String text = input instanceof byte[] bytes ? bytes.length + " bytes" : String.valueOf(input);
    return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
  }
}
