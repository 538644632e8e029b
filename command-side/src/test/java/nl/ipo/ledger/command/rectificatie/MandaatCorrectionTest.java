package nl.ipo.ledger.command.rectificatie;

import static java.time.LocalDate.of;
import static nl.ipo.ledger.command.rectificatie.Corrections.accepted;
import static nl.ipo.ledger.command.rectificatie.Corrections.invalid;
import static nl.ipo.ledger.command.rectificatie.Corrections.rejected;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatAmended;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatExpired;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatGranted;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatRevoked;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import nl.ipo.ledger.kernel.mandaat.MandaatScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MandaatCorrectionTest {

  private static final MandaatId ID = MandaatId.random();
  private static final DecisionReference BESLUIT = new DecisionReference("Bestuur 2017-11-30");
  private static final LocalDate START = of(2017, 12, 1);
  private static final LocalDate END = of(2018, 12, 1);
  private static final Party KOPGROEP = Party.person("Bestuurlijke kopgroep IBP");
  private static final MandaatScope IBP =
      new MandaatScope(Set.of(BesluitType.STANDPUNT), List.of("IBP"));

  private Corrections corrections;
  private GremiumId bestuur;
  private GremiumId bac;
  private String grant;

  @BeforeEach
  void setUp() {
    corrections = new Corrections();
    bestuur = corrections.others.gremium("IPO-bestuur", GremiumType.BESTUUR, of(2003, 1, 1));
    bac = corrections.others.gremium("BAC Financiën", GremiumType.BAC, of(2010, 1, 1));
    grant = corrections.record(granted(Party.gremium(bestuur), "50000", "verslag in het bestuur"));
  }

  private static MandaatGranted granted(Party gever, String ceiling, String conditions) {
    return new MandaatGranted(
        ID, gever, KOPGROEP, IBP, new BigDecimal(ceiling), START, END, conditions, null, BESLUIT);
  }

  private static MandaatAmended amended(LocalDate from, String ceiling) {
    return new MandaatAmended(
        ID, from, IBP, new BigDecimal(ceiling), END, "verslag in het bestuur", BESLUIT);
  }

  @Test
  void givenAGrant_whenItsConditionsAreCorrected_thenCorrected() {
    accepted(
        corrections.correct(
            grant, granted(Party.gremium(bestuur), "50000", "verslag in het IPO-bestuur")),
        grant);
  }

  @Test
  void givenAGrant_whenCorrectedToABacThatMayNotMandateIt_thenRejectedByTheCompetenceRule() {
    rejected(
        corrections.correct(grant, granted(Party.gremium(bac), "50000", "verslag in het bestuur")),
        "MANDAATGEVER_IS_COMPETENT_BODY",
        "replacement.mandaatgever");
  }

  @Test
  void givenAGrant_whenCorrectedToANegativeCeiling_thenInvalidNotARuleBroken() {
    invalid(
        corrections.correct(grant, granted(Party.gremium(bestuur), "-1", "verslag in het bestuur")),
        "replacement.ceiling");
  }

  @Test
  void givenAnAmendment_whenItsCeilingIsCorrected_thenCorrected() {
    String amendment = corrections.record(amended(of(2018, 3, 1), "60000"));
    accepted(corrections.correct(amendment, amended(of(2018, 3, 1), "65000")), amendment);
  }

  @Test
  void givenAnAmendment_whenCorrectedToTakeEffectBeforeTheGrant_thenRejected() {
    String amendment = corrections.record(amended(of(2018, 3, 1), "60000"));
    rejected(
        corrections.correct(amendment, amended(of(2017, 6, 1), "60000")),
        "DATES_ORDERED",
        "replacement.effectiveDate");
  }

  @Test
  void givenARevocation_whenItsDateIsCorrectedWithinTheTerm_thenCorrected() {
    String revocation = corrections.record(new MandaatRevoked(ID, of(2018, 5, 1), BESLUIT));
    accepted(
        corrections.correct(revocation, new MandaatRevoked(ID, of(2018, 6, 1), BESLUIT)),
        revocation);
  }

  @Test
  void givenARevocation_whenCorrectedToBeforeTheMandateBegan_thenRejected() {
    String revocation = corrections.record(new MandaatRevoked(ID, of(2018, 5, 1), BESLUIT));
    rejected(
        corrections.correct(revocation, new MandaatRevoked(ID, of(2017, 1, 1), BESLUIT)),
        "DATES_ORDERED");
  }

  @Test
  void givenAnExpiry_whenCorrectedToTheTermsEnd_thenCorrected() {
    String expiry = corrections.record(new MandaatExpired(ID, of(2018, 11, 30)));
    accepted(corrections.correct(expiry, new MandaatExpired(ID, END)), expiry);
  }

  @Test
  void givenAnExpiry_whenCorrectedToAnotherDayThanTheTermsEnd_thenRejected() {
    String expiry = corrections.record(new MandaatExpired(ID, END));
    rejected(
        corrections.correct(expiry, new MandaatExpired(ID, of(2018, 6, 1))),
        "DATES_ORDERED",
        "replacement.effectiveDate");
  }

  @Test
  void givenARevokedMandate_whenItsLaterExpiryIsCorrected_thenRejectedAsClosed() {
    corrections.record(new MandaatRevoked(ID, of(2018, 5, 1), BESLUIT));
    String expiry = corrections.record(new MandaatExpired(ID, END));
    rejected(corrections.correct(expiry, new MandaatExpired(ID, END)), "MANDAAT_CLOSED");
  }
}
