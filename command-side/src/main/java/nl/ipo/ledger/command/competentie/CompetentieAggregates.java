package nl.ipo.ledger.command.competentie;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;

/** Registers the {@link CompetenceMatrixAggregate}, which is package private. */
public final class CompetentieAggregates {

  private CompetentieAggregates() {}

  public static void configure(Configurer configurer) {
    configurer.configureAggregate(
        AggregateConfigurer.defaultConfiguration(CompetenceMatrixAggregate.class));
  }
}
