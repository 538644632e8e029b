package nl.ipo.ledger.infra.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Persistent deadlines: a mandate's expiry is an Axon deadline kept in the ledger's own database
 * (table {@code scheduled_tasks}, Flyway V3) by db-scheduler, so it fires after a restart too.
 * Axon's own auto-configuration supplies the deadline manager and its task once this scheduler
 * exists; the scheduler starts after Axon and stops before it.
 */
@Configuration(proxyBeanMethods = false)
public class DeadlineConfiguration {

  @Bean
  Scheduler deadlineScheduler(
      DataSource dataSource,
      List<Task<?>> tasks,
      @Value("${ledger.deadlines.polling-interval:PT10S}") Duration pollingInterval) {
    return Scheduler.create(dataSource, tasks)
        .tableName("scheduled_tasks")
        .threads(2)
        .pollingInterval(pollingInterval)
        .build();
  }

  @Bean
  SmartLifecycle deadlineSchedulerLifecycle(Scheduler scheduler) {
    return new SmartLifecycle() {
      private volatile boolean running;

      @Override
      public void start() {
        scheduler.start();
        running = true;
      }

      @Override
      public void stop() {
        scheduler.stop();
        running = false;
      }

      @Override
      public boolean isRunning() {
        return running;
      }

      @Override
      public int getPhase() {
        return Integer.MAX_VALUE;
      }
    };
  }
}
