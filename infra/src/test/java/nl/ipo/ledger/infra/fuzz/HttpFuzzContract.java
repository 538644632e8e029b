package nl.ipo.ledger.infra.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.ipo.ledger.infra.fuzz.EventAccounting.StoredEvent;
import nl.ipo.ledger.infra.fuzz.World.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No request can break the ledger: a seeded stream of hostile requests against every operation the
 * ledger publishes, judged by the {@link Oracle} one by one, then the read models compared with a
 * fresh rebuild ({@link ReadModelCheck}). The figures go to stdout. Each subclass runs it on a
 * database of its own, loaded with the IPO's history, as the accepted part of the fuzz adds facts
 * that other tests do not expect.
 */
abstract class HttpFuzzContract {

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;

  @Autowired
  @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
  org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping handlers;

  abstract String database();

  /**
   * The fuzz reads the endpoints and their bodies from the OpenAPI document: it must describe each
   * body with the fields its handler reads (two records of one simple name once shared a schema).
   */
  @Test
  void theOpenApiDocumentDescribesEveryBodyWithTheFieldsOfItsHandler() {
    RawHttp http = new RawHttp(port);
    ApiSurface surface =
        ApiSurface.of(
            json.readTree(
                http.send(FuzzRequest.plain("GET", "/v3/api-docs", Roles.READER, null, null))
                    .text()));
    int bodies = 0;
    for (var entry : handlers.getHandlerMethods().entrySet()) {
      for (var parameter : entry.getValue().getMethodParameters()) {
        Class<?> type = parameter.getParameterType();
        if (!parameter.hasParameterAnnotation(
                org.springframework.web.bind.annotation.RequestBody.class)
            || !type.isRecord()) {
          continue;
        }
        List<String> fields =
            java.util.Arrays.stream(type.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)
                .sorted()
                .toList();
        for (String path : entry.getKey().getPatternValues()) {
          for (var method : entry.getKey().getMethodsCondition().getMethods()) {
            ApiSurface.Operation operation =
                surface
                    .operation(method.name(), path)
                    .orElseThrow(() -> new AssertionError("not in /v3/api-docs: " + path));
            List<String> described =
                surface.resolve(operation.bodySchema()).path("properties").propertyNames().stream()
                    .sorted()
                    .toList();
            assertThat(described).as(method + " " + path).isEqualTo(fields);
            bodies++;
          }
        }
      }
    }
    assertThat(bodies)
        .as("every JSON body of the document checked")
        .isEqualTo(
            surface.operations().stream()
                .filter(o -> "application/json".equals(o.bodyType()))
                .count());
  }

  @Test
  void hostileRequestsAgainstEveryEndpointBreakNothing() {
    FuzzSettings settings = FuzzSettings.fromSystemProperties();
    RawHttp http = new RawHttp(port);
    ApiSurface surface =
        ApiSurface.of(
            json.readTree(
                http.send(FuzzRequest.plain("GET", "/v3/api-docs", Roles.READER, null, null))
                    .text()));
    Oracle oracle = new Oracle(json);
    World world = new World();
    // the history is loaded at start-up: read the world once the read models hold all of it
    new ReadModelCheck(surface, world, http, json, oracle).awaitQuiet();
    world = World.crawl(http, json);
    EventAccounting events = new EventAccounting(jdbc, json);
    events.start();
    ValidRequests valid =
        new ValidRequests(
            world,
            surface,
            json,
            target -> {
              RawHttp.Response r =
                  http.send(FuzzRequest.plain("GET", target, Roles.READER, null, null));
              return r.status() == 200 ? json.readTree(r.text()) : null;
            });
    RequestGenerator generator = new RequestGenerator(surface, valid, world, json, settings.seed());
    FuzzReport report = new FuzzReport(settings.seed(), database());
    String worldBefore = world.summary();
    java.io.PrintWriter log = log();

    long start = System.nanoTime();
    for (int i = 0; i < settings.requests(); i++) {
      FuzzRequest request = generator.next(i);
      long before = events.count();
      long sent = System.nanoTime();
      RawHttp.Response response = http.send(request);
      long nanos = System.nanoTime() - sent;
      report.count(request, response.status(), nanos);
      log.println(
          i
              + " "
              + response.status()
              + " "
              + nanos / 1_000_000
              + "ms "
              + request.describe()
              + "\n    → "
              + abbreviate(response.text()));
      boolean accepted = oracle.judge(i, request, response);
      List<StoredEvent> fresh = events.count() == before ? List.of() : events.fresh();
      if (accepted) {
        events.accept(fresh);
        learn(world, request, response, fresh);
      } else {
        oracle.unexplainedEvents(
            i, request, response, fresh.stream().filter(e -> !events.explained(e)).toList());
      }
    }
    report.finished(
        Duration.ofNanos(System.nanoTime() - start),
        events.acceptedEvents(),
        worldBefore,
        world.summary());

    long checkStart = System.nanoTime();
    int compared = new ReadModelCheck(surface, world, http, json, oracle).run();
    report.checked(Duration.ofNanos(System.nanoTime() - checkStart), compared);
    System.out.println(report);
    log.close();
    oracle.violations().stream().limit(40).forEach(v -> System.out.println("VIOLATION " + v));

    assertThat(oracle.violations()).as("violations (see stdout)").isEmpty();
    assertThat(report.requests()).isEqualTo(settings.requests());
    assertThat(report.operations())
        .as("every published operation was tried")
        .isEqualTo(surface.operations().size());
  }

  /** Every request and answer, to target/ when {@code -Dledger.fuzz.log=true}; else nowhere. */
  private java.io.PrintWriter log() {
    if (!Boolean.getBoolean("ledger.fuzz.log")) {
      return new java.io.PrintWriter(java.io.Writer.nullWriter());
    }
    try {
      return new java.io.PrintWriter(
          java.nio.file.Files.newBufferedWriter(
              java.nio.file.Path.of("target", "fuzz-" + database() + ".log")));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }

  private void learn(
      World world, FuzzRequest request, RawHttp.Response response, List<StoredEvent> fresh) {
    for (StoredEvent e : fresh) {
      world.addStoredEvent(e.eventIdentifier(), e.aggregateId(), e.payloadType());
    }
    String path = request.operation().substring(request.operation().indexOf(' ') + 1);
    Kind created = World.createdBy(path);
    if (created != null && request.method().equals("POST") && response.body().length > 0) {
      JsonNode body = json.readTree(response.text());
      if (body.hasNonNull("id")) {
        world.add(created, body.get("id").asString());
      }
    }
  }
}
