package nl.ipo.ledger.infra.axon.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.CompetenceBasis;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent.FactCorrected;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;

/**
 * Events stored at revision 1 read as revision 2, through Axon's upcaster chain and its Jackson 3
 * serializer, as the event store reads them; the stored JSON is the one revision 1 wrote.
 */
class UpcastersTest {

  private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();
  private final EventUpcasterChain chain =
      new EventUpcasterChain(List.of(new BesluitTakenRevision2(), new FactCorrectedRevision2()));

  private Object read(Class<?> type, String revision, String json) {
    return new StoredPayload(type.getName(), revision, json).read(chain, serializer);
  }

  private static String besluitTaken(String competenceBasis) {
    return """
        {"besluitId": "6f1c1f8e-8f0b-4c1e-9d7e-2a4b5c6d7e8f", "subject": "Herindeling",
         "besluitType": "STRUCTUURWIJZIGING",
         "decider": {"gremiumId": "0b0c0d0e-0f10-4111-8213-141516171819", "personName": null},
         "deciderType": "BESTUUR", "decisionDate": "2023-07-06", "vergaderingId": null,
         "outcome": "ADOPTED", "effects": [], "votes": [], "tally": null, "mandaatId": null,
         "amount": null, "competenceBasis": %s, "summary": null}"""
        .formatted(competenceBasis);
  }

  private CompetenceBasis basisOf(String sentence) {
    return ((BesluitTaken) read(BesluitTaken.class, "1", besluitTaken(sentence))).competenceBasis();
  }

  @Test
  void aBodysOwnCompetenceIsReadIntoItsParts() {
    assertThat(basisOf("\"competence of the bestuur under Statuten IPO, art. 12\""))
        .isEqualTo(CompetenceBasis.ownCompetence(GremiumType.BESTUUR, "Statuten IPO, art. 12"));
    assertThat(basisOf("\"competence of the Algemene Vergadering under no matrix\""))
        .isEqualTo(CompetenceBasis.ownCompetence(GremiumType.AV, null));
    assertThat(basisOf("\"competence of the ? under Statuten\""))
        .isEqualTo(CompetenceBasis.ownCompetence(null, "Statuten"));
  }

  @Test
  void aMandateIsReadAsItsId() {
    MandaatId mandaat = MandaatId.random();
    assertThat(basisOf("\"mandaat " + mandaat + "\"")).isEqualTo(CompetenceBasis.mandate(mandaat));
  }

  @Test
  void aSentenceInNeitherFormIsKeptWhole() {
    assertThat(basisOf("\"zie notulen\""))
        .isEqualTo(new CompetenceBasis(null, "zie notulen", null));
  }

  @Test
  void revision2IsReadAsWritten() {
    String structured = "{\"body\": \"AV\", \"matrixDecision\": \"Statuten\", \"mandaatId\": null}";
    assertThat(
            ((BesluitTaken) read(BesluitTaken.class, "2", besluitTaken(structured)))
                .competenceBasis())
        .isEqualTo(CompetenceBasis.ownCompetence(GremiumType.AV, "Statuten"));
  }

  @Test
  void aCorrectionOfRevision1NamesTheRevisionItsReplacementIsWrittenIn() {
    FactCorrected corrected =
        (FactCorrected)
            read(
                FactCorrected.class,
                "1",
                """
                {"eventIdentifier": "e1", "aggregateId": "a1",
                 "payloadType": "nl.ipo.ledger.kernel.gremium.GremiumEvent$GremiumEstablished",
                 "replacementJson": "{}", "effectiveDate": "2019-01-01", "reason": "spelfout",
                 "decision": {"text": "Bestuur", "besluitId": null}}""");
    assertThat(corrected.payloadRevision()).isEqualTo("1");
    assertThat(corrected.replacementJson()).isEqualTo("{}");
  }
}
