package nl.ipo.ledger.infra.web.besluit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.DecideVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.PlaceVoorstelOnAgenda;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordAdvice;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordDiscussion;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.SubmitVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.WithdrawVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.besluit.BesluitOutcome;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.besluit.Vote;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;

/**
 * The JSON bodies of the decision endpoints. Effects, parties and votes are the published
 * language's own records; closed lists at the top level arrive as text so that an unknown value is
 * answered with the allowed ones.
 */
final class BesluitRequests {

  private BesluitRequests() {}

  record SubmitVoorstelRequest(
      String id,
      String subject,
      String besluitType,
      Party submittedBy,
      String decidingGremiumId,
      LocalDate submittedOn,
      List<Effect> effects,
      String mandaatId) {
    SubmitVoorstel toCommand() {
      return new SubmitVoorstel(
          id == null ? BesluitId.random() : BesluitId.parse("id", id),
          subject,
          BesluitType.parse("besluitType", besluitType),
          submittedBy,
          GremiumId.parse("decidingGremiumId", decidingGremiumId),
          submittedOn,
          effects,
          mandaatId == null || mandaatId.isBlank()
              ? null
              : MandaatId.parse("mandaatId", mandaatId));
    }
  }

  record AgendaRequest(String vergaderingId, String agendaItem) {
    PlaceVoorstelOnAgenda toCommand(BesluitId id) {
      return new PlaceVoorstelOnAgenda(
          id, VergaderingId.parse("vergaderingId", vergaderingId), agendaItem);
    }
  }

  record DiscussionRequest(String vergaderingId, String summary) {
    RecordDiscussion toCommand(BesluitId id) {
      return new RecordDiscussion(id, VergaderingId.parse("vergaderingId", vergaderingId), summary);
    }
  }

  record AdviceRequest(
      String advisingGremiumId, LocalDate adviceDate, String vergaderingId, String advice) {
    RecordAdvice toCommand(BesluitId id) {
      return new RecordAdvice(
          id,
          GremiumId.parse("advisingGremiumId", advisingGremiumId),
          adviceDate,
          vergaderingId == null ? null : VergaderingId.parse("vergaderingId", vergaderingId),
          advice);
    }
  }

  record DecisionRequest(
      Party decider,
      LocalDate decisionDate,
      String vergaderingId,
      String outcome,
      List<Effect> amendedEffects,
      List<Vote> votes,
      String mandaatId,
      BigDecimal amount,
      String summary) {
    DecideVoorstel toCommand(BesluitId id) {
      return new DecideVoorstel(
          id,
          InvalidValueException.required("decider", decider),
          decisionDate,
          vergaderingId == null ? null : VergaderingId.parse("vergaderingId", vergaderingId),
          BesluitOutcome.parse("outcome", outcome),
          amendedEffects,
          votes,
          mandaatId == null ? null : MandaatId.parse("mandaatId", mandaatId),
          amount,
          summary);
    }
  }

  record WithdrawRequest(Party withdrawnBy, LocalDate withdrawnOn, String reason) {
    WithdrawVoorstel toCommand(BesluitId id) {
      return new WithdrawVoorstel(id, withdrawnBy, withdrawnOn, reason);
    }
  }
}
