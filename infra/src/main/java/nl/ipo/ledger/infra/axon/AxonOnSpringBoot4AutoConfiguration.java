package nl.ipo.ledger.infra.axon;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Puts Axon 4.13's auto-configurations in the right place on Spring Boot 4.
 *
 * <p>Axon 4.13 orders itself after Spring Boot 3's auto-configuration class names, which moved in
 * Boot 4. Left alone, Axon's JDBC, transaction and metrics configurations run before Boot has made
 * the DataSource, the transaction manager and the meter registry: the application then fails to
 * start on plain JDBC, or silently falls back to a no-op transaction manager and a private registry
 * whose metrics never reach Prometheus. This empty configuration sits between the two groups, and
 * because ordering is transitive, it drags Axon's configurations after Boot's. Upstream fixed this
 * only in Axon 5; {@code AxonWiringTest} guards it.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration",
      "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"
    },
    beforeName = {
      "org.axonframework.springboot.autoconfig.JpaAutoConfiguration",
      "org.axonframework.springboot.autoconfig.JpaEventStoreAutoConfiguration",
      "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
      "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration",
      "org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration",
      "org.axonframework.springboot.autoconfig.MetricsAutoConfiguration",
      "org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration",
      "org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration",
      "org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration",
      "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"
    })
public class AxonOnSpringBoot4AutoConfiguration {}
