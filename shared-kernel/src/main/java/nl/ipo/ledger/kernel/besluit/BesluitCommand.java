package nl.ipo.ledger.kernel.besluit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.common.Bounds;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands on a decision-making process: from voorstel to besluit and its effects. */
public sealed interface BesluitCommand {

  BesluitId besluitId();

  /**
   * Submits a voorstel.
   *
   * @param submittedBy the submitting body or officer (for example the Algemeen Directeur)
   * @param decidingGremiumId the body that must decide
   * @param effects the intended effects as structured data
   * @param mandaatId the mandate under which the deciding body will decide, where the competence
   *     matrix does not name it as decider of this type; null otherwise
   */
  record SubmitVoorstel(
      @TargetAggregateIdentifier BesluitId besluitId,
      String subject,
      BesluitType besluitType,
      Party submittedBy,
      GremiumId decidingGremiumId,
      LocalDate submittedOn,
      List<Effect> effects,
      MandaatId mandaatId)
      implements BesluitCommand {

    /** A voorstel to a body the competence matrix names as decider of its type. */
    public SubmitVoorstel(
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

    public SubmitVoorstel {
      InvalidValueException.required("besluitId", besluitId);
      subject = InvalidValueException.requiredText("subject", subject, 500);
      InvalidValueException.required("besluitType", besluitType);
      InvalidValueException.required("submittedBy", submittedBy);
      InvalidValueException.required("decidingGremiumId", decidingGremiumId);
      InvalidValueException.required("submittedOn", submittedOn);
      effects = effects == null ? List.of() : Bounds.list("effects", effects, 100);
    }
  }

  /** Places the voorstel on the agenda of a meeting. */
  record PlaceVoorstelOnAgenda(
      @TargetAggregateIdentifier BesluitId besluitId,
      VergaderingId vergaderingId,
      String agendaItem)
      implements BesluitCommand {
    public PlaceVoorstelOnAgenda {
      InvalidValueException.required("besluitId", besluitId);
      InvalidValueException.required("vergaderingId", vergaderingId);
      agendaItem =
          agendaItem == null || agendaItem.isBlank()
              ? null
              : Bounds.name("agendaItem", agendaItem.strip(), 100);
    }
  }

  /** Records that a meeting discussed the voorstel, with a short summary. */
  record RecordDiscussion(
      @TargetAggregateIdentifier BesluitId besluitId, VergaderingId vergaderingId, String summary)
      implements BesluitCommand {
    public RecordDiscussion {
      InvalidValueException.required("besluitId", besluitId);
      InvalidValueException.required("vergaderingId", vergaderingId);
      summary = InvalidValueException.requiredText("summary", summary, 4000);
    }
  }

  /** Records the advice of an advisory body (a BAC, an AAC, the AV in its advisory role). */
  record RecordAdvice(
      @TargetAggregateIdentifier BesluitId besluitId,
      GremiumId advisingGremiumId,
      LocalDate adviceDate,
      VergaderingId vergaderingId,
      String advice)
      implements BesluitCommand {
    public RecordAdvice {
      InvalidValueException.required("besluitId", besluitId);
      InvalidValueException.required("advisingGremiumId", advisingGremiumId);
      InvalidValueException.required("adviceDate", adviceDate);
      advice = InvalidValueException.requiredText("advice", advice, 4000);
    }
  }

  /**
   * Records how a body, or a mandataris, disposed of the voorstel.
   *
   * @param decider the deciding body, or a person deciding under a mandate
   * @param vergaderingId the meeting, if decided at one (it must be the decider's, that day)
   * @param amendedEffects the effects as amended; only with {@code ADOPTED_WITH_AMENDMENTS}
   * @param votes the votes, if recorded; their result must match the outcome
   * @param mandaatId the mandate the decider acted under, if any
   * @param amount the amount committed, in euros, for checking a mandate's ceiling
   */
  record DecideVoorstel(
      @TargetAggregateIdentifier BesluitId besluitId,
      Party decider,
      LocalDate decisionDate,
      VergaderingId vergaderingId,
      BesluitOutcome outcome,
      List<Effect> amendedEffects,
      List<Vote> votes,
      MandaatId mandaatId,
      BigDecimal amount,
      String summary)
      implements BesluitCommand {
    public DecideVoorstel {
      InvalidValueException.required("besluitId", besluitId);
      InvalidValueException.required("decider", decider);
      InvalidValueException.required("decisionDate", decisionDate);
      InvalidValueException.required("outcome", outcome);
      amendedEffects =
          amendedEffects == null ? null : Bounds.list("amendedEffects", amendedEffects, 100);
      votes = votes == null ? List.of() : Bounds.list("votes", votes, 500);
      amount = Bounds.nonNegativeAmount("amount", amount);
      summary =
          summary == null || summary.isBlank()
              ? null
              : Bounds.text("summary", summary.strip(), 4000);
    }
  }

  /** The submitter withdraws the voorstel before it is decided. */
  record WithdrawVoorstel(
      @TargetAggregateIdentifier BesluitId besluitId,
      Party withdrawnBy,
      LocalDate withdrawnOn,
      String reason)
      implements BesluitCommand {
    public WithdrawVoorstel {
      InvalidValueException.required("besluitId", besluitId);
      InvalidValueException.required("withdrawnBy", withdrawnBy);
      InvalidValueException.required("withdrawnOn", withdrawnOn);
      reason =
          reason == null || reason.isBlank() ? null : Bounds.text("reason", reason.strip(), 2000);
    }
  }

  /** Sent by the effects process: effect {@code effectIndex} of the besluit was carried out. */
  record RecordEffectCarriedOut(@TargetAggregateIdentifier BesluitId besluitId, int effectIndex)
      implements BesluitCommand {}

  /** Sent by the effects process: effect {@code effectIndex} could not be carried out. */
  record RecordEffectFailed(
      @TargetAggregateIdentifier BesluitId besluitId, int effectIndex, String reason)
      implements BesluitCommand {}
}
