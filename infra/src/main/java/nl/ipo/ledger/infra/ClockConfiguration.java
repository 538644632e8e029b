package nl.ipo.ledger.infra;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The only clock of the ledger, used at the edge: to stamp when a command was recorded and to
 * resolve "today" for queries. Dutch time, because the decisions are dated in it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Europe/Amsterdam"));
  }
}
