package nl.ipo.ledger.infra.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The gauge {@code ledger.deadletters{group=...}} (Prometheus: {@code ledger_deadletters}): the
 * parked events of each dead-lettered group, counted in the database at each scrape.
 */
@Component
class DeadLetterMetrics implements MeterBinder {

  // resolved at the first scrape: meters are bound while Axon, which uses the registry, is built
  private final ObjectProvider<DeadLetters> deadLetters;

  DeadLetterMetrics(ObjectProvider<DeadLetters> deadLetters) {
    this.deadLetters = deadLetters;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String group : DeadLetterConfiguration.GROUPS) {
      Gauge.builder("ledger.deadletters", () -> deadLetters.getObject().count(group))
          .tag("group", group)
          .description("Events parked in the dead-letter queue of a processing group")
          .strongReference(true)
          .register(registry);
    }
  }
}
