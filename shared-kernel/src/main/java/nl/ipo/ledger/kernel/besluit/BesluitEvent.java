package nl.ipo.ledger.kernel.besluit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;
import org.axonframework.serialization.Revision;

/** The lifecycle of a voorstel and its besluit, each step a fact with its own date. */
public sealed interface BesluitEvent extends LedgerEvent {

  @Override
  default String aggregateIdentity() {
    return besluitId().toString();
  }

  BesluitId besluitId();

  @Revision("1")
  record VoorstelSubmitted(
      BesluitId besluitId,
      String subject,
      BesluitType besluitType,
      Party submittedBy,
      GremiumId decidingGremiumId,
      LocalDate submittedOn,
      List<Effect> effects,
      MandaatId mandaatId)
      implements BesluitEvent {

    /** A voorstel to a body the competence matrix names as decider of its type. */
    public VoorstelSubmitted(
        BesluitId besluitId,
        String subject,
        BesluitType besluitType,
        Party submittedBy,
        GremiumId decidingGremiumId,
        LocalDate submittedOn,
        List<Effect> effects) {
      this(
          besluitId,
          subject,
          besluitType,
          submittedBy,
          decidingGremiumId,
          submittedOn,
          effects,
          null);
    }

    @Override
    public LocalDate effectiveDate() {
      return submittedOn;
    }
  }

  @Revision("1")
  record VoorstelPlacedOnAgenda(
      BesluitId besluitId,
      VergaderingId vergaderingId,
      GremiumId gremiumId,
      GremiumType gremiumType,
      LocalDate meetingDate,
      String agendaItem)
      implements BesluitEvent {
    @Override
    public LocalDate effectiveDate() {
      return meetingDate;
    }
  }

  @Revision("1")
  record VoorstelDiscussed(
      BesluitId besluitId,
      VergaderingId vergaderingId,
      GremiumId gremiumId,
      GremiumType gremiumType,
      LocalDate meetingDate,
      String summary)
      implements BesluitEvent {
    @Override
    public LocalDate effectiveDate() {
      return meetingDate;
    }
  }

  @Revision("1")
  record AdviceRecorded(
      BesluitId besluitId,
      GremiumId advisingGremiumId,
      GremiumType advisingGremiumType,
      LocalDate adviceDate,
      VergaderingId vergaderingId,
      String advice)
      implements BesluitEvent {
    @Override
    public LocalDate effectiveDate() {
      return adviceDate;
    }
  }

  /**
   * The voorstel was adopted (possibly with amendments) or rejected.
   *
   * @param deciderType the kind of body that decided, or null for a person under a mandate
   * @param effects the effects in force: the amended ones when adopted with amendments
   * @param competenceBasis why the decider could decide: the statutes' competence or a mandate
   *     (revision 1 held it as an English sentence; the upcaster {@code BesluitTakenRevision2}
   *     reads that into this structure)
   */
  @Revision("2")
  record BesluitTaken(
      BesluitId besluitId,
      String subject,
      BesluitType besluitType,
      Party decider,
      GremiumType deciderType,
      LocalDate decisionDate,
      VergaderingId vergaderingId,
      BesluitOutcome outcome,
      List<Effect> effects,
      List<Vote> votes,
      VoteTally tally,
      MandaatId mandaatId,
      BigDecimal amount,
      CompetenceBasis competenceBasis,
      String summary)
      implements BesluitEvent {
    @Override
    public LocalDate effectiveDate() {
      return decisionDate;
    }
  }

  /** The body deferred (hield aan) the voorstel; it can be decided later. */
  @Revision("1")
  record VoorstelDeferred(
      BesluitId besluitId,
      Party decider,
      LocalDate decisionDate,
      VergaderingId vergaderingId,
      String summary)
      implements BesluitEvent {
    @Override
    public LocalDate effectiveDate() {
      return decisionDate;
    }
  }

  @Revision("1")
  record VoorstelWithdrawn(
      BesluitId besluitId, Party withdrawnBy, LocalDate withdrawnOn, String reason)
      implements BesluitEvent {
    @Override
    public LocalDate effectiveDate() {
      return withdrawnOn;
    }
  }

  /** An adopted besluit's effect was carried out through the gremium commands. */
  @Revision("1")
  record BesluitEffectCarriedOut(
      BesluitId besluitId, int effectIndex, Effect effect, LocalDate effectiveDate)
      implements BesluitEvent {}

  /** An adopted besluit's effect could not be carried out; the reason says why. */
  @Revision("1")
  record BesluitEffectFailed(
      BesluitId besluitId, int effectIndex, Effect effect, LocalDate effectiveDate, String reason)
      implements BesluitEvent {}
}
