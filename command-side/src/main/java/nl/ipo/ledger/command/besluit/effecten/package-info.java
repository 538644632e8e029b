/**
 * What a besluit changes: effects that fit its type and outcome and can be carried out when it is
 * adopted, and the process manager that carries them out through the gremium commands.
 */
package nl.ipo.ledger.command.besluit.effecten;
