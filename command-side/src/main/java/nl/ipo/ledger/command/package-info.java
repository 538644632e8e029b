/**
 * The command side: aggregates, the rules of the statutes they enforce, and (later) the process
 * managers that carry a decision's effects across bodies. Plain Java and Axon only: no Spring and
 * no JDBC here, so every rule can be tested without a container (see the ArchUnit test).
 */
package nl.ipo.ledger.command;
