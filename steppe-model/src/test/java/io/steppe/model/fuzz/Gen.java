package io.steppe.model.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Draws one test input from a seeded random source, so that a failing input can be drawn again from
 * its seed.
 */
@FunctionalInterface
public interface Gen<T> {
  T draw(SplittableRandom random);

  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    return random -> f.apply(draw(random));
  }

  /** Up to {@code maxSize} inputs in a list, each drawn independently. */
  default Gen<List<T>> list(int maxSize) {
    return random -> {
      int size = random.nextInt(maxSize + 1);
      List<T> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add(draw(random));
      }
      return values;
    };
  }

  static <T> Gen<T> of(List<T> values) {
    return random -> values.get(random.nextInt(values.size()));
  }

  static Gen<Integer> between(int min, int max) {
    return random -> random.nextInt(min, max + 1);
  }

  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    return random -> gens[random.nextInt(gens.length)].draw(random);
  }

  /**
   * Strings of up to {@code maxLength} characters from the whole of Unicode, weighted toward ASCII
   * and the control characters, where parsers break most often.
   */
  static Gen<String> strings(int maxLength) {
    return random -> {
      int length = random.nextInt(maxLength + 1);
      StringBuilder text = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        int kind = random.nextInt(10);
        if (kind < 6) {
          text.append((char) random.nextInt(0x20, 0x7F));
        } else if (kind < 7) {
          text.append((char) random.nextInt(0, 0x20));
        } else if (kind < 9) {
          text.append((char) random.nextInt(0x80, 0xD800));
        } else {
          text.append((char) random.nextInt(0xD800, 0x10000));
        }
      }
      return text.toString();
    };
  }
}
