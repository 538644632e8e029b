package nl.ipo.ledger.infra.axon;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.ipo.ledger.kernel.common.LedgerMetadata;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Attributes what a deadline records (a mandate's expiry) to the ledger itself: actor {@code
 * ledger} in role {@code systeem}, the moment it fired as recording time, a correlation id of its
 * own, and the command that scheduled it as its origin. The correlation providers copy these onto
 * every event the deadline causes, as they do for a user's command.
 */
@Configuration(proxyBeanMethods = false)
class SystemDeadlines {

  @Bean
  SmartInitializingSingleton attributedDeadlines(
      DeadlineManager deadlines, Clock clock, List<CorrelationDataProvider> correlation) {
    return () -> {
      deadlines.registerDispatchInterceptor(messages -> (index, deadline) -> withOrigin(deadline));
      deadlines.registerHandlerInterceptor(
          (unitOfWork, chain) -> {
            // the deadline manager runs its handlers without the correlation providers that the
            // command and event buses apply: without them an expiry would carry no metadata
            correlation.forEach(unitOfWork::registerCorrelationDataProvider);
            unitOfWork.transformMessage(
                deadline ->
                    deadline.andMetaData(
                        Map.of(
                            LedgerMetadata.ACTOR,
                            LedgerMetadata.SYSTEM_ACTOR,
                            LedgerMetadata.ACTOR_ROLE,
                            LedgerMetadata.SYSTEM_ROLE,
                            LedgerMetadata.RECORDED_AT,
                            LedgerMetadata.recordingMoment(clock.instant()),
                            LedgerMetadata.CORRELATION_ID,
                            deadline.getIdentifier())));
            return chain.proceed();
          });
    };
  }

  private static DeadlineMessage<?> withOrigin(DeadlineMessage<?> deadline) {
    if (!CurrentUnitOfWork.isStarted()) {
      return deadline;
    }
    String origin = CurrentUnitOfWork.get().getMessage().getIdentifier();
    return deadline.andMetaData(Map.of(LedgerMetadata.DEADLINE_ORIGIN, origin));
  }
}
