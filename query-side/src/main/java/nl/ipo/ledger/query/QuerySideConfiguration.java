package nl.ipo.ledger.query;

import nl.ipo.ledger.query.begroting.BegrotingProjection;
import nl.ipo.ledger.query.begroting.BegrotingQueryHandlers;
import nl.ipo.ledger.query.besluit.BesluitCorrectionQueries;
import nl.ipo.ledger.query.besluit.BesluitSearch;
import nl.ipo.ledger.query.besluit.BesluitenlijstProjection;
import nl.ipo.ledger.query.competentie.CompetenceProjection;
import nl.ipo.ledger.query.competentie.CompetentQuery;
import nl.ipo.ledger.query.gremium.StructureCatalogue;
import nl.ipo.ledger.query.gremium.StructureProjection;
import nl.ipo.ledger.query.history.AuditTrailQueries;
import nl.ipo.ledger.query.history.EventStreamReader;
import nl.ipo.ledger.query.journal.JournalChoicesQuery;
import nl.ipo.ledger.query.journal.JournalProjection;
import nl.ipo.ledger.query.mandaat.MandaatProjection;
import nl.ipo.ledger.query.mandaat.MandaatRegister;
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
  StructureCatalogue structureCatalogue(JdbcClient jdbcClient) {
    return new StructureCatalogue(jdbcClient);
  }

  @Bean
  BesluitenlijstProjection besluitenlijstProjection(JdbcClient jdbcClient) {
    return new BesluitenlijstProjection(jdbcClient);
  }

  @Bean
  MandaatProjection mandaatProjection(JdbcClient jdbcClient) {
    return new MandaatProjection(jdbcClient);
  }

  @Bean
  MandaatRegister mandaatRegister(JdbcClient jdbcClient, MandaatProjection mandaten) {
    return new MandaatRegister(jdbcClient, mandaten);
  }

  @Bean
  CompetenceProjection competenceProjection(JdbcClient jdbcClient) {
    return new CompetenceProjection(jdbcClient);
  }

  @Bean
  CompetentQuery competentQuery(
      JdbcClient jdbcClient, CompetenceProjection matrix, MandaatProjection mandaten) {
    return new CompetentQuery(jdbcClient, matrix, mandaten);
  }

  @Bean
  BegrotingProjection begrotingProjection(JdbcClient jdbcClient) {
    return new BegrotingProjection(jdbcClient);
  }

  @Bean
  BegrotingQueryHandlers begrotingQueryHandlers(JdbcClient jdbcClient) {
    return new BegrotingQueryHandlers(jdbcClient);
  }

  @Bean
  JournalProjection journalProjection(JdbcClient jdbcClient) {
    return new JournalProjection(jdbcClient);
  }

  @Bean
  JournalChoicesQuery journalChoicesQuery(JdbcClient jdbcClient) {
    return new JournalChoicesQuery(jdbcClient);
  }

  @Bean
  BesluitSearch besluitSearch(JdbcClient jdbcClient, BesluitenlijstProjection besluiten) {
    return new BesluitSearch(jdbcClient, besluiten);
  }

  @Bean
  BesluitCorrectionQueries besluitCorrectionQueries(EventStore eventStore) {
    return new BesluitCorrectionQueries(new EventStreamReader(eventStore));
  }

  @Bean
  AuditTrailQueries auditTrailQueries(EventStore eventStore) {
    return new AuditTrailQueries(new EventStreamReader(eventStore));
  }
}
