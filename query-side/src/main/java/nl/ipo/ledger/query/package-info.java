/**
 * The query side: projections that consume events and own their tables, and the query handlers that
 * answer the published queries from them. Knows the shared kernel only, never the command side.
 */
package nl.ipo.ledger.query;
