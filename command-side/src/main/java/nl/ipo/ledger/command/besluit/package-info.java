/**
 * One decision-making process, from voorstel to besluit and its effects. The root holds the
 * aggregate ({@code Besluit}), its state, the decide functions and the facts they are given; the
 * rules sit in three slices: {@code voorstel} (its course), {@code besluiten} (who decides, how)
 * and {@code effecten} (what it changes).
 */
package nl.ipo.ledger.command.besluit;
