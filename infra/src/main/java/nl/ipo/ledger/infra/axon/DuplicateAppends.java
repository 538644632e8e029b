package nl.ipo.ledger.infra.axon;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Tells Axon's JDBC storage engine which failed append lost a race: a second event at the same
 * (aggregate, sequence number), refused by the store's unique key. Axon then raises its {@code
 * ConcurrencyException}, which the API answers as 409 ({@link CommandFailures}).
 *
 * <p>Axon's own {@code JdbcSQLErrorCodesResolver} recognises only {@link
 * java.sql.SQLIntegrityConstraintViolationException}, which H2 throws and the PostgreSQL driver
 * does not (it throws a {@code PSQLException} with SQL state 23505), so on PostgreSQL the lost race
 * surfaced as an internal error. Spring's translator knows each database's codes for a duplicate
 * key, so this asks it rather than listing codes by hand.
 */
final class DuplicateAppends implements PersistenceExceptionResolver {

  private final SQLExceptionTranslator translator;

  DuplicateAppends(DataSource dataSource) {
    this.translator = new SQLErrorCodeSQLExceptionTranslator(dataSource);
  }

  @Override
  public boolean isDuplicateKeyViolation(Exception exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof DuplicateKeyException) {
        return true;
      }
      if (t instanceof SQLException sql) {
        DataAccessException translated = translator.translate("append events", null, sql);
        if (translated instanceof DuplicateKeyException) {
          return true;
        }
      }
    }
    return false;
  }
}
