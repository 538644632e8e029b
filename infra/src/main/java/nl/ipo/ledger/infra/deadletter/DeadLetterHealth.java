package nl.ipo.ledger.infra.deadletter;

import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The health component {@code deadLetters}: the parked events per group, and the processors that
 * stopped on an error. Either makes it {@link #DEGRADED}, never DOWN: the ledger still records and
 * answers, only a read model or the chain lags, and a restart would not help; the liveness and
 * readiness probes do not include this component, and DEGRADED answers HTTP 200 (application.yml).
 */
@Component("deadLetters")
class DeadLetterHealth implements HealthIndicator {

  static final Status DEGRADED =
      new Status(
          "DEGRADED",
          "Er zijn geparkeerde events of een geblokkeerde verwerking: zie /api/admin/dead-letters");

  private final DeadLetters deadLetters;

  DeadLetterHealth(DeadLetters deadLetters) {
    this.deadLetters = deadLetters;
  }

  @Override
  public Health health() {
    Map<String, Long> parked = deadLetters.counts();
    long total = parked.values().stream().mapToLong(Long::longValue).sum();
    Map<String, String> blocked = deadLetters.blockedProcessors();
    Health.Builder health = total > 0 || !blocked.isEmpty() ? Health.status(DEGRADED) : Health.up();
    health.withDetail("total", total).withDetail("parked", parked);
    if (!blocked.isEmpty()) {
      health.withDetail("blocked", blocked);
    }
    return health.build();
  }
}
