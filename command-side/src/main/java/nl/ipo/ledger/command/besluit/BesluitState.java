package nl.ipo.ledger.command.besluit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.ipo.ledger.kernel.besluit.BesluitEvent;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.AdviceRecorded;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitEffectCarriedOut;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitEffectFailed;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelDeferred;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelDiscussed;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelPlacedOnAgenda;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelSubmitted;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.VoorstelWithdrawn;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;

/** The lifecycle of one voorstel so far, folded from its events. Immutable. */
public record BesluitState(
    VoorstelSubmitted voorstel,
    List<VoorstelPlacedOnAgenda> agenda,
    List<VoorstelDiscussed> discussions,
    List<AdviceRecorded> advice,
    List<VoorstelDeferred> deferrals,
    BesluitTaken besluit,
    VoorstelWithdrawn withdrawn,
    Set<Integer> effectsHandled) {

  public static final BesluitState INITIAL =
      new BesluitState(null, List.of(), List.of(), List.of(), List.of(), null, null, Set.of());

  public boolean exists() {
    return voorstel != null;
  }

  public boolean isClosed() {
    return besluit != null || withdrawn != null;
  }

  public boolean onAgendaOf(VergaderingId vergaderingId) {
    return agenda.stream().anyMatch(a -> a.vergaderingId().equals(vergaderingId));
  }

  public BesluitState evolve(BesluitEvent event) {
    if (event instanceof VoorstelSubmitted e) {
      return new BesluitState(
          e, agenda, discussions, advice, deferrals, besluit, withdrawn, effectsHandled);
    } else if (event instanceof VoorstelPlacedOnAgenda e) {
      return new BesluitState(
          voorstel,
          add(agenda, e),
          discussions,
          advice,
          deferrals,
          besluit,
          withdrawn,
          effectsHandled);
    } else if (event instanceof VoorstelDiscussed e) {
      return new BesluitState(
          voorstel,
          agenda,
          add(discussions, e),
          advice,
          deferrals,
          besluit,
          withdrawn,
          effectsHandled);
    } else if (event instanceof AdviceRecorded e) {
      return new BesluitState(
          voorstel,
          agenda,
          discussions,
          add(advice, e),
          deferrals,
          besluit,
          withdrawn,
          effectsHandled);
    } else if (event instanceof VoorstelDeferred e) {
      return new BesluitState(
          voorstel,
          agenda,
          discussions,
          advice,
          add(deferrals, e),
          besluit,
          withdrawn,
          effectsHandled);
    } else if (event instanceof BesluitTaken e) {
      return new BesluitState(
          voorstel, agenda, discussions, advice, deferrals, e, withdrawn, effectsHandled);
    } else if (event instanceof VoorstelWithdrawn e) {
      return new BesluitState(
          voorstel, agenda, discussions, advice, deferrals, besluit, e, effectsHandled);
    } else if (event instanceof BesluitEffectCarriedOut e) {
      return withEffectHandled(e.effectIndex());
    } else if (event instanceof BesluitEffectFailed e) {
      return withEffectHandled(e.effectIndex());
    }
    throw new IllegalArgumentException("Unhandled besluit event " + event.getClass());
  }

  private BesluitState withEffectHandled(int index) {
    Set<Integer> handled = new TreeSet<>(effectsHandled);
    handled.add(index);
    return new BesluitState(
        voorstel, agenda, discussions, advice, deferrals, besluit, withdrawn, Set.copyOf(handled));
  }

  private static <T> List<T> add(List<T> list, T item) {
    List<T> copy = new ArrayList<>(list);
    copy.add(item);
    return List.copyOf(copy);
  }
}
