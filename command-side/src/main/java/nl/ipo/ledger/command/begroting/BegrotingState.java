package nl.ipo.ledger.command.begroting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Opgave;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingAmended;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingApproved;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingDrafted;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.BegrotingSubmitted;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.JaarrekeningAdopted;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.RealisationRecorded;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent.WerkbudgetUsed;
import nl.ipo.ledger.kernel.begroting.CostLine;
import nl.ipo.ledger.kernel.mandaat.MandaatId;

/** A begroting's cycle so far, folded from its events. Immutable. */
record BegrotingState(
    BegrotingDrafted drafted,
    BegrotingSubmitted submitted,
    BegrotingApproved approved,
    List<BegrotingAmended> amendments,
    List<RealisationRecorded> realisations,
    JaarrekeningAdopted jaarrekening,
    Map<MandaatId, BigDecimal> werkbudgetUsed,
    List<WerkbudgetUsed> werkbudgetUses) {

  static final BegrotingState INITIAL =
      new BegrotingState(null, null, null, List.of(), List.of(), null, Map.of(), List.of());

  boolean exists() {
    return drafted != null;
  }

  boolean hasLine(String code, CostLine line) {
    return drafted.document().opgaven().stream()
        .filter(o -> o.code().equals(code))
        .map(Opgave::lines)
        .anyMatch(lines -> lines.containsKey(line));
  }

  BegrotingState evolve(BegrotingEvent event) {
    if (event instanceof BegrotingDrafted e) {
      return new BegrotingState(
          e,
          submitted,
          approved,
          amendments,
          realisations,
          jaarrekening,
          werkbudgetUsed,
          werkbudgetUses);
    } else if (event instanceof BegrotingSubmitted e) {
      return new BegrotingState(
          drafted,
          e,
          approved,
          amendments,
          realisations,
          jaarrekening,
          werkbudgetUsed,
          werkbudgetUses);
    } else if (event instanceof BegrotingApproved e) {
      return new BegrotingState(
          drafted,
          submitted,
          e,
          amendments,
          realisations,
          jaarrekening,
          werkbudgetUsed,
          werkbudgetUses);
    } else if (event instanceof BegrotingAmended e) {
      return new BegrotingState(
          drafted,
          submitted,
          approved,
          add(amendments, e),
          realisations,
          jaarrekening,
          werkbudgetUsed,
          werkbudgetUses);
    } else if (event instanceof RealisationRecorded e) {
      return new BegrotingState(
          drafted,
          submitted,
          approved,
          amendments,
          add(realisations, e),
          jaarrekening,
          werkbudgetUsed,
          werkbudgetUses);
    } else if (event instanceof JaarrekeningAdopted e) {
      return new BegrotingState(
          drafted,
          submitted,
          approved,
          amendments,
          realisations,
          e,
          werkbudgetUsed,
          werkbudgetUses);
    } else if (event instanceof WerkbudgetUsed e) {
      Map<MandaatId, BigDecimal> used = new HashMap<>(werkbudgetUsed);
      used.merge(e.mandaatId(), e.amount(), BigDecimal::add);
      return new BegrotingState(
          drafted,
          submitted,
          approved,
          amendments,
          realisations,
          jaarrekening,
          Map.copyOf(used),
          add(werkbudgetUses, e));
    }
    throw new IllegalArgumentException("Unhandled begroting event " + event.getClass());
  }

  private static <T> List<T> add(List<T> list, T item) {
    List<T> copy = new ArrayList<>(list);
    copy.add(item);
    return List.copyOf(copy);
  }
}
