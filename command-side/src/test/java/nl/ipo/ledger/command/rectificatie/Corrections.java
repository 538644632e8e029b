package nl.ipo.ledger.command.rectificatie;

import nl.ipo.ledger.command.OtherAggregates;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.error.RuleViolationException;
import nl.ipo.ledger.kernel.rectificatie.RectificatieCommand.CorrectFact;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent.FactCorrected;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;

/**
 * A correction judged against real streams: the facts are recorded in the other aggregates' store,
 * and the {@link Rectificatie} fixture reads them through the same directories the application
 * injects.
 */
final class Corrections {

  static final DecisionReference SECRETARIAAT = new DecisionReference("Secretariaat, rectificatie");

  final OtherAggregates others = new OtherAggregates().withStatutes();
  final FixtureConfiguration<Rectificatie> fixture = new AggregateTestFixture<>(Rectificatie.class);

  Corrections() {
    fixture.registerInjectableResource(new FactReader(others.store()));
    fixture.registerInjectableResource(others.gremia);
    fixture.registerInjectableResource(others.mandaatLookups());
    fixture.registerInjectableResource(others.besluitLookups());
    fixture.registerInjectableResource(others.begrotingLookups());
  }

  /** Records a fact in its aggregate's stream and answers its event identifier. */
  String record(LedgerEvent fact) {
    others.publish(fact.aggregateIdentity(), fact);
    var stream = others.store().readEvents(fact.aggregateIdentity());
    DomainEventMessage<?> last = null;
    while (stream.hasNext()) {
      last = stream.next();
    }
    return last.getIdentifier();
  }

  /** Corrects the recorded fact {@code eventIdentifier} into {@code replacement}. */
  ResultValidator<Rectificatie> correct(String eventIdentifier, LedgerEvent replacement) {
    return fixture
        .givenNoPriorActivity()
        .when(
            new CorrectFact(
                eventIdentifier,
                replacement.aggregateIdentity(),
                replacement,
                "{}",
                "rectificatie",
                SECRETARIAAT));
  }

  /** The correction is recorded, and nothing else. */
  static void accepted(ResultValidator<Rectificatie> result, String eventIdentifier) {
    result
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(
            Matchers.payloadsMatching(
                Matchers.exactSequenceOf(
                    Matchers.predicate(
                        e ->
                            e instanceof FactCorrected c
                                && c.eventIdentifier().equals(eventIdentifier)),
                    Matchers.andNoMore())));
  }

  /** Nothing is recorded; the rejection names the rule. */
  static void rejected(ResultValidator<Rectificatie> result, String rule) {
    result.expectNoEvents().expectException(rule(rule));
  }

  /** Nothing is recorded; the rejection names the rule and the replacement's field. */
  static void rejected(ResultValidator<Rectificatie> result, String rule, String field) {
    result
        .expectNoEvents()
        .expectException(
            Matchers.predicate(
                e ->
                    e instanceof RuleViolationException r
                        && r.rule().equals(rule)
                        && r.field().equals(field)));
  }

  /** Nothing is recorded; the replacement's field is malformed (400). */
  static void invalid(ResultValidator<Rectificatie> result, String field) {
    result
        .expectNoEvents()
        .expectException(
            Matchers.predicate(
                e -> e instanceof InvalidValueException i && i.field().equals(field)));
  }

  static Matcher<?> rule(String code) {
    return Matchers.predicate(e -> e instanceof RuleViolationException r && r.rule().equals(code));
  }
}
