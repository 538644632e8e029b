/**
 * Corrections and retractions as the read side applies them: which recorded facts have one, and how
 * a fact reads after its latest correction known at a moment ({@link
 * nl.ipo.ledger.infra.rectificatie.Rectifications}).
 */
package nl.ipo.ledger.infra.rectificatie;
