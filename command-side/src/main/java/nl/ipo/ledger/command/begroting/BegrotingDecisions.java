package nl.ipo.ledger.command.begroting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.command.mandaat.MandaatFacts;
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

  private static final String CLOSED = "De jaarrekening is vastgesteld; de begroting is afgesloten";

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
        order(state.submitted() != null, "De begroting is al ingediend"),
        notBefore(
            "submittedOn",
            command.submittedOn(),
            "de datum van het concept",
            state.drafted().draftedOn()));
    return List.of(submitted);
  }

  static List<BegrotingEvent> approve(
      BegrotingState state, ApproveBegroting command, BegrotingLookups lookups) {
    if (state.approved() != null && state.approved().besluitId().equals(command.besluitId())) {
      return List.of();
    }
    Rejection.throwFirst(
        order(state.submitted() == null, "Het bestuur heeft de begroting nog niet ingediend"),
        order(state.approved() != null, "De begroting is al vastgesteld"));
    BesluitTaken besluit =
        besluit(
            lookups,
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
      BegrotingState state, AmendBegroting command, BegrotingLookups lookups) {
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
    Rejection.throwFirst(
        order(state.approved() == null, "Alleen een vastgestelde begroting kan worden gewijzigd"),
        order(state.jaarrekening() != null, CLOSED));
    Rejection.throwFirst(
        notBefore(
            "effectiveDate",
            command.effectiveDate(),
            "de vaststelling van de begroting",
            state.approved().approvedOn()));
    for (LineChange change : command.changes()) {
      Rejection.throwFirst(line(state, change.opgaveCode(), change.line()));
    }
    BesluitTaken besluit =
        besluit(
            lookups,
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
        order(
            state.approved() == null,
            "Realisatie wordt alleen vastgelegd op een vastgestelde begroting"),
        order(state.jaarrekening() != null, CLOSED),
        line(state, command.opgaveCode(), command.line()),
        notBefore(
            "asOf",
            command.asOf(),
            "het begin van het begrotingsjaar",
            LocalDate.of(state.drafted().document().jaar(), 1, 1)));
    return List.of(recorded);
  }

  static List<BegrotingEvent> adoptJaarrekening(
      BegrotingState state, AdoptJaarrekening command, BegrotingLookups lookups) {
    if (state.jaarrekening() != null
        && state.jaarrekening().besluitId().equals(command.besluitId())
        && state.jaarrekening().auditorStatement().equals(command.auditorStatement())) {
      return List.of();
    }
    Rejection.throwFirst(
        order(
            state.approved() == null,
            "Er is geen vastgestelde begroting waarover de jaarrekening verantwoording aflegt"),
        order(state.jaarrekening() != null, "De jaarrekening is al vastgesteld"));
    BesluitTaken besluit =
        besluit(
            lookups,
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
      BegrotingState state, RecordWerkbudgetUse command, BegrotingLookups lookups) {
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
    int jaar = state.drafted().document().jaar();
    if (command.date().getYear() != jaar) {
      throw new Rejection(
              BegrotingRule.PC_CYCLE_ORDER,
              "date",
              "Het werkbudget van de begroting "
                  + jaar
                  + " wordt in "
                  + jaar
                  + " gebruikt, niet op "
                  + Dutch.date(command.date()))
          .toException();
    }
    Rejection.throwFirst(
        order(
            state.approved() == null,
            "Het werkbudget kan alleen worden gebruikt onder een vastgestelde begroting"),
        order(state.jaarrekening() != null, CLOSED));
    Rejection.throwFirst(
        lookups
            .mandates()
            .check(
                command.mandaatId(),
                command.usedBy(),
                BesluitType.BEGROTING,
                "werkbudget: " + command.description(),
                command.amount(),
                command.date()));
    MandaatFacts mandate = lookups.mandaten().find(command.mandaatId()).orElseThrow();
    BigDecimal ceiling = mandate.versionOn(command.date()).orElseThrow().ceiling();
    BigDecimal used = state.werkbudgetUsed().getOrDefault(command.mandaatId(), BigDecimal.ZERO);
    if (ceiling != null && used.add(command.amount()).compareTo(ceiling) > 0) {
      throw new Rejection(
              BegrotingRule.WERKBUDGET_WITHIN_MANDATE,
              "amount",
              Dutch.amount(command.amount())
                  + " bovenop de al gebruikte "
                  + Dutch.amount(used)
                  + " is meer dan het werkbudget van "
                  + Dutch.amount(ceiling)
                  + " onder "
                  + mandate.describe())
          .toException();
    }
    return List.of(use);
  }

  private static BesluitTaken besluit(
      BegrotingLookups lookups,
      BesluitId id,
      BesluitType type,
      LocalDate notBefore,
      BegrotingState state) {
    Optional<BesluitTaken> taken = lookups.besluiten().taken(id);
    Rejection.throwFirst(
        AvDecidesBudgetPolicy.check(id, taken, type, notBefore, state.drafted().document().jaar()));
    return taken.orElseThrow();
  }

  private static DecisionReference reference(BesluitTaken besluit) {
    return new DecisionReference(
        "Besluit AV '" + besluit.subject() + "' van " + besluit.decisionDate(),
        besluit.besluitId());
  }

  private static Optional<Rejection> line(
      BegrotingState state, String code, nl.ipo.ledger.kernel.begroting.CostLine line) {
    if (state.hasLine(code, line)) {
      return Optional.empty();
    }
    return Optional.of(
        new Rejection(
            BegrotingRule.LINE_EXISTS,
            "opgaveCode",
            "De begroting heeft voor beleidsopgave " + code + " geen post " + line.label()));
  }

  private static Optional<Rejection> order(boolean wrong, String reason) {
    return wrong
        ? Optional.of(new Rejection(BegrotingRule.PC_CYCLE_ORDER, "begrotingId", reason))
        : Optional.empty();
  }

  /** {@code what} names the earlier step as a sentence says it ("de vaststelling van ..."). */
  private static Optional<Rejection> notBefore(
      String field, LocalDate day, String what, LocalDate earliest) {
    return day.isBefore(earliest)
        ? Optional.of(
            new Rejection(
                BegrotingRule.PC_CYCLE_ORDER, field, Dutch.dateBefore(field, day, what, earliest)))
        : Optional.empty();
  }
}
