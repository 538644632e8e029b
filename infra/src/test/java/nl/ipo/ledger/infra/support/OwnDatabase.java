package nl.ipo.ledger.infra.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A database of a test class's own, for tests that read the shipped history alone: other classes
 * record bodies of the same names (an "IPO-bestuur" among them) in the shared test databases.
 */
public final class OwnDatabase {

  private OwnDatabase() {}

  /** An in-memory H2 database of this name. */
  public static void h2(DynamicPropertyRegistry registry, String name) {
    registry.add(
        "spring.datasource.url",
        () ->
            "jdbc:h2:mem:"
                + name
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE");
  }

  /** A schema of this name in the PostgreSQL test database, created by Flyway. */
  public static void postgresSchema(DynamicPropertyRegistry registry, String schema) {
    registry.add(
        "spring.datasource.url",
        () -> {
          String url = System.getProperty("ledger.test.pg.url");
          return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        });
    registry.add("spring.flyway.schemas", () -> schema);
  }
}
