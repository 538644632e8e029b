package nl.ipo.ledger.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read paths at a fixed offered rate (issue 14, workload 4): each query in turn in an {@link
 * OpenLoop} at {@code --query-rate} requests/s (default 50), as a reader ({@code av-lid}): the API
 * with HTTP basic, the web pages in a session signed in through the sign-in form. Run once on the
 * small store and once on the grown one, on the same targets (the shipped history's gremium with
 * the most members that day, its richest besluit dossier and mandate lineage, its begroting), so
 * the two sizes answer the same questions and only the store around them differs. The {@code
 * knownAt} variants ask every request at a moment of its own (a millisecond apart): what a reader
 * meets who asks what the ledger said at a moment nobody asked before.
 */
final class QueryWorkload {

  /** The day every dated query asks about: inside the shipped history (2018–2023). */
  static final String AS_OF = "2021-06-30";

  static final String READER = "av-lid";

  /** The objects the queries ask about, found once on the small store. */
  record Targets(String gremium, String besluit, String begroting, String mandaat) {}

  /** One query: its name in the report, whether it is a page, and its path. */
  record Query(String name, boolean page, Function<Long, String> path) {
    static Query api(String name, String path) {
      return new Query(name, false, i -> path);
    }

    static Query page(String name, String path) {
      return new Query(name, true, i -> path);
    }
  }

  /** The measured p99 (and the rest) of every query at one size. */
  record Measured(String size, long events, Map<String, OpenLoop.Result> results) {}

  private final Report report;
  private final double rate;
  private final Duration warmup;
  private final Duration measured;
  private final Duration grace;
  private final int workers;
  private final JsonMapper json = JsonMapper.builder().build();

  QueryWorkload(
      Report report, double rate, Duration warmup, Duration measured, Duration grace, int workers) {
    this.report = report;
    this.rate = rate;
    this.warmup = warmup;
    this.measured = measured;
    this.grace = grace;
    this.workers = workers;
  }

  /** Finds the targets through the API, as the reader. */
  Targets targets(LedgerProcess ledger) {
    Api api = new Api(ledger.base(), READER);
    String gremium = null;
    int most = -1;
    for (JsonNode g : array(read(api, "/api/structure?asOf=" + AS_OF), "id")) {
      int members = g.path("members").size();
      if (members > most) {
        most = members;
        gremium = g.get("id").asString();
      }
    }
    String besluit =
        richest(api, ids(read(api, "/api/besluiten?size=100"), "besluitId"), "/api/besluiten/%s");
    String mandaat =
        richest(
            api,
            ids(read(api, "/api/mandaten?asOf=" + AS_OF + "&size=200"), "mandaatId"),
            "/api/mandaten/%s/lineage?asOf=" + AS_OF);
    List<String> begrotingen = ids(read(api, "/api/begrotingen"), "begrotingId");
    Targets targets =
        new Targets(gremium, besluit, begrotingen.isEmpty() ? null : begrotingen.get(0), mandaat);
    report.progress("query targets: " + targets);
    return targets;
  }

  /** The non-knownAt queries, then the knownAt ones (which may leave the ledger busy). */
  static List<Query> queries(Targets t) {
    List<Query> q = new ArrayList<>();
    q.add(Query.api("structure", "/api/structure?asOf=" + AS_OF));
    q.add(Query.api("besluit", "/api/besluiten/" + t.besluit()));
    q.add(Query.api("gremium_history", "/api/gremia/" + t.gremium() + "/history"));
    q.add(Query.api("journal", "/api/journal"));
    q.add(Query.api("begroting", "/api/begrotingen/" + t.begroting() + "?asOf=" + AS_OF));
    q.add(Query.api("mandaat_lineage", "/api/mandaten/" + t.mandaat() + "/lineage?asOf=" + AS_OF));
    q.add(Query.page("page.start", "/"));
    q.add(Query.page("page.structuur", "/structuur?datum=" + AS_OF));
    q.add(Query.page("page.gremium", "/gremia/" + t.gremium() + "?datum=" + AS_OF));
    q.add(Query.page("page.besluiten", "/besluiten"));
    q.add(Query.page("page.besluit", "/besluiten/" + t.besluit()));
    q.add(Query.page("page.mandaten", "/mandaten"));
    q.add(Query.page("page.mandaat", "/mandaten/" + t.mandaat() + "?datum=" + AS_OF));
    q.add(Query.page("page.begroting", "/begrotingen/" + t.begroting() + "?datum=" + AS_OF));
    q.add(Query.page("page.journaal", "/journaal"));
    return q;
  }

  static List<Query> knownAtQueries(Targets t, Instant from) {
    return List.of(
        new Query(
            "knownAt.structure",
            false,
            i -> "/api/structure?asOf=" + AS_OF + "&knownAt=" + from.plusMillis(i)),
        new Query(
            "knownAt.begroting",
            false,
            i ->
                "/api/begrotingen/"
                    + t.begroting()
                    + "?asOf="
                    + AS_OF
                    + "&knownAt="
                    + from.plusMillis(i)));
  }

