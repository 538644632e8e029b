/**
 * The ledger as known at a moment (transaction time): read models rebuilt from the events recorded
 * by then, with the corrections known by then, kept for the next question ({@link
 * nl.ipo.ledger.infra.temporal.TemporalReplay}).
 */
package nl.ipo.ledger.infra.temporal;
