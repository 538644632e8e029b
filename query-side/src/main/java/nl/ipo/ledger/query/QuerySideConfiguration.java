package nl.ipo.ledger.query;

import nl.ipo.ledger.query.history.GremiumHistoryQueries;
import nl.ipo.ledger.query.structure.StructureProjection;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The query side's beans: its projections and query handlers. */
@Configuration(proxyBeanMethods = false)
public class QuerySideConfiguration {

  @Bean
  StructureProjection structureProjection(JdbcClient jdbcClient) {
    return new StructureProjection(jdbcClient);
  }

  @Bean
  GremiumHistoryQueries gremiumHistoryQueries(EventStore eventStore) {
    return new GremiumHistoryQueries(eventStore);
  }
}
