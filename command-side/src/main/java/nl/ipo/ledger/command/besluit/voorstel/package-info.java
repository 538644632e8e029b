/**
 * The voorstel's own course: submitted, placed on agendas, discussed, withdrawn by its submitter,
 * closed once decided or withdrawn, with no step dated before its submission.
 */
package nl.ipo.ledger.command.besluit.voorstel;
