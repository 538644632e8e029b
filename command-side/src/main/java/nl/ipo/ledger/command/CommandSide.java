package nl.ipo.ledger.command;

import java.util.List;
import java.util.Set;
import nl.ipo.ledger.command.begroting.Begroting;
import nl.ipo.ledger.command.begroting.BegrotingLookups;
import nl.ipo.ledger.command.besluit.Besluit;
import nl.ipo.ledger.command.besluit.BesluitDirectory;
import nl.ipo.ledger.command.besluit.BesluitLookups;
import nl.ipo.ledger.command.besluit.effecten.BesluitEffectsProcess;
import nl.ipo.ledger.command.competentie.CompetenceMatrix;
import nl.ipo.ledger.command.competentie.CompetenceMatrixReader;
import nl.ipo.ledger.command.gremium.Gremium;
import nl.ipo.ledger.command.gremium.GremiumDirectory;
import nl.ipo.ledger.command.mandaat.Mandaat;
import nl.ipo.ledger.command.mandaat.MandaatDirectory;
import nl.ipo.ledger.command.mandaat.MandaatLookups;
import nl.ipo.ledger.command.rectificatie.FactReader;
import nl.ipo.ledger.command.rectificatie.Rectificatie;
import nl.ipo.ledger.command.vergadering.Vergadering;
import nl.ipo.ledger.command.vergadering.VergaderingDirectory;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;
import org.axonframework.lifecycle.Phase;

/**
 * The command side's own wiring, for any Axon configuration: its aggregates, the readers their
 * decisions load facts through, its process manager, and the published language's bounds on every
 * command on the bus ({@link BoundedCommands}). The aggregates' members stay package private; the
 * application only needs this one entry point, and the command side needs no Spring.
 */
public final class CommandSide {

  /**
   * The aggregate types. They are public so that this list can name them; their constructors, state
   * and handlers stay package private, so nothing but Axon creates or calls them.
   */
  static final List<Class<?>> AGGREGATES =
      List.of(
          Gremium.class,
          Vergadering.class,
          CompetenceMatrix.class,
          Mandaat.class,
          Besluit.class,
          Begroting.class,
          Rectificatie.class);

  /** The components the command side registers, which its handlers take as parameters. */
  public static final Set<Class<?>> COMPONENTS =
      Set.of(
          FactReader.class,
          GremiumDirectory.class,
          VergaderingDirectory.class,
          CompetenceMatrixReader.class,
          MandaatDirectory.class,
          BesluitDirectory.class,
          MandaatLookups.class,
          BesluitLookups.class,
          BegrotingLookups.class);

  private CommandSide() {}

  private static <A> AggregateConfigurer<A> aggregateConfiguration(
      Class<A> aggregate, boolean cacheAggregates) {
    AggregateConfigurer<A> configuration = AggregateConfigurer.defaultConfiguration(aggregate);
    if (cacheAggregates) {
      WeakReferenceCache cache = new WeakReferenceCache();
      configuration.configureCache(c -> cache);
    }
    return configuration;
  }

  /**
   * Registers the aggregates; the readers their handlers take as parameters (Axon resolves a
   * handler's extra parameters from the configuration's components); the process manager that
   * carries out adopted besluiten; and the bounds on every command.
   */
  public static void configure(Configurer configurer) {
    configure(configurer, false);
  }

  /**
   * As {@link #configure(Configurer)}, optionally keeping each loaded aggregate in memory (Axon's
   * {@link WeakReferenceCache}, one per aggregate type), so a command on a body with decades of
   * history does not replay it. Safe beside other instances on one store: an instance whose cached
   * aggregate is behind fails its append on the store's unique (aggregate, sequence) key, and
   * Axon's caching repository drops the entry when the unit of work rolls back, so the retry
   * replays. The garbage collector may clear an entry at any time; the next command replays.
   */
  public static void configure(Configurer configurer, boolean cacheAggregates) {
    for (Class<?> aggregate : AGGREGATES) {
      configurer.configureAggregate(aggregateConfiguration(aggregate, cacheAggregates));
    }
    configurer
        .registerComponent(FactReader.class, c -> new FactReader(c.eventStore()))
        .registerComponent(GremiumDirectory.class, c -> new GremiumDirectory(c.eventStore()))
        .registerComponent(
            VergaderingDirectory.class, c -> new VergaderingDirectory(c.eventStore()))
        .registerComponent(
            CompetenceMatrixReader.class, c -> new CompetenceMatrixReader(c.eventStore()))
        .registerComponent(MandaatDirectory.class, c -> new MandaatDirectory(c.eventStore()))
        .registerComponent(BesluitDirectory.class, c -> new BesluitDirectory(c.eventStore()))
        .registerComponent(
            MandaatLookups.class,
            c ->
                new MandaatLookups(
                    c.getComponent(GremiumDirectory.class),
                    c.getComponent(MandaatDirectory.class),
                    c.getComponent(CompetenceMatrixReader.class)))
        .registerComponent(
            BesluitLookups.class,
            c ->
                new BesluitLookups(
                    c.getComponent(GremiumDirectory.class),
                    c.getComponent(VergaderingDirectory.class),
                    c.getComponent(CompetenceMatrixReader.class),
                    c.getComponent(MandaatDirectory.class)))
        .registerComponent(
            BegrotingLookups.class,
            c ->
                new BegrotingLookups(
                    c.getComponent(BesluitDirectory.class),
                    c.getComponent(MandaatDirectory.class),
                    c.getComponent(GremiumDirectory.class),
                    c.getComponent(CompetenceMatrixReader.class)));
    configurer
        .eventProcessing()
        .registerEventHandler(c -> new BesluitEffectsProcess(c.commandGateway()));
    configurer.onInitialize(
        config ->
            config.onStart(
                Phase.LOCAL_MESSAGE_HANDLER_REGISTRATIONS,
                () -> config.commandBus().registerDispatchInterceptor(new BoundedCommands())));
  }
}
