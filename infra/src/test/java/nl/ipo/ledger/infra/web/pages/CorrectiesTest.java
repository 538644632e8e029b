package nl.ipo.ledger.infra.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Province;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.MemberAppointed;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.MemberRole;
import nl.ipo.ledger.kernel.gremium.MembershipId;
import nl.ipo.ledger.kernel.mandaat.MandaatCommand.AmendMandaat;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What a correction changed, as the pages say it: field by field, in Dutch, before → after. */
class CorrectiesTest {

  private final Correcties correcties =
      new Correcties(null, null, JsonMapper.builder().build(), null, null);

  @Test
  void namesDatesClosedListsAndDecisionReferencesAreShownAsAReaderKnowsThem() {
    GremiumId gremium = GremiumId.random();
    MembershipId membership = MembershipId.random();
    BesluitId besluit = BesluitId.random();
    MemberAppointed before =
        new MemberAppointed(
            gremium,
            membership,
            "A. de Vris",
            Province.ZEELAND,
            MemberRole.LID,
            LocalDate.of(2023, 9, 1),
            new DecisionReference("Bestuur 6 juli 2023"));
    MemberAppointed after =
        new MemberAppointed(
            gremium,
            membership,
            "A. de Vries",
            Province.ZEELAND,
            MemberRole.PLAATSVERVANGER,
            LocalDate.of(2023, 10, 1),
            new DecisionReference("Bestuur 6 juli 2023", besluit));
    assertThat(correcties.verschillen(before, after))
        .containsExactly(
            "Naam: ‘A. de Vris’ → ‘A. de Vries’",
            "Rol: ‘lid’ → ‘plaatsvervanger’",
            "Vanaf: 1 september 2023 → 1 oktober 2023",
            "Besluit waarop dit berust (besluit in het register): (leeg) → ‘" + besluit + "’");
  }

  @Test
  void amountsAreShownInEuros() {
    MandaatId mandaat = MandaatId.random();
    DecisionReference d = new DecisionReference("Bestuur");
    LocalDate day = LocalDate.of(2024, 1, 1);
    assertThat(
            correcties.verschillen(
                new AmendMandaat(mandaat, day, null, new BigDecimal("250000"), null, null, d),
                new AmendMandaat(mandaat, day, null, new BigDecimal("275000.50"), null, null, d)))
        .containsExactly("Plafond: € 250.000 → € 275.000,50");
  }
}
