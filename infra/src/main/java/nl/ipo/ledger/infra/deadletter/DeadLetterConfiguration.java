package nl.ipo.ledger.infra.deadletter;

import java.util.ArrayList;
import java.util.List;
import nl.ipo.ledger.command.besluit.effecten.BesluitEffectsProcess;
import nl.ipo.ledger.infra.admin.ProjectionRebuilds;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;

/**
 * Axon's sequenced dead-letter queue, in the ledger's own database (table {@code
 * dead_letter_entry}, Flyway V10), for every processing group that projects or acts: an event a
 * handler cannot handle is parked with its cause instead of stopping the group for ever. The
 * sequence is the aggregate (Axon's default sequencing policy for these processors), so a parked
 * event holds back only the later events of its own aggregate; every other aggregate's events keep
 * flowing, and the parked ones are retried in their order.
 *
 * <ul>
 *   <li>The read models ({@link ProjectionRebuilds#PROJECTIONS}): a rebuild replays every event, so
 *       their parked letters are cleared when the rebuild resets them, and parked again if they
 *       still fail.
 *   <li>The besluit effects process: a parked effect is not carried out until it is retried; its
 *       gremium commands are idempotent, so a retry after a fix is safe. It is never cleared by a
 *       rebuild, which does not replay this process.
 *   <li>Not the hash-chain sealer ({@code audit-seal}): the chain must grow in the store's global
 *       order, so a failure there must hold back every later event, not only its aggregate's.
 *       Parking all events in one sequence would give that too, but would copy every later event
 *       into the queue and need a manual retry; the sealer instead keeps propagating its failure,
 *       stops and retries by itself, and the health endpoint shows it blocked.
 * </ul>
 *
 * A group added later gets no queue until it is named here; a wiring test fails until it is.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

  /** The processing groups with a dead-letter queue. */
  public static final List<String> GROUPS = groups();

  private static List<String> groups() {
    List<String> groups = new ArrayList<>(ProjectionRebuilds.PROJECTIONS);
    groups.add(BesluitEffectsProcess.PROCESSING_GROUP);
    // a rebuild after a correction that fails is parked, visible to the beheerder, and retried by
    // hand; the next correction rebuilds anyway
    groups.add(ProjectionRebuilds.CORRECTION_REBUILD);
    return List.copyOf(groups);
  }

  /** Axon's JDBC defaults are camelCase; the Flyway schema (V10) uses snake_case. */
  @Bean
  DeadLetterSchema deadLetterSchema() {
    return DeadLetterSchema.builder()
        .deadLetterTable("dead_letter_entry")
        .deadLetterIdentifierColumn("dead_letter_id")
        .processingGroupColumn("processing_group")
        .sequenceIdentifierColumn("sequence_identifier")
        .sequenceIndexColumn("sequence_index")
        .messageTypeColumn("message_type")
        .eventIdentifierColumn("event_identifier")
        .timestampColumn("time_stamp")
        .payloadTypeColumn("payload_type")
        .payloadRevisionColumn("payload_revision")
        .payloadColumn("payload")
        .metaDataColumn("meta_data")
        .aggregateTypeColumn("aggregate_type")
        .aggregateIdentifierColumn("aggregate_identifier")
        .sequenceNumberColumn("sequence_number")
        .tokenTypeColumn("token_type")
        .tokenColumn("token")
        .enqueuedAtColumn("enqueued_at")
        .lastTouchedColumn("last_touched")
        .processingStartedColumn("processing_started")
        .causeTypeColumn("cause_type")
        .causeMessageColumn("cause_message")
        .diagnosticsColumn("diagnostics")
        .build();
  }

  /**
   * One queue per group, named explicitly: an explicit queue takes precedence over the provider of
   * Axon's auto-configuration (which only serves groups with {@code dlq.enabled} properties).
   */
  @Bean
  ConfigurerModule deadLetterQueueWiring(
      ConnectionProvider connectionProvider,
      TransactionManager transactionManager,
      DeadLetterSchema schema,
      @Qualifier("eventSerializer") Serializer eventSerializer,
      Serializer genericSerializer) {
    return configurer -> {
      var processing = configurer.eventProcessing();
      for (String group : GROUPS) {
        processing
            .registerDeadLetterQueue(
                group,
                config ->
                    JdbcSequencedDeadLetterQueue.builder()
                        .processingGroup(group)
                        .connectionProvider(connectionProvider)
                        .transactionManager(transactionManager)
                        .schema(schema)
                        .genericSerializer(genericSerializer)
                        .eventSerializer(eventSerializer)
                        .build())
            .registerDeadLetterPolicy(group, config -> new ParkingPolicy());
        // Axon asks the queue whether an event's sequence is parked before handling it: without
        // the cache a query per event per group, the larger part of a rebuild's statements. The
        // cache is Axon's own, one per claimed segment: it asks the queue once, at the segment's
        // first event, whether the group has any letter at all (with none, which is the rule, no
        // sequence needs asking until this segment parks one), and is kept up to date by the
        // invoker as it parks letters. Only the instance that claims a segment handles its
        // events, and the cache is dropped when the segment is released (at a stop, a reset and a
        // rebuild), so it never answers for letters another instance parked in the segment. A
        // letter retried meanwhile (the beheerder's retry) at worst costs a query.
        boolean rebuilt = ProjectionRebuilds.PROJECTIONS.contains(group);
        processing.registerDeadLetteringEventHandlerInvokerConfiguration(
            group,
            (config, invoker) -> {
              invoker.enableSequenceIdentifierCache();
              return rebuilt ? invoker.allowReset(true) : invoker;
            });
      }
    };
  }

  @Bean
  HandlerEnhancerDefinition handlerSavepoints(
      ObjectProvider<PlatformTransactionManager> transactionManager) {
    return new HandlerSavepoints(
        GROUPS,
        SingletonSupplier.of(
            () -> {
              TransactionTemplate template =
                  new TransactionTemplate(transactionManager.getObject());
              template.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
              return template;
            }));
  }
}
