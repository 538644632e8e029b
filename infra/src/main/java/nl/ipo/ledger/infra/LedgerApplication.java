package nl.ipo.ledger.infra;

import nl.ipo.ledger.query.QuerySideConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

/** The IPO governance ledger: web API, security, persistence and the Axon wiring. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import(QuerySideConfiguration.class)
public class LedgerApplication {

  public static void main(String[] args) {
    SpringApplication.run(LedgerApplication.class, args);
  }
}
