package io.steppe.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapPeakTest {
  private static final int BLOCKS = 16;

  /** Static, so that the blocks stay reachable until they are dropped on purpose. */
  private static byte[][] blocks = new byte[0][];

  @Test
  void peak_countsGarbageHeldUntilACollection_withinTheMaximumHeap() throws InterruptedException {
    // Little garbage left to be collected while the blocks are made.
    System.gc();
    try (HeapPeak heap = new HeapPeak()) {
      blocks = new byte[BLOCKS][];
      for (int i = 0; i < BLOCKS; i++) {
        blocks[i] = new byte[1 << 20];
      }
      // Measured with the blocks held: other tests' threads may free garbage of their own before,
      // so the heap at the start is no floor for the peak.
      long held = used();
      blocks = new byte[0][];
      System.gc();
      // Collections are reported on another thread, shortly after, and the one before the blocks
      // may be reported first: wait for the report that saw them, for five seconds at most.
      long floor = held - (4L << 20);
      for (int i = 0; i < 500 && heap.peakBytes() < floor; i++) {
        Thread.sleep(10);
      }

      assertThat(heap.afterCollectionBytes()).isPositive();
      assertThat(heap.peakBytes())
          .isGreaterThanOrEqualTo(floor)
          .isGreaterThanOrEqualTo(used())
          .isLessThanOrEqualTo(Runtime.getRuntime().maxMemory());
    }
  }

  private static long used() {
    return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
  }
}
