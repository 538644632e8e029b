package nl.ipo.ledger.command.besluit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.Known;
import nl.ipo.ledger.command.besluit.effecten.EffectsApplicablePolicy;
import nl.ipo.ledger.command.competentie.CompetenceMatrixReader;
import nl.ipo.ledger.command.gremium.GremiumDirectory;
import nl.ipo.ledger.command.gremium.GremiumFacts;
import nl.ipo.ledger.command.mandaat.MandaatDirectory;
import nl.ipo.ledger.command.mandaat.MandateChain;
import nl.ipo.ledger.command.vergadering.VergaderingDirectory;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.DecideVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.PlaceVoorstelOnAgenda;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordAdvice;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordDiscussion;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.SubmitVoorstel;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.vergadering.VergaderingEvent.VergaderingScheduled;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;

/**
 * Reads, from each aggregate's own event stream, the {@link BesluitContext} a command on a voorstel
 * needs, before it is decided. Injected into the command handlers as one resource. The folds run in
 * the command's unit of work, so the context is as current as the event store.
 */
public record BesluitLookups(
    GremiumDirectory gremia,
    VergaderingDirectory vergaderingen,
    CompetenceMatrixReader matrix,
    MandaatDirectory mandaten) {

  BesluitContext forSubmission(SubmitVoorstel command) {
    List<GremiumId> named = new ArrayList<>(List.of(command.decidingGremiumId()));
    if (command.submittedBy().namesGremium()) {
      named.add(command.submittedBy().gremiumId());
    }
    Optional<CompetenceAssigned> competence =
        matrix.inForce(command.besluitType(), command.submittedOn());
    Optional<MandateChain> mandate =
        command.mandaatId() == null
            ? Optional.empty()
            : MandateChain.load(command.mandaatId(), competence, mandaten, gremia);
    return context(named, null, competence, mandate);
  }

  BesluitContext forAgenda(PlaceVoorstelOnAgenda command) {
    return context(List.of(), command.vergaderingId(), Optional.empty(), Optional.empty());
  }

  BesluitContext forDiscussion(RecordDiscussion command) {
    return context(List.of(), command.vergaderingId(), Optional.empty(), Optional.empty());
  }

  BesluitContext forAdvice(BesluitState state, RecordAdvice command) {
    return context(
        List.of(command.advisingGremiumId()),
        command.vergaderingId(),
        competence(state, command.adviceDate()),
        Optional.empty());
  }

  BesluitContext forDecision(BesluitState state, DecideVoorstel command) {
    List<GremiumId> named = new ArrayList<>();
    if (command.decider().namesGremium()) {
      named.add(command.decider().gremiumId());
    }
    if (command.outcome().isAdopted()) {
      // only an adopted besluit's effects are checked (EffectsApplicablePolicy)
      List<Effect> effects =
          command.amendedEffects() == null ? state.voorstel().effects() : command.amendedEffects();
      for (Effect effect : effects) {
        named.addAll(EffectsApplicablePolicy.gremiaNamed(effect));
      }
    }
    Optional<CompetenceAssigned> competence = competence(state, command.decisionDate());
    Optional<MandateChain> mandate =
        command.mandaatId() == null
            ? Optional.empty()
            : MandateChain.load(command.mandaatId(), competence, mandaten, gremia);
    return context(named, command.vergaderingId(), competence, mandate);
  }

  private Optional<CompetenceAssigned> competence(BesluitState state, LocalDate day) {
    return matrix.inForce(state.voorstel().besluitType(), day);
  }

  /** The meeting's own body is read too: the rules name it, and compare it with the decider. */
  private BesluitContext context(
      List<GremiumId> named,
      VergaderingId meeting,
      Optional<CompetenceAssigned> competence,
      Optional<MandateChain> mandate) {
    Known<VergaderingId, VergaderingScheduled> meetings =
        Known.load(meeting == null ? List.of() : List.of(meeting), vergaderingen::find);
    List<GremiumId> all = new ArrayList<>(named);
    if (meeting != null) {
      meetings.find(meeting).ifPresent(m -> all.add(m.gremiumId()));
    }
    Known<GremiumId, GremiumFacts> known = Known.load(all, gremia::find);
    return new BesluitContext(known, meetings, competence, mandate);
  }
}
