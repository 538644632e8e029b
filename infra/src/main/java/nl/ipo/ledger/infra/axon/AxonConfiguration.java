package nl.ipo.ledger.infra.axon;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import nl.ipo.ledger.command.CommandSide;
import nl.ipo.ledger.command.rectificatie.FactReader;
import nl.ipo.ledger.infra.admin.ProjectionRebuilds;
import nl.ipo.ledger.infra.axon.upcasting.BesluitTakenRevision2;
import nl.ipo.ledger.infra.axon.upcasting.FactCorrectedRevision2;
import nl.ipo.ledger.infra.rectificatie.CorrectionRebuild;
import nl.ipo.ledger.infra.rectificatie.Rectifications;
import nl.ipo.ledger.kernel.common.LedgerMetadata;
import nl.ipo.ledger.query.journal.JournalProjection;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurationParameterResolverFactory;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Axon wiring: table names, the command side (its own {@link CommandSide#configure}), processors
 * and metadata.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

  /**
   * Lets Axon's Jackson 3 serializer read its own polymorphic tokens: a replay token (written when
   * a read model is rebuilt) holds the token at reset as a typed value, which Jackson 3 refuses by
   * default for a base type as wide as {@code Object}. Only Axon's own token types are allowed.
   */
  @Bean
  Jackson3SerializerCustomizer axonTokenTypes() {
    return builder ->
        builder.polymorphicTypeValidator(
            BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.eventhandling.")
                .build());
  }

  /**
   * Reads events stored at an older revision as the current one (Axon's upcaster chain, which the
   * JDBC storage engine and {@link Rectifications} apply). The stored bytes never change.
   */
  @Bean
  EventUpcaster besluitTakenRevision2() {
    return new BesluitTakenRevision2();
  }

  @Bean
  EventUpcaster factCorrectedRevision2() {
    return new FactCorrectedRevision2();
  }

  /** A lost race on the store's unique key is a concurrent change, on every database. */
  @Bean
  PersistenceExceptionResolver persistenceExceptionResolver(DataSource dataSource) {
    return new DuplicateAppends(dataSource);
  }

  /** Axon's JDBC defaults are camelCase; the Flyway schema (V1) uses snake_case. */
  @Bean
  EventSchema eventSchema() {
    return EventSchema.builder()
        .eventTable("domain_event_entry")
        .snapshotTable("snapshot_event_entry")
        .globalIndexColumn("global_index")
        .eventIdentifierColumn("event_identifier")
        .aggregateIdentifierColumn("aggregate_identifier")
        .sequenceNumberColumn("sequence_number")
        .typeColumn("type")
        .timestampColumn("time_stamp")
        .payloadTypeColumn("payload_type")
        .payloadRevisionColumn("payload_revision")
        .payloadColumn("payload")
        .metaDataColumn("meta_data")
        .build();
  }

  @Bean
  TokenSchema tokenSchema() {
    return TokenSchema.builder()
        .setTokenTable("token_entry")
        .setProcessorNameColumn("processor_name")
        .setSegmentColumn("segment")
        .setTokenColumn("token")
        .setTokenTypeColumn("token_type")
        .setTimestampColumn("time_stamp")
        .setOwnerColumn("owner")
        .build();
  }

  /**
   * Registers the aggregates (kept in memory between commands unless {@code
   * ledger.command.aggregate-cache=false}) and makes every event processor a pooled streaming one:
   * one thread reads the store and many segments process, which suits two cores and a JDBC store.
   */
  @Bean
  ConfigurerModule ledgerAxonModule(
      @Value("${ledger.command.aggregate-cache:true}") boolean cacheAggregates,
      @Value("${ledger.processors.batch-size:100}") int batchSize) {
    return configurer -> {
      CommandSide.configure(configurer, cacheAggregates);
      configurer
          .eventProcessing()
          .usingPooledStreamingEventProcessors()
          // A failing handler must never skip its event: a skipped event would leave a hole in
          // the hash chain, an effect not carried out, or a read model that silently lacks a
          // fact. Where a group has a dead-letter queue (DeadLetterConfiguration), the event is
          // parked instead; elsewhere (the sealer) the segment stops and retries.
          .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
          // Up to this many queued events of a segment in one transaction with one token update
          // (Axon's default is one): a rebuild or a burst of commands then costs a commit per
          // batch, not per event per processor. A processor never waits for a batch to fill.
          // The processors Spring Boot configures by name (application.yml) set theirs there.
          .registerPooledStreamingEventProcessorConfiguration(
              (c, builder) -> builder.batchSize(batchSize))
          // the rebuild after a correction starts at the head: the corrections recorded before it
          // was first deployed are in the read models already
          .registerPooledStreamingEventProcessorConfiguration(
              CorrectionRebuild.PROCESSING_GROUP,
              (c, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken));
    };
  }

  /**
   * The read models read corrected facts: every projection's event handlers receive each event
   * through {@link Rectifications}. The journal and the sealer read the facts as recorded; the
   * effects process acts on the besluit as taken.
   */
  @Bean
  HandlerEnhancerDefinition correctedFactsForProjections(
      ObjectProvider<Rectifications> rectificationsBean) {
    Set<String> groups = new HashSet<>(ProjectionRebuilds.PROJECTIONS);
    groups.remove(JournalProjection.PROCESSING_GROUP);
    // resolved at the first event: Rectifications needs the event store, and Axon needs the
    // handler definitions before it builds the event store
    return new CorrectedFacts(groups, rectificationsBean::getObject);
  }

  /**
   * Lets a handler take a component the command side registers with Axon ({@link
   * CommandSide#COMPONENTS}: its directories and lookups) as a parameter, as a plain Axon
   * configuration does; under Spring, Axon resolves parameters from Spring beans only. Axon's own
   * {@link ConfigurationParameterResolverFactory} looks the component up when the handler is
   * inspected, which under Spring is while the configuration is still being built; this one looks
   * it up when the handler is invoked.
   */
  @Bean
  ParameterResolverFactory commandSideComponents(
      ObjectProvider<org.axonframework.config.Configuration> axon) {
    return (executable, parameters, index) -> {
      Class<?> type = parameters[index].getType();
      if (!CommandSide.COMPONENTS.contains(type)) {
        return null;
      }
      // looked up at the first command that needs it, then kept: the components are singletons
      SingletonSupplier<Object> component =
          SingletonSupplier.of(() -> axon.getObject().getComponent(type));
      return new ParameterResolver<Object>() {
        @Override
        public Object resolveParameterValue(Message<?> message) {
          return component.obtain();
        }

        @Override
        public boolean matches(Message<?> message) {
          return true;
        }
      };
    };
  }

  /**
   * The infra's own reader of recorded facts (the correction forms and API look up the fact they
   * correct); the command side registers its own with Axon in {@link CommandSide#configure}.
   */
  @Bean
  FactReader factReader(EventStore eventStore) {
    return new FactReader(eventStore);
  }

  /**
   * Copies who recorded a command, in which role and when, onto every event it causes, and links
   * each message to the one that caused it ({@code causationId}) and to the first one of its chain
   * ({@code correlationId}).
   */
  @Bean
  CorrelationDataProvider messageOrigin() {
    return new MessageOriginProvider(LedgerMetadata.CAUSATION_ID, LedgerMetadata.CORRELATION_ID);
  }

  @Bean
  CorrelationDataProvider recordingContext() {
    return new SimpleCorrelationDataProvider(
        List.of(
                LedgerMetadata.ACTOR,
                LedgerMetadata.ACTOR_ROLE,
                LedgerMetadata.RECORDED_AT,
                LedgerMetadata.DEADLINE_ORIGIN,
                LedgerMetadata.SOURCE_DOCUMENT,
                LedgerMetadata.SOURCE_PLACE,
                LedgerMetadata.SOURCE_QUOTE,
                LedgerMetadata.SOURCE_NOTE)
            .toArray(String[]::new));
  }
}
