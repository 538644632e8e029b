package nl.ipo.ledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.ipo.ledger.infra.support.LedgerHttp;
import nl.ipo.ledger.query.gremium.StructureProjection;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guards the Axon-on-Boot-4 ordering fix: without it the application may start with a no-op
 * transaction manager or a private meter registry and look healthy. Run per database.
 */
abstract class AxonWiringContract {

  @Autowired ApplicationContext context;
  @Autowired EventStorageEngine storageEngine;
  @Autowired TransactionManager transactionManager;
  @Autowired Serializer serializer;

  @Autowired
  @Qualifier("eventSerializer")
  Serializer eventSerializer;

  @Autowired EventProcessingConfiguration processing;
  @Autowired MeterRegistry meterRegistry;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @LocalServerPort int port;

  /** The type the database reports for a BYTEA column. */
  abstract String expectedBinaryType();

  @Test
  void theEventStoreIsJdbcUnderSpringTransactionsWithJackson3() {
    assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
    assertThat(transactionManager).isInstanceOf(SpringTransactionManager.class);
    assertThat(serializer).isInstanceOf(Jackson3Serializer.class);
    assertThat(eventSerializer).isInstanceOf(Jackson3Serializer.class);
  }

  @Test
  void everyProcessingGroupRunsInAPooledStreamingProcessor() {
    // every processor Axon runs, Spring bean or registered by the command side, so a projection
    // added later is checked without editing this test
    Set<String> groups = new TreeSet<>(processing.eventProcessors().keySet());
    assertThat(groups)
        .contains(
            StructureProjection.PROCESSING_GROUP,
            "besluitenlijst",
            "begroting",
            "journal",
            "mandaten",
            "competentie",
            "besluit-effects",
            "audit-seal");
    for (String group : groups) {
      assertThat(processing.eventProcessor(group))
          .as(group)
          .get()
          .isInstanceOf(PooledStreamingEventProcessor.class);
    }
  }

  @Test
  void deadlinesArePersistentInTheLedgersDatabase() {
    assertThat(context.getBean(DeadlineManager.class))
        .isInstanceOf(DbSchedulerDeadlineManager.class);
  }

  @Test
  void axonsMetersReachSpringBootsRegistryAndPrometheus() {
    LedgerHttp http = new LedgerHttp(port, json);
    http.post(
        "secretariaat",
        "/api/gremia",
        """
        {"name": "Werkgroep Metrics", "type": "werkgroep", "beginDate": "2022-01-01",
         "endDate": "2022-06-01", "decisionReference": "test"}""");

    assertThat(meterRegistry.getMeters())
        .extracting(m -> m.getId().getName())
        .anyMatch(name -> name.startsWith("commandBus"))
        .anyMatch(name -> name.startsWith("eventStore"))
        .anyMatch(name -> name.startsWith("eventProcessor"));
    LedgerHttp.Response scrape = http.get("beheerder", "/actuator/prometheus");
    assertThat(scrape.status()).isEqualTo(200);
    assertThat(scrape.text()).contains("commandBus_").contains("eventStore_");
    assertThat(http.get("av-lid", "/actuator/prometheus").status()).isEqualTo(403);
    assertThat(http.get(null, "/actuator/health").status()).isEqualTo(200);
  }

  @Test
  void payloadMetadataAndTokenColumnsAreBinaryNeverOid() {
    List<String> types =
        jdbc.sql(
                """
                SELECT LOWER(table_name) || '.' || LOWER(column_name) || '=' || LOWER(data_type)
                  FROM information_schema.columns
                 WHERE table_schema = CURRENT_SCHEMA
                   AND LOWER(table_name) IN
                       ('domain_event_entry', 'snapshot_event_entry', 'token_entry',
                        'scheduled_tasks')
                   AND LOWER(column_name) IN ('payload', 'meta_data', 'token', 'task_data')
                 ORDER BY 1""")
            .query(String.class)
            .list();
    String t = expectedBinaryType();
    assertThat(types)
        .containsExactlyInAnyOrder(
            "domain_event_entry.meta_data=" + t,
            "domain_event_entry.payload=" + t,
            "snapshot_event_entry.meta_data=" + t,
            "scheduled_tasks.task_data=" + t,
            "snapshot_event_entry.payload=" + t,
            "token_entry.token=" + t);
  }
}
