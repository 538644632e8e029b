/**
 * The command side: aggregates, the rules of the statutes they enforce, and the process manager
 * that carries a besluit's effects across bodies ({@code besluit.BesluitEffectsProcess}). Plain
 * Java and Axon only: no Spring and no JDBC here, so every rule can be tested without a container
 * (see the ArchUnit test).
 */
package nl.ipo.ledger.command;
