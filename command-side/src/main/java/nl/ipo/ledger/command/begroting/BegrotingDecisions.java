package nl.ipo.ledger.command.begroting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.mandaat.MandateChain;
import nl.ipo.ledger.command.mandaat.MandateScopePolicy;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.AdoptJaarrekening;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.AmendBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.ApproveBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.DraftBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.LineChange;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.RecordRealisation;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.RecordWerkbudgetUse;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.SubmitBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingAmended;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingApproved;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingDrafted;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingSubmitted;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.JaarrekeningAdopted;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.RealisationRecorded;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.WerkbudgetUsed;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.error.ConflictException;

/**
 * Decides which budget events a command records. An empty list is an explicit no-op; a broken rule
 * throws. Nothing is ever overwritten: amendments and realisations are new facts.
 */
final class BegrotingDecisions {

  private BegrotingDecisions() {}

  static List<BegrotingEvent> draft(BegrotingState state, DraftBegroting command) {
    BegrotingDrafted drafted =
        new BegrotingDrafted(command.begrotingId(), command.document(), command.draftedOn());
    if (state.exists()) {
      if (state.drafted().equals(drafted)) {
        return List.of();
      }
      throw new ConflictException(
          "begrotingId",
          "De begroting '"
              + state.drafted().document().titel()
              + "' is al met een andere inhoud vastgelegd; leg een wijziging vast als"
              + " begrotingswijziging");
    }
    Rejection.throwFirst(DocumentStructurePolicy.check(command.document()));
    return List.of(drafted);
  }

  static List<BegrotingEvent> submit(BegrotingState state, SubmitBegroting command) {
    BegrotingSubmitted submitted =
        new BegrotingSubmitted(command.begrotingId(), command.submittedOn(), command.decision());
    if (submitted.equals(state.submitted())) {
      return List.of();
    }
    Rejection.throwFirst(
        PcCycleOrderPolicy.submittable(state),
        PcCycleOrderPolicy.notBefore(
            "submittedOn",
            command.submittedOn(),
            "de datum van het concept",
            state.drafted().draftedOn()));
    return List.of(submitted);
  }

  static List<BegrotingEvent> approve(
      BegrotingState state, ApproveBegroting command, BegrotingContext context) {
    if (state.approved() != null && state.approved().besluitId().equals(command.besluitId())) {
      return List.of();
    }
    Rejection.throwFirst(PcCycleOrderPolicy.approvable(state));
    BesluitTaken besluit =
        besluit(
            context,
            command.besluitId(),
            BesluitType.BEGROTING,
            state.submitted().submittedOn(),
            state);
    return List.of(
        new BegrotingApproved(
            command.begrotingId(),
            command.besluitId(),
            besluit.decisionDate(),
            reference(besluit)));
  }

  static List<BegrotingEvent> amend(
      BegrotingState state, AmendBegroting command, BegrotingContext context) {
    Optional<BegrotingAmended> same =
        state.amendments().stream()
            .filter(a -> a.besluitId().equals(command.besluitId()))
            .findFirst();
    if (same.isPresent()) {
      if (same.get().changes().equals(command.changes())
          && same.get().nota() == command.nota()
          && same.get().effectiveDate().equals(command.effectiveDate())) {
        return List.of();
      }
      throw new ConflictException(
          "besluitId",
          "Besluit "
              + command.besluitId()
              + " heeft deze begroting al op een andere manier gewijzigd");
    }
    Rejection.throwFirst(PcCycleOrderPolicy.amendable(state));
    Rejection.throwFirst(
        PcCycleOrderPolicy.notBefore(
            "effectiveDate",
            command.effectiveDate(),
            "de vaststelling van de begroting",
            state.approved().approvedOn()));
    for (LineChange change : command.changes()) {
      Rejection.throwFirst(LineExistsPolicy.check(state, change.opgaveCode(), change.line()));
    }
    BesluitTaken besluit =
        besluit(
            context,
            command.besluitId(),
            BesluitType.BEGROTINGSWIJZIGING,
            state.approved().approvedOn(),
            state);
    return List.of(
        new BegrotingAmended(
            command.begrotingId(),
            command.besluitId(),
            command.nota(),
            command.effectiveDate(),
            command.changes(),
            reference(besluit)));
  }

  static List<BegrotingEvent> realise(BegrotingState state, RecordRealisation command) {
    RealisationRecorded recorded =
        new RealisationRecorded(
            command.begrotingId(),
            command.opgaveCode(),
            command.line(),
            command.realised(),
            command.asOf(),
            command.source());
    if (state.realisations().contains(recorded)) {
      return List.of();
    }
    Rejection.throwFirst(
        PcCycleOrderPolicy.realisable(state),
        LineExistsPolicy.check(state, command.opgaveCode(), command.line()),
        PcCycleOrderPolicy.notBefore(
            "asOf",
            command.asOf(),
            "het begin van het begrotingsjaar",
            LocalDate.of(state.drafted().document().jaar(), 1, 1)));
    return List.of(recorded);
  }

  static List<BegrotingEvent> adoptJaarrekening(
      BegrotingState state, AdoptJaarrekening command, BegrotingContext context) {
    if (state.jaarrekening() != null
        && state.jaarrekening().besluitId().equals(command.besluitId())
        && state.jaarrekening().auditorStatement().equals(command.auditorStatement())) {
      return List.of();
    }
    Rejection.throwFirst(PcCycleOrderPolicy.jaarrekeningAdoptable(state));
    BesluitTaken besluit =
        besluit(
            context,
            command.besluitId(),
            BesluitType.JAARREKENING,
            state.approved().approvedOn(),
            state);
    return List.of(
        new JaarrekeningAdopted(
            command.begrotingId(),
            command.besluitId(),
            besluit.decisionDate(),
            command.auditorStatement(),
            reference(besluit)));
  }

  static List<BegrotingEvent> useWerkbudget(
      BegrotingState state, RecordWerkbudgetUse command, BegrotingContext context) {
    WerkbudgetUsed use =
        new WerkbudgetUsed(
            command.begrotingId(),
            command.mandaatId(),
            command.usedBy(),
            command.amount(),
            command.date(),
            command.description());
    if (state.werkbudgetUses().contains(use)) {
      return List.of();
    }
    Rejection.throwFirst(PcCycleOrderPolicy.werkbudgetUsable(state, command.date()));
    MandateChain chain =
        context.mandate().orElseThrow(() -> MandateScopePolicy.unknown(command.mandaatId()));
    Rejection.throwFirst(
        MandateScopePolicy.check(
            chain,
            command.usedBy(),
            BesluitType.BEGROTING,
            "werkbudget: " + command.description(),
            command.amount(),
            command.date()),
        WerkbudgetWithinMandatePolicy.check(
            state, chain.mandate(), command.amount(), command.date()));
    return List.of(use);
  }

  private static BesluitTaken besluit(
      BegrotingContext context,
      BesluitId id,
      BesluitType type,
      LocalDate notBefore,
      BegrotingState state) {
    Optional<BesluitTaken> taken = context.besluit();
    Rejection.throwFirst(
        AvDecidesBudgetPolicy.check(id, taken, type, notBefore, state.drafted().document().jaar()));
    return taken.orElseThrow();
  }

  private static DecisionReference reference(BesluitTaken besluit) {
    return new DecisionReference(
        "Besluit AV '" + besluit.subject() + "' van " + besluit.decisionDate(),
        besluit.besluitId());
  }
}
