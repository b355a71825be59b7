package io.steppe.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steppe.model.SteppeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryTest {
  private static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 14);

  @TempDir Path user;

  private List<String> issues() {
    return ActorDictionary.load(List.of(user)).issues().stream()
        .map(DictionaryIssue::toString)
        .toList();
  }

  private void write(String file, String... lines) throws IOException {
    Files.writeString(user.resolve(file), String.join("\n", lines) + "\n");
  }

  @Test
  void bundled_hasNoIssues() {
    assertThat(ActorDictionary.bundled().issues()).isEmpty();
  }

  @Test
  void counts_bundled_countsPeopleOncePerPerson() {
    ActorDictionary.Counts counts = ActorDictionary.bundled().counts();
    assertThat(counts.people()).isBetween(400, counts.names());
    assertThat(counts.organisations()).isGreaterThan(100);
  }

  @Test
  void load_codeOfUnknownCountry_isIssueOnItsLine() throws IOException {
    write("seats.tsv", "# user seats", "the Blue Palace\tXYZGOV");
    write("organisations.tsv", "BOG\tQQQ\tREB\tBOG\tBogus Front");
    write("people.tsv", "Ann Example\tZZZ\t\t\t\tperson");
    assertThat(issues())
        .containsExactly(
            user.resolve("organisations.tsv") + ":1: unknown country code QQQ",
            user.resolve("people.tsv") + ":1: unknown country code ZZZ",
            user.resolve("seats.tsv") + ":2: unknown country code XYZ");
  }

  @Test
  void load_nameTwiceInOneFolder_isIssue() throws IOException {
    write("seats.tsv", "the Old Fort\tKAZGOV", "the old fort\tKAZMIL");
    assertThat(issues())
        .containsExactly(
            user.resolve("seats.tsv")
                + ":2: name 'old fort' already defined at "
                + user.resolve("seats.tsv")
                + ":1");
  }

  @Test
  void load_userName_overridesBundledWithoutIssue() throws IOException {
    write("seats.tsv", "the Kremlin\tRUSMIL");
    ActorDictionary dictionary = ActorDictionary.load(List.of(user));
    assertThat(dictionary.issues()).isEmpty();
    assertThat(new ActorResolver(dictionary).resolve("the Kremlin", JUNE_2025).actor().code())
        .isEqualTo("RUSMIL");
  }

  @Test
  void load_userPerson_replacesBundledPersonRatherThanAddingRoles() throws IOException {
    write("people.tsv", "Tokayev\tKAZ\t\t\t\tperson", "Tokayev\tKAZ\tLEG\t2025-01-01\t\tother");
    ActorDictionary dictionary = ActorDictionary.load(List.of(user));
    assertThat(dictionary.issues()).isEmpty();
    assertThat(new ActorResolver(dictionary).resolve("Tokayev", JUNE_2025).actor().code())
        .isEqualTo("KAZLEG");
  }

  @Test
  void load_twoPersonsSharingAName_isIssue() throws IOException {
    write(
        "people.tsv",
        "Ann Example|Example\tKAZ\t\t\t\tperson",
        "Bob Example|Example\tUZB\t\t\t\tperson");
    assertThat(issues())
        .containsExactly(
            user.resolve("people.tsv")
                + ":2: name 'example' also belongs to another person at "
                + user.resolve("people.tsv")
                + ":1");
  }

  @Test
  void load_overlappingPeriods_isIssueNamingBothLines() throws IOException {
    write(
        "people.tsv",
        "Ann Example\tKAZ\t\t\t\tperson",
        "Ann Example\tKAZ\tGOV\t2020-01-01\t2023-01-01\tforeign minister",
        "Ann Example\tKAZ\tMIL\t2022-01-01\t\tdefence minister");
    assertThat(issues())
        .containsExactly(
            user.resolve("people.tsv")
                + ":3: role period overlaps the one at "
                + user.resolve("people.tsv")
                + ":2");
  }

  @Test
  void load_accentVariantsOfOneName_areOneNameNotAnOverlap() throws IOException {
    write(
        "people.tsv",
        "Zoë Example|Zoe Example\tKAZ\t\t\t\tperson",
        "Zoë Example|Zoe Example\tKAZ\tGOV\t2020-01-01\t\tforeign minister");
    assertThat(issues()).isEmpty();
  }

  @Test
  void load_personWithoutUndatedLine_isIssue() throws IOException {
    write("people.tsv", "Ann Example\tKAZ\tGOV\t2020-01-01\t\tforeign minister");
    assertThat(issues()).singleElement().asString().contains("no undated 'person' line");
  }

  @Test
  void load_postInAnOrganisation_givesOrganisationNotCountry() {
    var actor = new ActorResolver(ActorDictionary.bundled()).resolve("Rafael Grossi", JUNE_2025);
    assertThat(actor.actor().country()).isNull();
    assertThat(actor.actor().org()).isEqualTo("IAEA");
  }

  @Test
  void load_missingFolder_fails() {
    Path missing = user.resolve("absent");
    assertThatThrownBy(() -> ActorDictionary.load(List.of(missing)))
        .isInstanceOf(SteppeException.class)
        .hasMessageContaining(missing.toString());
  }
}
