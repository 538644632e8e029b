/**
 * The published language of the IPO governance ledger: typed ids, value objects, commands, events,
 * queries and their responses. These types are the long-lived API of the ledger and the schema of
 * its event store: an event's class name and fields are stored forever, so events are only ever
 * evolved with a new {@code @Revision} and an upcaster, never edited in place.
 */
package nl.ipo.ledger.kernel;
