package nl.ipo.ledger.infra.ops;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start-up which database holds the ledger, so nobody wonders where the events went. */
@Component
class DatabaseInUseLogger {

  private static final Logger log = LoggerFactory.getLogger(DatabaseInUseLogger.class);

  private final DataSource dataSource;

  DatabaseInUseLogger(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationReadyEvent.class)
  void logDatabase() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      String product = meta.getDatabaseProductName();
      log.info(
          "Ledger database: {} {} at {} as user '{}'{}",
          product,
          meta.getDatabaseProductVersion(),
          meta.getURL(),
          meta.getUserName(),
          product.startsWith("H2")
              ? " (embedded default; use the 'postgres' profile for production)"
              : "");
    }
  }
}
