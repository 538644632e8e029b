/**
 * Who may decide or advise, and how: the competence matrix or a mandate, at a meeting of the
 * deciding body, financial matters through the bestuur, votes that carry the recorded outcome.
 */
package nl.ipo.ledger.command.besluit.besluiten;
