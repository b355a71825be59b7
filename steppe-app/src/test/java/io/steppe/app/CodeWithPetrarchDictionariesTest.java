package io.steppe.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code steppe code --verbs --actors --agents} codes with small PETRARCH-format dictionaries. */
class CodeWithPetrarchDictionariesTest {
  @TempDir Path dir;

  @Test
  void code_withPetrarchDictionaries_usesTheirCodesAndNamesTheirLines() throws IOException {
    Path verbs =
        Files.write(
            dir.resolve("test.verbs"), List.of("--- SCOLD [111] ---", "SCOLD", "- * (OVER) [112]"));
    Path actors =
        Files.write(dir.resolve("test.actors"), List.of("ZEMBLA_ [ZEM]", "KARPATH_ [KRP]"));
    Path agents = Files.write(dir.resolve("test.agents"), List.of("ENVOY [~GOV]"));
    Path docs =
        Files.writeString(
            dir.resolve("docs.jsonl"),
            "{\"id\":\"z\",\"date\":\"2001-05-01\",\"text\":\"The Zembla envoy scolded Karpath.\"}\n");
    Path out = dir.resolve("events.jsonl");

    Cli result =
        Cli.run(
            "code",
            "--in",
            docs.toString(),
            "--out",
            out.toString(),
            "--verbs",
            verbs.toString(),
            "--actors",
            actors.toString(),
            "--agents",
            agents.toString());

    assertThat(result.exit()).as(result.err()).isZero();
    String events = Files.readString(out);
    assertThat(events).contains("\"code\":\"ZEMGOV\"", "\"code\":\"KRP\"", "\"cameo\":\"111\"");
    assertThat(events).contains("test.verbs:2 'scold {target}'");
  }

  @Test
  void code_missingDictionary_isAUsageError() throws IOException {
    Path docs = Files.writeString(dir.resolve("docs.jsonl"), "{\"id\":\"z\",\"text\":\"x\"}\n");
    Cli result =
        Cli.run(
            "code",
            "--in",
            docs.toString(),
            "--out",
            dir.resolve("o.jsonl").toString(),
            "--verbs",
            dir.resolve("missing.verbs").toString());
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("missing.verbs");
  }
}
