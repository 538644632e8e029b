package nl.ipo.ledger.infra.temporal;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.ipo.ledger.infra.temporal.TemporalReplay.ReadModels;
import nl.ipo.ledger.infra.temporal.TemporalReplay.Replayed;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.query.begroting.BegrotingQueryHandlers;
import nl.ipo.ledger.query.besluit.BesluitenlijstProjection;
import nl.ipo.ledger.query.gremium.StructureCatalogue;
import nl.ipo.ledger.query.gremium.StructureProjection;
import nl.ipo.ledger.query.mandaat.MandaatProjection;
import nl.ipo.ledger.query.mandaat.MandaatRegister;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Asks a query of the live read models, or of read models replayed as the ledger knew them at a
 * moment: the same query, answered by the same {@code @QueryHandler} method in both cases. For a
 * moment, the handler class is built over {@link TemporalReplay}'s throw-away database and Axon's
 * own annotation adapter invokes the method, so no caller constructs a projection and no query is
 * answered one way live and another way as known then.
 *
 * <p>Which read models a query needs follows from the handler classes declared here: each is listed
 * with the set its queries read ({@link KnownAtReadModels}); the query types come from its
 * {@code @QueryHandler} methods. A query type answered by two classes is refused at start-up.
 */
@Component
public class KnownAtQueries {

  /** A query handler class, how to build it over a database, and the read models it reads. */
  private record Answering(ReadModels models, Class<?> type, Function<JdbcClient, ?> handlers) {
    static <T> Answering of(ReadModels models, Class<T> type, Function<JdbcClient, T> handlers) {
      return new Answering(models, type, handlers);
    }
  }

  private static final List<Answering> ANSWERING =
      List.of(
          Answering.of(
              KnownAtReadModels.STRUCTURE, StructureProjection.class, StructureProjection::new),
          Answering.of(
              KnownAtReadModels.STRUCTURE, StructureCatalogue.class, StructureCatalogue::new),
          Answering.of(
              KnownAtReadModels.BESLUITENLIJST,
              BesluitenlijstProjection.class,
              BesluitenlijstProjection::new),
          Answering.of(
              KnownAtReadModels.BEGROTING,
              BegrotingQueryHandlers.class,
              BegrotingQueryHandlers::new),
          Answering.of(
              KnownAtReadModels.MANDATEN,
              MandaatRegister.class,
              jdbc -> new MandaatRegister(jdbc, new MandaatProjection(jdbc))));

  private final TemporalReplay temporal;
  private final QueryGateway queries;
  private final Map<Class<?>, Answering> byQuery = new HashMap<>();

  KnownAtQueries(TemporalReplay temporal, QueryGateway queries) {
    this.temporal = temporal;
    this.queries = queries;
    for (Answering answering : ANSWERING) {
      for (Method method : answering.type().getMethods()) {
        if (method.isAnnotationPresent(QueryHandler.class)) {
          Answering before = byQuery.put(method.getParameterTypes()[0], answering);
          if (before != null) {
            throw new IllegalStateException(
                method.getParameterTypes()[0].getSimpleName()
                    + " is answered by both "
                    + before.type().getSimpleName()
                    + " and "
                    + answering.type().getSimpleName());
          }
        }
      }
    }
  }

  /**
   * The answer as the ledger knew it at {@code knownAt}, with the events the reading had to leave
   * out ({@link Replayed#leftOut()}).
   */
  public <R> Replayed<R> asKnownAt(Instant knownAt, Object query, Class<R> type) {
    Answering answering = byQuery.get(query.getClass());
    if (answering == null) {
      throw new InvalidValueException(
          "knownAt",
          "Deze gegevens zijn niet op te vragen zoals ze op een eerder moment bekend waren.");
    }
    QueryMessage<Object, R> message =
        new GenericQueryMessage<>(query, ResponseTypes.instanceOf(type));
    return temporal.asKnownAt(
        knownAt,
        answering.models(),
        jdbc -> answer(answering.handlers().apply(jdbc), message, type));
  }

  /**
   * The live answer when {@code knownAt} is null; otherwise {@link #asKnownAt}'s, whose JSON is the
   * answer's fields and {@code leftOut}.
   */
  public Object answer(Object query, Class<?> type, Instant knownAt) {
    return knownAt == null ? queries.query(query, type).join() : asKnownAt(knownAt, query, type);
  }

  private static <R> R answer(Object handlers, QueryMessage<Object, R> message, Class<R> type) {
    try {
      return type.cast(new AnnotationQueryHandlerAdapter<>(handlers).handle(message));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
