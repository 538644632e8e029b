package nl.ipo.ledger.command;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ipo.ledger.command.begroting.BegrotingLookups;
import nl.ipo.ledger.command.besluit.BesluitDirectory;
import nl.ipo.ledger.command.besluit.BesluitLookups;
import nl.ipo.ledger.command.competentie.CompetenceMatrixReader;
import nl.ipo.ledger.command.competentie.StatutoryCompetences;
import nl.ipo.ledger.command.gremium.GremiumDirectory;
import nl.ipo.ledger.command.mandaat.MandaatDirectory;
import nl.ipo.ledger.command.mandaat.MandaatLookups;
import nl.ipo.ledger.command.vergadering.VergaderingDirectory;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.besluit.BesluitOutcome;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.besluit.VoteTally;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.common.Province;
import nl.ipo.ledger.kernel.competentie.CompetenceCommand;
import nl.ipo.ledger.kernel.competentie.CompetenceEvent.CompetenceAssigned;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumDissolved;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumEstablished;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.MemberAppointed;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.gremium.MemberRole;
import nl.ipo.ledger.kernel.gremium.MembershipId;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent;
import nl.ipo.ledger.kernel.vergadering.VergaderingEvent.VergaderingScheduled;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

/**
 * The other aggregates a rule reads, as real event streams in an in-memory event store, read
 * through the same directories the application uses.
 */
public final class OtherAggregates {

  public static final DecisionReference STATUTEN = StatutoryCompetences.SOURCE;

  private final EmbeddedEventStore store =
      EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
  private final Map<String, Long> sequences = new HashMap<>();

  public final GremiumDirectory gremia = new GremiumDirectory(store);
  public final VergaderingDirectory vergaderingen = new VergaderingDirectory(store);
  public final CompetenceMatrixReader matrix = new CompetenceMatrixReader(store);
  public final MandaatDirectory mandaten = new MandaatDirectory(store);
  public final BesluitDirectory besluiten = new BesluitDirectory(store);

  /** The store itself, for a handler that reads another stream directly. */
  public EmbeddedEventStore store() {
    return store;
  }

  public BesluitLookups besluitLookups() {
    return new BesluitLookups(gremia, vergaderingen, matrix, mandaten);
  }

  public BegrotingLookups begrotingLookups() {
    return new BegrotingLookups(new BesluitDirectory(store), mandaten, gremia, matrix);
  }

  /** An adopted (or otherwise decided) besluit of a body of the given kind. */
  public BesluitId besluit(
      BesluitType type, GremiumType deciderType, BesluitOutcome outcome, LocalDate day) {
    return besluit(type, deciderType, outcome, day, type.label() + " " + day.getYear());
  }

  /** The same, about a subject of the caller's choosing. */
  public BesluitId besluit(
      BesluitType type,
      GremiumType deciderType,
      BesluitOutcome outcome,
      LocalDate day,
      String subject) {
    BesluitId id = BesluitId.random();
    publish(
        id.toString(),
        new BesluitTaken(
            id,
            subject,
            type,
            Party.gremium(GremiumId.random()),
            deciderType,
            day,
            null,
            outcome,
            List.of(),
            List.of(),
            VoteTally.of(List.of()),
            null,
            null,
            nl.ipo.ledger.kernel.besluit.CompetenceBasis.ownCompetence(null, "test"),
            null));
    return id;
  }

  public MandaatLookups mandaatLookups() {
    return new MandaatLookups(gremia, mandaten, matrix);
  }

  public void publish(String aggregateId, Object event) {
    long sequence = sequences.merge(aggregateId, 0L, (old, zero) -> old + 1);
    store.publish(new GenericDomainEventMessage<>("Test", aggregateId, sequence, event));
  }

  /** The statutes' competence matrix, as loaded at start-up. */
  public OtherAggregates withStatutes() {
    StatutoryCompetences.defaults()
        .forEach(
            c ->
                publish(
                    CompetenceCommand.MATRIX_ID,
                    new CompetenceAssigned(
                        c.besluitType(),
                        c.deciders(),
                        c.advisers(),
                        c.votingRule(),
                        c.effectiveFrom(),
                        c.decision())));
    return this;
  }

  public GremiumId gremium(String name, GremiumType type, LocalDate begin) {
    GremiumId id = GremiumId.random();
    publish(
        id.toString(),
        new GremiumEstablished(id, name, type, null, begin, null, new DecisionReference("test")));
    return id;
  }

  /** A seat in the gremium from {@code start}; {@code person} null where no name is known. */
  public MembershipId seat(
      GremiumId gremium, String person, Province province, MemberRole role, LocalDate start) {
    MembershipId id = MembershipId.random();
    publish(
        gremium.toString(),
        new MemberAppointed(
            gremium, id, person, province, role, start, new DecisionReference("test")));
    return id;
  }

  public void dissolve(GremiumId id, LocalDate day) {
    publish(id.toString(), new GremiumDissolved(id, day, new DecisionReference("test")));
  }

  public VergaderingId meeting(GremiumId gremium, LocalDate date) {
    VergaderingId id = VergaderingId.random();
    publish(id.toString(), new VergaderingScheduled(id, gremium, date, null));
    return id;
  }

  public void mandate(MandaatEvent event) {
    publish(event.mandaatId().toString(), event);
  }
}
