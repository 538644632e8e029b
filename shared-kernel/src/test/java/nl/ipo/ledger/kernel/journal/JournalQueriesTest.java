package nl.ipo.ledger.kernel.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.journal.JournalQueries.FindJournal;
import org.junit.jupiter.api.Test;

class JournalQueriesTest {

  private static FindJournal dates(LocalDate from, LocalDate to) {
    return new FindJournal(from, to, null, null, null, null, null, null, null, 0, 100);
  }

  private static FindJournal instants(Instant from, Instant knownAt) {
    return new FindJournal(null, null, from, knownAt, null, null, null, null, null, 0, 100);
  }

  private static FindJournal actor(String actor) {
    return new FindJournal(null, null, null, null, actor, null, null, null, null, 0, 100);
  }

  private static void rejected(Runnable query, String field, String reason) {
    assertThatThrownBy(query::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field))
        .hasMessage(reason);
  }

  @Test
  void givenDatesAtTheEdges_whenFinding_thenAcceptedAndOneDayBeyondRejected() {
    assertThat(dates(LocalDate.of(1800, 1, 1), LocalDate.of(2199, 12, 31)).validTo())
        .isEqualTo(LocalDate.of(2199, 12, 31));
    rejected(
        () -> dates(LocalDate.of(1799, 12, 31), null),
        "validFrom",
        "'validFrom' moet een datum zijn van 1800-01-01 tot en met 2199-12-31.");
    rejected(
        () -> dates(null, LocalDate.of(2200, 1, 1)),
        "validTo",
        "'validTo' moet een datum zijn van 1800-01-01 tot en met 2199-12-31.");
  }

  @Test
  void givenInstantsAtTheEdges_whenFinding_thenAcceptedAndBeyondRejected() {
    assertThat(
            instants(Instant.parse("1800-01-01T00:00:00Z"), Instant.parse("2199-12-31T23:59:59Z"))
                .knownAt())
        .isEqualTo(Instant.parse("2199-12-31T23:59:59Z"));
    rejected(
        () -> instants(Instant.parse("1799-12-31T23:59:59.999Z"), null),
        "recordedFrom",
        "'recordedFrom' moet een tijdstip zijn van 1800-01-01T00:00:00Z tot en met 2199-12-31T23:59:59Z.");
    rejected(
        () -> instants(null, Instant.MAX),
        "knownAt",
        "'knownAt' moet een tijdstip zijn van 1800-01-01T00:00:00Z tot en met 2199-12-31T23:59:59Z.");
  }

  @Test
  void givenPagingOutOfRange_whenFinding_thenRejected() {
    assertThat(
            new FindJournal(null, null, null, null, null, null, null, null, null, 1_000_000, 1000)
                .page())
        .isEqualTo(1_000_000);
    rejected(
        () -> new FindJournal(null, null, null, null, null, null, null, null, null, -1, 100),
        "page",
        "'page' moet een geheel getal van 0 tot en met 1000000 zijn.");
    rejected(
        () -> new FindJournal(null, null, null, null, null, null, null, null, null, 1_000_001, 1),
        "page",
        "'page' moet een geheel getal van 0 tot en met 1000000 zijn.");
    rejected(
        () -> new FindJournal(null, null, null, null, null, null, null, null, null, 0, 0),
        "size",
        "'size' moet een geheel getal van 1 tot en met 1000 zijn.");
  }

  @Test
  void givenTextFilters_whenFinding_thenBlankIsNoneWildcardsStayAndControlCharactersAreRejected() {
    assertThat(actor("  ").actor()).isNull();
    assertThat(actor(" secretariaat ").actor()).isEqualTo("secretariaat");
    assertThat(actor("%_").actor()).isEqualTo("%_");
    assertThat(actor("a".repeat(200)).actor()).hasSize(200);
    rejected(
        () -> actor("a".repeat(201)),
        "actor",
        "'actor' mag hoogstens 200 tekens lang zijn, maar is 201 tekens lang.");
    rejected(
        () -> actor("\t"), "actor", "'actor' moet op één regel passen, zonder regeleinde of tab.");
    rejected(
        () -> actor("secre\u0085tariaat"),
        "actor",
        "'actor' bevat een onzichtbaar stuurteken (U+0085) op positie 6; verwijder het.");
  }
}
