package io.steppe.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.steppe.model.Event;
import io.steppe.model.Location;
import io.steppe.model.Modality;
import io.steppe.store.EventQuery;
import io.steppe.store.EventStore;
import io.steppe.store.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportRoundTripTest {
  @TempDir Path folder;

  private Path exportGdelt() {
    Path out = folder.resolve("events.gdelt.tsv");
    Path store = ExportFixtures.store(folder);
    Cli cli =
        Cli.run("export", "--format", "gdelt", "--out", out.toString(), "--db", store.toString());
    assertThat(cli.exit()).as(cli.err()).isZero();
    return out;
  }

  private static List<Event> events(Path store) {
    try (EventStore eventStore = Stores.open(store.toString())) {
      return eventStore.events(EventQuery.all());
    }
  }

  @Test
  void exportGdelt_thenImport_givesBackTheAssertedEvents() {
    Path fresh = folder.resolve("fresh.duckdb");
    Cli cli = Cli.run("import-gdelt", exportGdelt().toString(), "--db", fresh.toString());

    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("imported 2 documents with 2 events");
    List<Event> events = events(fresh);
    assertThat(events)
        .extracting(
            e -> e.source().country(),
            e -> e.target().country(),
            Event::cameo,
            Event::date,
            Event::modality)
        .containsExactly(
            tuple("TJK", "ISR", "111", ExportFixtures.JUNE, Modality.ASSERTED),
            tuple("KAZ", "IRN", "040", ExportFixtures.JULY, Modality.ASSERTED));
    Event accuse = events.get(0);
    assertThat(accuse.source()).isEqualTo(ExportFixtures.TJK_GOV.withText("Dushanbe"));
    assertThat(accuse.target().code()).isEqualTo("ISRMIL");
    assertThat(accuse.target().sector()).isEqualTo("MIL");
    assertThat(accuse.code().plover()).isEqualTo("ACCUSE");
    assertThat(accuse.code().goldstein()).isEqualTo(-2.0);
    assertThat(accuse.location()).isEqualTo(new Location("Tehran", "IRN"));
    assertThat(events.get(1).docId()).isEqualTo("gdelt:steppe:doc-b:0:0");
    assertThat(events.get(1).why()).contains("Steppe event doc-b:0:0");
  }

  @Test
  void importAgain_addsNothing() {
    Path file = exportGdelt();
    Path fresh = folder.resolve("fresh.duckdb");
    Cli.run("import-gdelt", file.toString(), "--db", fresh.toString());

    Cli again = Cli.run("import-gdelt", file.toString(), "--db", fresh.toString());

    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).contains("imported 0 documents with 0 events; 2 documents already");
    assertThat(events(fresh)).hasSize(2);
  }

  @Test
  void badLines_areReportedWithFileAndLine_andTheRestIsImported() throws IOException {
    List<String> lines = Files.readAllLines(exportGdelt());
    Path bad = folder.resolve("bad.tsv");
    String shortLine = "1\t20250101\t202501";
    String badDay = lines.get(1).replace("\t20250702\t", "\t2025-07-02\t");
    Files.write(bad, List.of(lines.get(0), shortLine, badDay));
    Path fresh = folder.resolve("fresh.duckdb");

    Cli cli = Cli.run("import-gdelt", bad.toString(), "--db", fresh.toString());

    assertThat(cli.exit()).isEqualTo(Steppe.EXIT_REJECTS);
    assertThat(cli.err())
        .contains(bad + ":2: expected 61 tab-separated columns")
        .contains(bad + ":3: Day must be a date YYYYMMDD");
    assertThat(events(fresh)).extracting(Event::cameo).containsExactly("111");
  }

  @Test
  void zippedGdeltFile_isReadLikeThePlainOne() throws IOException {
    Path plain = exportGdelt();
    Path zip = folder.resolve("events.export.CSV.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("events.export.CSV"));
      out.write(Files.readAllBytes(plain));
      out.closeEntry();
    }
    Path fresh = folder.resolve("fresh.duckdb");

    Cli cli = Cli.run("import-gdelt", zip.toString(), "--db", fresh.toString());

    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(events(fresh)).extracting(Event::cameo).containsExactly("111", "040");
  }

  @Test
  void missingFile_isAUsageError() {
    Cli cli = Cli.run("import-gdelt", folder.resolve("none.tsv").toString());

    assertThat(cli.exit()).isEqualTo(2);
  }
}