  /** Every query at this size, printed as {@code FIGURE queries.<size>.<name>}. */
  Measured measure(LedgerProcess ledger, Targets targets, String size, long events) {
    Map<String, OpenLoop.Result> results = new LinkedHashMap<>();
    warm(ledger, queries(targets));
    for (Query query : queries(targets)) {
      results.put(query.name(), one(ledger, query, size, events, warmup, workers));
    }
    // knownAt replays the store per moment: no warm-up, and two in flight at most, so the
    // requests it gives up on do not keep the ledger busy for long after
    for (Query query : knownAtQueries(targets, Instant.now())) {
      results.put(query.name(), one(ledger, query, size, events, Duration.ZERO, 2));
    }
    return new Measured(size, events, results);
  }

  /**
   * Every query a few times one after another before any is measured: after a start the code is not
   * yet compiled, and the query measured first would otherwise pay for all of them.
   */
  private static void warm(LedgerProcess ledger, List<Query> queries) {
    Api api = new Api(ledger.base(), READER);
    PageSession session = new PageSession(ledger.base());
    session.signIn(READER);
    for (int round = 0; round < WARM_ROUNDS; round++) {
      for (Query query : queries) {
        String path = query.path().apply(0L);
        if (query.page()) {
          session.get(path);
        } else {
          api.get(path);
        }
      }
    }
  }

  private static final int WARM_ROUNDS = 10;

  private OpenLoop.Result one(
      LedgerProcess ledger, Query query, String size, long events, Duration warm, int inFlight) {
    AtomicLong sent = new AtomicLong();
    OpenLoop.Result result =
        OpenLoop.run(
            rate,
            warm,
            measured,
            inFlight,
            grace,
            () -> {
              if (query.page()) {
                PageSession session = new PageSession(ledger.base());
                session.signIn(READER);
                return () -> session.get(query.path().apply(sent.getAndIncrement())).statusCode();
              }
              Api api = new Api(ledger.base(), READER);
              return () -> api.get(query.path().apply(sent.getAndIncrement())).status();
            });
    String shown = query.path().apply(0L).replaceAll("knownAt=[^&]*", "knownAt=…");
    report.figure(
        "queries." + size + "." + query.name(),
        result.latencies().count() == 0 ? Double.NaN : result.latencies().percentileMillis(99),
        "ms",
        result.latencies(),
        "GET "
            + shown
            + " offered="
            + Report.number(result.rate())
            + "/s "
            + result.details()
            + " store="
            + events
            + " events");
    if (result.failed() > 0) {
      report.failure(
          "queries." + size + "." + query.name() + ": " + result.failed() + " answers not 2xx");
    }
    return result;
  }

  /**
   * The ratios: each query's p99 on the largest size measured against its limit (20 ms; 50 ms for
   * knownAt), and, with two sizes, the small size's p99 over the grown size's (target 1/1.5).
   */
  static void ratios(Report report, Measured small, Measured grown) {
    Measured target = grown != null ? grown : small;
    for (Map.Entry<String, OpenLoop.Result> e : target.results().entrySet()) {
      String name = e.getKey();
      double limit = name.startsWith("knownAt.") ? 50 : 20;
      double p99 = p99(e.getValue());
      report.ratio(
          "queries." + name + ".p99",
          limit / p99,
          1.0,
          Report.number(limit)
              + " ms over the p99 of "
              + Report.number(p99)
              + " ms at "
              + target.events()
              + " events");
      if (grown != null && small.results().containsKey(name)) {
        double before = p99(small.results().get(name));
        report.ratio(
            "queries." + name + ".growth",
            before / p99,
            1 / 1.5,
            "p99 at "
                + small.events()
                + " events ("
                + Report.number(before)
                + " ms) over p99 at "
                + grown.events()
                + " events");
      }
    }
  }

  private static double p99(OpenLoop.Result r) {
    return r.latencies().count() == 0 ? Double.NaN : r.latencies().percentileMillis(99);
  }

  private JsonNode read(Api api, String path) {
    Api.Answer answer = api.get(path);
    if (!answer.ok()) {
      throw new IllegalStateException(answer.refusal("GET " + path));
    }
    return json.readTree(answer.body());
  }

  /** The answer's list of items with that field: the answer itself, or one of its fields. */
  private static JsonNode array(JsonNode node, String field) {
    if (node.isArray()) {
      return node;
    }
    for (JsonNode child : node) {
      if (child.isArray() && !child.isEmpty() && child.get(0).has(field)) {
        return child;
      }
    }
    throw new IllegalStateException(
        "no list with " + field + " in " + Gremia.abbreviated(node.toString()));
  }

  private static List<String> ids(JsonNode answer, String field) {
    List<String> ids = new ArrayList<>();
    for (JsonNode item : array(answer, field)) {
      if (item.hasNonNull(field)) {
        ids.add(item.get(field).asString());
      }
    }
    return ids;
  }

  /** Of the ids, the one whose answer at {@code pattern} is longest (the richest dossier). */
  private static String richest(Api api, List<String> ids, String pattern) {
    String best = null;
    int longest = -1;
    for (String id : ids) {
      Api.Answer answer = api.get(String.format(pattern, id));
      if (answer.ok() && answer.body().length() > longest) {
        longest = answer.body().length();
        best = id;
      }
    }
    if (best == null) {
      throw new IllegalStateException("none of " + ids.size() + " answers at " + pattern);
    }
    return best;
  }
}
