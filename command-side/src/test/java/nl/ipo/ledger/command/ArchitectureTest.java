package nl.ipo.ledger.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;

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

  private static final Class<?>[] AGGREGATES = CommandSide.AGGREGATES.toArray(Class<?>[]::new);

  @ArchTest
  static final ArchRule aggregates_are_reached_only_through_axon =
      noClasses()
          .that()
          .doNotBelongToAnyOf(AGGREGATES)
          .and()
          .doNotHaveFullyQualifiedName(CommandSide.class.getName())
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(AGGREGATES)
          .because(
              "the aggregate types are public only for CommandSide's list; commands reach them"
                  + " through Axon");

  @ArchTest
  static final ArchRule only_a_policy_rejects =
      noClasses()
          .that()
          .haveSimpleNameNotEndingWith("Policy")
          .should()
          .callConstructor(Rejection.class, String.class, String.class, String.class)
          .because(
              "every rule is one step away: a class named after its code (docs/events.md) says"
                  + " why a command is refused");

  @ArchTest
  static final ArchRule domain_rules_never_read_the_clock =
      noClasses()
          .that()
          .resideInAnyPackage("nl.ipo.ledger.command..", "nl.ipo.ledger.kernel..")
          .should()
          .callMethodWhere(readsTheClock())
          .orShould()
          .callMethod(System.class, "currentTimeMillis")
          .orShould()
          .callMethod(System.class, "nanoTime")
          .because("commands carry the dates that matter; recording time is stamped at the edge");

  /**
   * Any {@code now(...)} of java.time (LocalDate, Instant, ZonedDateTime, Year, … with or without a
   * Clock or zone) and any way to obtain a system clock.
   */
  private static DescribedPredicate<JavaMethodCall> readsTheClock() {
    return DescribedPredicate.describe(
        "a java.time method that reads the clock",
        call -> {
          String owner = call.getTargetOwner().getPackageName();
          String name = call.getName();
          return owner.equals("java.time")
              && (name.equals("now")
                  || (call.getTargetOwner().isEquivalentTo(Clock.class)
                      && name.startsWith("system")));
        });
  }
}
