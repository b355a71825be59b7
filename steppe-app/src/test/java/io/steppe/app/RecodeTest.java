package io.steppe.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code steppe recode} on a store whose second sentence the parse screen skipped at ingest: the
 * bundled lexicon has no pattern for "evacuate", an added file has one.
 */
class RecodeTest {
  private static final Path ARTICLE = CliTest.RESOURCES.resolve("recode/evacuation.txt");
  private static final Path EXTRA = CliTest.RESOURCES.resolve("recode/verbs-evacuate.tsv");
  private static final String EVENTS =
      "SELECT string_agg(cameo || ' ' || source_code, ',' ORDER BY event_id) FROM events";

  @TempDir Path dir;
  private String db;

  @BeforeEach
  void ingest() {
    db = dir.resolve("store.duckdb").toString();
    Cli ingest = Cli.run("ingest", "--db", db, ARTICLE.toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
  }

  @Test
  void recode_sameLexicon_changesNothingAndParsesNothing() {
    String before = events();

    Cli recode = Cli.run("recode", "--db", db);

    assertThat(recode.exit()).as(recode.err()).isZero();
    assertThat(recode.out())
        .contains("1 documents (0 annotated anew: stored without annotations; 0 parsed again")
        .containsPattern("events: 0 added, 0 removed, 0 recoded, [1-9]\\d* unchanged");
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void recode_addedPattern_parsesTheSkippedSentenceAndStoresItsEvent() {
    String before = events();
    assertThat(before).contains("\n111 KAZ\n");

    Cli dryRun = Cli.run("recode", "--db", db, "--lexicon", EXTRA.toString(), "--dry-run");
    assertThat(dryRun.out()).contains("dry run, nothing stored").contains("1 parsed again");
    assertThat(events()).isEqualTo(before);

    Cli recode = Cli.run("recode", "--db", db, "--lexicon", EXTRA.toString());
    assertThat(recode.exit()).as(recode.err()).isZero();
    assertThat(recode.out())
        .contains("+ evacuation:1 0233 KAZ")
        .contains("events: 1 added, 0 removed, 0 recoded");
    assertThat(events()).contains("\n111 KAZ,0233 KAZ\n");

    Cli back = Cli.run("recode", "--db", db);
    assertThat(back.out()).contains("0 parsed again").contains("events: 0 added, 1 removed");
    assertThat(events()).isEqualTo(before);
  }

  @Test
  void ingest_storeWithItsOwnActorsFolder_resolvesTheNamesInIt() throws java.io.IOException {
    Path other = dir.resolve("team");
    java.nio.file.Files.createDirectories(other.resolve("actors"));
    java.nio.file.Files.writeString(
        other.resolve("actors/people.tsv"),
        "Aigerim Sadykova\tKAZ\t\t\t\tperson\n"
            + "Aigerim Sadykova\tKAZ\tGOV\t2025-01-01\t\tforeign minister\n");
    Path article = dir.resolve("statement.txt");
    java.nio.file.Files.writeString(
        article, "Date: 2025-06-18\n\nAigerim Sadykova condemned the strikes on Iran.\n");
    String teamDb = other.resolve("team.duckdb").toString();

    Cli ingest = Cli.run("ingest", "--db", teamDb, article.toString());

    assertThat(ingest.exit()).as(ingest.err()).isZero();
    Cli events = Cli.run("sql", "--db", teamDb, "SELECT cameo, source_code FROM events");
    assertThat(events.out()).contains("KAZGOV");
  }

  private String events() {
    Cli result = Cli.run("sql", "--db", db, EVENTS);
    assertThat(result.exit()).as(result.err()).isZero();
    return result.out();
  }
}
