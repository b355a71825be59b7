package io.steppe.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.steppe.app.eval.EvalOptions.PetrarchFiles;
import io.steppe.app.eval.ValidationRecords.ValidationRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs the evaluation on the first 20 records of each set of ../shared/data/peers. It checks that
 * every figure is computed over the records read, not what the figures are: targets are for tuning.
 */
class EvaluationTest {
  private static final Path DATA = EvalOptions.defaultData();
  private static final int LIMIT = 20;

  @Test
  void run_firstRecordsOfEachSet_computesEveryFigureOverThem() {
    assumeTrue(Files.isDirectory(DATA), "skipped: ../shared/data/peers is absent");
    StringWriter printed = new StringWriter();
    PetrarchFiles suite = new PetrarchFiles(null, List.of(), List.of(), null);
    EvalOptions options =
        new EvalOptions(DATA, Set.copyOf(EvalOptions.SETS), LIMIT, suite, 0.2, false, null);

    Evaluation.Report report = Evaluation.run(options, new PrintWriter(printed));

    assertThat(report.codebook().root().of()).isEqualTo(LIMIT);
    assertThat(report.codebook().full().of()).isEqualTo(LIMIT);
    assertThat(report.codebook().full().count())
        .isLessThanOrEqualTo(report.codebook().root().count());
    assertThat(report.plover().all().of()).isEqualTo(LIMIT);
    assertThat(report.plover().type().of()).isEqualTo(LIMIT);
    assertThat(report.petrarch().exact().of()).isEqualTo(LIMIT);
    assertThat(report.petrarch().recall().of()).isEqualTo(expectedEvents());
    assertThat(report.speed().sentencesPerPass()).isGreaterThanOrEqualTo(3 * LIMIT);
    assertThat(report.speed().passes()).isPositive();
    assertThat(report.screen().sentences()).isGreaterThanOrEqualTo(3 * LIMIT);
    assertThat(report.screen().lost()).as("events in sentences the screen skips").isZero();
    for (String set : EvalOptions.SETS) {
      assertThat(printed.toString())
          .contains("reproduce: ./steppe eval --set " + set + " --limit 20");
    }
  }

  /** The expected events of the first records, counted once each as the scorer does. */
  private static int expectedEvents() {
    int count = 0;
    for (ValidationRecord record :
        ValidationRecords.read(DATA.resolve(PetrarchSet.RECORDS), LIMIT)) {
      count += new HashSet<>(record.expected()).size();
    }
    return count;
  }
}
