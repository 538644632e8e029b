package nl.ipo.ledger.infra.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ipo.ledger.infra.fuzz.ApiSurface.Operation;
import nl.ipo.ledger.infra.fuzz.ApiSurface.Param;
import nl.ipo.ledger.infra.fuzz.World.Kind;
import nl.ipo.ledger.kernel.begroting.CostLine;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * After the fuzz: every read endpoint still answers, and what the read models answer equals what a
 * fresh rebuild from the event store answers. A projection that wedged, skipped or double-counted
 * an event shows as a difference; one that parked an event shows in the parked count.
 */
final class ReadModelCheck {

  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

  /** How many ids of each kind the snapshot asks about (the first and the last ones). */
  private static final int SAMPLE = 6;

  private final ApiSurface surface;
  private final World world;
  private final RawHttp http;
  private final JsonMapper json;
  private final Oracle oracle;

  ReadModelCheck(ApiSurface surface, World world, RawHttp http, JsonMapper json, Oracle oracle) {
    this.surface = surface;
    this.world = world;
    this.http = http;
    this.json = json;
    this.oracle = oracle;
  }

  /** Runs the check; answers how many read answers were compared. */
  int run() {
    awaitQuiet();
    JsonNode parked = get(Roles.ADMIN, "/api/admin/dead-letters");
    if (parked.path("total").asLong(-1) != 0) {
      oracle.fail("no event parked", parked.toString());
    }
    JsonNode audit = get(Roles.READER, "/api/audit/verify");
    if (!audit.path("intact").asBoolean(false)) {
      oracle.fail("the hash chain is intact", audit.toString());
    }
    List<String> targets = targets();
    Map<String, RawHttp.Response> before = snapshot(targets);
    RawHttp.Response rebuild =
        http.send(FuzzRequest.plain("POST", "/api/admin/rebuild", Roles.ADMIN, null, null));
    if (rebuild.status() != 202) {
      oracle.fail("the rebuild starts", rebuild.status() + " " + rebuild.text());
    }
    awaitQuiet();
    Map<String, RawHttp.Response> after = snapshot(targets);
    for (String target : targets) {
      RawHttp.Response was = before.get(target);
      RawHttp.Response is = after.get(target);
      if (was.status() != is.status() || !same(was, is)) {
        oracle.fail(
            "a read model equals its rebuild: " + target,
            was.status() + " → " + is.status() + ", first difference " + difference(was, is));
      }
    }
    return targets.size() * 2;
  }

  /** Where two answers first differ (a JSON pointer and both values), for the report. */
  private String difference(RawHttp.Response a, RawHttp.Response b) {
    String type = a.contentType();
    if (type != null && type.contains("json") && b.contentType() != null) {
      return difference("", json.readTree(a.text()), json.readTree(b.text()));
    }
    String x = a.text();
    String y = b.text();
    int at = 0;
    while (at < Math.min(x.length(), y.length()) && x.charAt(at) == y.charAt(at)) {
      at++;
    }
    return "at character "
        + at
        + ": "
        + abbreviate(x.substring(Math.max(0, at - 40)))
        + " / "
        + abbreviate(y.substring(Math.max(0, at - 40)));
  }

