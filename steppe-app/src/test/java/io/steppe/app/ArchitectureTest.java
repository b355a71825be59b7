package io.steppe.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: app -> analytics/store/coder -> nlp/actors/ingest -> model. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.steppe");
  }

  private static void forbid(String from, String... to) {
    noClasses()
        .that()
        .resideInAPackage(from)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(to)
        .check(classes);
  }

  @Test
  void model_dependsOnNoOtherStage() {
    forbid(
        "io.steppe.model..",
        "io.steppe.nlp..",
        "io.steppe.actors..",
        "io.steppe.ingest..",
        "io.steppe.coder..",
        "io.steppe.store..",
        "io.steppe.analytics..",
        "io.steppe.app..");
  }

  @Test
  void firstStages_dependOnlyOnModel() {
    String[] later = {
      "io.steppe.coder..", "io.steppe.store..", "io.steppe.analytics..", "io.steppe.app.."
    };
    forbid("io.steppe.nlp..", later);
    forbid("io.steppe.actors..", later);
    forbid("io.steppe.ingest..", later);
    forbid("io.steppe.nlp..", "io.steppe.actors..", "io.steppe.ingest..");
    forbid("io.steppe.actors..", "io.steppe.nlp..", "io.steppe.ingest..");
  }

  @Test
  void coderAndStore_doNotDependOnLaterStages() {
    forbid(
        "io.steppe.coder..",
        "io.steppe.store..",
        "io.steppe.analytics..",
        "io.steppe.app..",
        "io.steppe.nlp..",
        "io.steppe.ingest..");
    forbid(
        "io.steppe.store..",
        "io.steppe.coder..",
        "io.steppe.analytics..",
        "io.steppe.app..",
        "io.steppe.nlp..",
        "io.steppe.actors..");
    forbid("io.steppe.analytics..", "io.steppe.app..", "io.steppe.coder..", "io.steppe.nlp..");
  }
}
