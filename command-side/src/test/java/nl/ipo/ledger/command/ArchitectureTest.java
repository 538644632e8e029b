package nl.ipo.ledger.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "nl.ipo.ledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule domain_rules_know_no_spring_and_no_jdbc =
      noClasses()
          .that()
          .resideInAnyPackage("nl.ipo.ledger.command..", "nl.ipo.ledger.kernel..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..", "java.sql..", "javax.sql..", "jakarta.persistence..")
          .because("the rules of the statutes are plain code, testable without a container");

  @ArchTest
  static final ArchRule domain_rules_never_read_the_clock =
      noClasses()
          .that()
          .resideInAnyPackage("nl.ipo.ledger.command..")
          .should()
          .callMethod(java.time.LocalDate.class, "now")
          .orShould()
          .callMethod(java.time.Instant.class, "now")
          .orShould()
          .callMethod(java.lang.System.class, "currentTimeMillis")
          .because("commands carry the dates that matter; recording time is stamped at the edge");
}
