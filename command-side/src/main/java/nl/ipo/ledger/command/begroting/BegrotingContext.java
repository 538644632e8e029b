package nl.ipo.ledger.command.begroting;

import java.util.Optional;
import nl.ipo.ledger.command.mandaat.MandateChain;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;

/**
 * What a budget step needs to know beyond the begroting, read before it is decided ({@link
 * BegrotingLookups}), so that {@link BegrotingDecisions} are pure functions.
 *
 * @param besluit the besluit the step names, if it was taken
 * @param mandate the mandate a werkbudget use names, with every mandate above it, if it is known
 */
record BegrotingContext(Optional<BesluitTaken> besluit, Optional<MandateChain> mandate) {

  static final BegrotingContext NOTHING = new BegrotingContext(Optional.empty(), Optional.empty());
}
