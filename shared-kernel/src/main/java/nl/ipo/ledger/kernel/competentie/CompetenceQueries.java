package nl.ipo.ledger.kernel.competentie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.mandaat.MandaatScope;

/** "Who was competent to decide type T on date D", and its answer. */
public final class CompetenceQueries {

  private CompetenceQueries() {}

  public record FindCompetent(BesluitType besluitType, LocalDate date) {
    public FindCompetent {
      InvalidValueException.required("besluitType", besluitType);
      InvalidValueException.required("date", date);
    }
  }

  /** Who could take a decision of a type on a day: bodies by their competence, or mandates. */
  public record Competent(
      BesluitType besluitType,
      LocalDate date,
      List<GremiumType> deciderTypes,
      List<GremiumType> adviserTypes,
      VotingRule votingRule,
      List<CompetentGremium> gremia,
      List<CompetentMandaat> mandaten) {
    public Competent {
      deciderTypes = List.copyOf(deciderTypes);
      adviserTypes = List.copyOf(adviserTypes);
      gremia = List.copyOf(gremia);
      mandaten = List.copyOf(mandaten);
    }
  }

  public record CompetentGremium(String gremiumId, String name, GremiumType type) {}

  public record CompetentMandaat(
      String mandaatId,
      Party mandaatgever,
      Party mandataris,
      MandaatScope scope,
      BigDecimal ceiling) {}
}