  private static String difference(String pointer, JsonNode a, JsonNode b) {
    if (a.isObject() && b.isObject()) {
      for (String name : a.propertyNames()) {
        if (!a.get(name).equals(b.get(name))) {
          return b.has(name)
              ? difference(pointer + "/" + name, a.get(name), b.get(name))
              : pointer + "/" + name + " missing after";
        }
      }
      return pointer + " has more after: " + b.propertyNames();
    }
    if (a.isArray() && b.isArray()) {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        if (!a.get(i).equals(b.get(i))) {
          return difference(pointer + "/" + i, a.get(i), b.get(i));
        }
      }
      return pointer + " has " + a.size() + " elements before, " + b.size() + " after";
    }
    return pointer
        + ": "
        + abbreviate(a.toString())
        + " before, "
        + abbreviate(b.toString())
        + " after";
  }

  private boolean same(RawHttp.Response a, RawHttp.Response b) {
    String type = a.contentType();
    if (type != null && type.contains("json")) {
      return json.readTree(a.text()).equals(json.readTree(b.text()));
    }
    return a.text().equals(b.text());
  }

  /** Every read operation, with every required parameter and a sample of the ids it takes. */
  private List<String> targets() {
    List<String> targets = new ArrayList<>();
    for (Operation op : surface.reads()) {
      if (op.path().startsWith("/api/admin") || op.path().startsWith("/api/audit")) {
        // not read models: they are checked above (parked events, the hash chain)
        continue;
      }
      for (String path : paths(op)) {
        for (String query : queries(op)) {
          targets.add(path + query);
        }
      }
    }
    return targets;
  }

  private List<String> paths(Operation op) {
    List<String> paths = new ArrayList<>();
    paths.add(op.path());
    Matcher m = PATH_VARIABLE.matcher(op.path());
    while (m.find()) {
      String variable = m.group(1);
      Kind kind = ValidRequests.kindOf(op.path(), variable);
      List<String> values =
          kind != null
              ? sample(kind)
              : switch (variable) {
                case "code" -> List.of("1.1", "1.2");
                case "line" -> List.of(CostLine.PROGRAMMALASTEN.name());
                default -> List.of("x");
              };
      List<String> expanded = new ArrayList<>();
      for (String path : paths) {
        for (String value : values) {
          expanded.add(path.replace("{" + variable + "}", Draft.encodePathSegment(value)));
        }
      }
      paths = expanded;
    }
    return paths;
  }

  private List<String> queries(Operation op) {
    List<Map<String, String>> combinations = new ArrayList<>();
    combinations.add(new LinkedHashMap<>());
    for (Param p : op.in("query")) {
      List<String> values =
          switch (p.name()) {
            case "besluitType" -> ValidRequests.names(BesluitType.values());
            case "gremiumId", "bodyId" -> p.required() ? sample(Kind.GREMIUM) : List.of();
            case "was", "wordt" -> sample(Kind.BEGROTING).stream().limit(2).toList();
            case "asOf", "date" -> List.of("2019-06-01", "2023-10-01");
            case "from" -> List.of("2023-06-30");
            case "to" -> List.of("2023-10-01");
            case "q" -> List.of("BAC");
            case "format" -> List.of("csv");
            default -> List.of();
          };
      List<Map<String, String>> expanded = new ArrayList<>();
      for (Map<String, String> c : combinations) {
        if (!p.required() || values.isEmpty()) {
          expanded.add(c);
        }
        for (String v : values) {
          Map<String, String> with = new LinkedHashMap<>(c);
          with.put(p.name(), v);
          expanded.add(with);
        }
      }
      combinations = expanded;
    }
    return combinations.stream()
        .map(
            c -> {
              StringBuilder q = new StringBuilder();
              c.forEach(
                  (k, v) ->
                      q.append(q.isEmpty() ? "?" : "&")
                          .append(k)
                          .append('=')
                          .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
              return q.toString();
            })
        .distinct()
        .toList();
  }

  private List<String> sample(Kind kind) {
    List<String> all = new ArrayList<>(world.ids(kind));
    if (all.size() <= SAMPLE) {
      return all;
    }
    List<String> sample = new ArrayList<>(all.subList(0, SAMPLE / 2));
    sample.addAll(all.subList(all.size() - SAMPLE / 2, all.size()));
    return sample;
  }

  /**
   * Every target answered; one without a query must be 200, since the ids it names exist; others
   * may answer 404 (a budget line, or a mandate not there on that day).
   */
  private Map<String, RawHttp.Response> snapshot(List<String> targets) {
    Map<String, RawHttp.Response> answers = new LinkedHashMap<>();
    for (String target : targets) {
      RawHttp.Response response =
          http.send(FuzzRequest.plain("GET", target, Roles.READER, null, null));
      answers.put(target, response);
      boolean mustExist = !target.contains("?") && !target.contains("/lines/");
      if (response.status() != 200 && (mustExist || response.status() != 404)) {
        oracle.fail(
            "a read endpoint answers: " + target,
            response.status() + " " + abbreviate(response.text()));
      }
    }
    return answers;
  }

  /**
   * Waits until every projection has reached the head of the store and the head has stood still for
   * a few seconds (deadlines and the effects process may still add events).
   */
  void awaitQuiet() {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    long lastHead = Long.MIN_VALUE;
    int stable = 0;
    while (System.nanoTime() < deadline) {
      JsonNode status = get(Roles.ADMIN, "/api/admin/rebuild");
      long head =
          status.path("projections").isEmpty()
              ? -1
              : status.path("projections").get(0).path("head").asLong();
      if (status.path("done").asBoolean(false) && head == lastHead) {
        if (++stable >= 3) {
          return;
        }
      } else {
        stable = 0;
      }
      lastHead = head;
      sleep(1000);
    }
    oracle.fail("the projections catch up", get(Roles.ADMIN, "/api/admin/rebuild").toString());
  }

  private JsonNode get(String user, String target) {
    return json.readTree(http.send(FuzzRequest.plain("GET", target, user, null, null)).text());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
