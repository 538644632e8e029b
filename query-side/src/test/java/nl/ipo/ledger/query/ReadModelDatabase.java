package nl.ipo.ledger.query;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh database of its own for a test that calls a projection's handlers directly: H2 in
 * PostgreSQL mode, migrated by the query side's Flyway scripts. The same projections run on
 * PostgreSQL in infra's contracts.
 */
public final class ReadModelDatabase {

  private ReadModelDatabase() {}

  public static JdbcClient fresh() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(dataSource).load().migrate();
    return JdbcClient.create(dataSource);
  }
}
