package nl.ipo.ledger.kernel.common;

/**
 * What a command handler did with an accepted command. An exact repeat of a command the ledger
 * already accepted is {@link #UNCHANGED}: an explicit no-op that stores no event.
 */
public enum CommandOutcome {
  RECORDED,
  UNCHANGED
}
