package nl.ipo.ledger.infra.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import nl.ipo.ledger.infra.fuzz.ApiSurface.Operation;
import nl.ipo.ledger.infra.fuzz.ApiSurface.Param;
import nl.ipo.ledger.infra.fuzz.World.Kind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The seeded source of hostile requests: it picks an operation of the {@link ApiSurface} and an
 * {@link Attack} that applies to it, starts from a {@link ValidRequests valid} request and spoils
 * it in that one way. The same seed against the same ledger gives the same sequence of requests.
 */
final class RequestGenerator {

  /** Stands for a hostile value while the body is a tree; replaced by raw JSON text on the wire. */
  private static final String HOLE = "@@fuzz-hole@@";

  private static final List<String> CODED_FIELDS =
      List.of(
          "type",
          "province",
          "role",
          "besluitType",
          "outcome",
          "nota",
          "line",
          "votingRule",
          "choice",
          "kind",
          "deciders",
          "advisers",
          "besluitTypes",
          "format",
          "dialect");

  private final ApiSurface surface;
  private final ValidRequests valid;
  private final World world;
  private final JsonMapper json;
  private final Random random;
  private final Deque<FuzzRequest> sentValid = new ArrayDeque<>();
  private static final String REBUILD = "POST /api/admin/rebuild";

  private int wrongPasswords;
  private int rebuilds;

  RequestGenerator(
      ApiSurface surface, ValidRequests valid, World world, JsonMapper json, long seed) {
    this.surface = surface;
    this.valid = valid;
    this.world = world;
    this.json = json;
    this.random = new Random(seed);
  }

  FuzzRequest next(int index) {
    List<Operation> operations = surface.operations();
    Operation operation = operations.get(random.nextInt(operations.size()));
    Attack attack = attackFor(operation);
    Draft draft = valid.draft(operation, random);
    if (attack == Attack.REPLAY && !sentValid.isEmpty()) {
      List<FuzzRequest> earlier = new ArrayList<>(sentValid);
      FuzzRequest again = earlier.get(random.nextInt(earlier.size()));
      return new FuzzRequest(
          again.operation(),
          Attack.REPLAY,
          "replay",
          again.method(),
          again.target(),
          again.headers(),
          again.body(),
          again.user(),
          again.mayNotAct());
    }
    if (attack == Attack.REPLAY) {
      attack = Attack.VALID;
    }
    if (operation.key().equals(REBUILD) && attack != Attack.NO_CREDENTIALS) {
      // a rebuild replays the whole store and slows all else for seconds: one per 250 requests
      if (rebuilds >= 1 + index / 250) {
        attack = Attack.WRONG_ROLE;
      } else if (attack != Attack.WRONG_ROLE) {
        rebuilds++;
      }
    }
    String detail = spoil(attack, draft, index);
    FuzzRequest request = draft.toRequest(attack, detail, json);
    if (draft.body != null && draft.rawBody == null && detail.startsWith("hole:")) {
      request = withHole(request, detail.substring("hole:".length()));
    }
    if (attack == Attack.VALID) {
      if (!operation.key().equals(REBUILD)) {
        sentValid.addLast(request);
      }
      if (sentValid.size() > 50) {
        sentValid.removeFirst();
      }
    }
    return request;
  }

  private Attack attackFor(Operation operation) {
    boolean jsonBody = "application/json".equals(operation.bodyType());
    List<Attack> applicable = new ArrayList<>();
    int total = 0;
    for (Attack a : Attack.values()) {
      if (a.needsJsonBody && !jsonBody) {
        continue;
      }
      if (a == Attack.WRONG_ROLE && Roles.USERS.stream().allMatch(u -> Roles.may(u, operation))) {
        continue;
      }
      applicable.add(a);
      total += a.weight;
    }
    int roll = random.nextInt(total);
    for (Attack a : applicable) {
      roll -= a.weight;
      if (roll < 0) {
        return a;
      }
    }
    throw new IllegalStateException();
  }

  /** Spoils the draft in the attack's way; answers what it did ("hole:" + raw JSON text). */
  private String spoil(Attack attack, Draft draft, int index) {
    return switch (attack) {
      case VALID, REPLAY -> "valid";
      case MUTATE_FIELD -> hole(draft, anyLocation(draft), HostileValues.anything(random));
      case WRONG_TYPE ->
          hole(draft, anyLocation(draft), HostileValues.any(HostileValues.WRONG_TYPES, random));
      case HUGE_NUMBER ->
          hole(
              draft,
              location(draft, JsonNode::isNumber),
              HostileValues.any(HostileValues.HUGE_NUMBERS, random));
      case HUGE_STRING ->
          hole(draft, location(draft, JsonNode::isString), HostileValues.hugeString(random));
      case UNKNOWN_ENUM ->
          hole(draft, codedLocation(draft), HostileValues.any(HostileValues.ENUMS, random));
      case IMPOSSIBLE_DATE ->
          hole(
              draft,
              location(draft, n -> n.isString() && n.asString().matches("\\d{4}-\\d{2}-\\d{2}.*")),
              HostileValues.any(HostileValues.DATES, random));
      case DEEP_NESTING -> {
        if (random.nextBoolean()) {
          draft.rawBody = HostileValues.deepNesting(random).getBytes(StandardCharsets.UTF_8);
          yield "whole body nested";
        }
        yield hole(draft, anyLocation(draft), HostileValues.deepNesting(random));
      }
      case NULL_IN_LIST -> nullInList(draft);
      case DROP_FIELD -> drop(draft);
      case EXTRA_FIELD -> {
        ObjectNode target = randomObject(draft.body);
        target.put("unknownField" + random.nextInt(3), HOLE);
        yield "hole:" + HostileValues.anything(random) + " at a new field";
      }
      case MALFORMED_JSON -> {
        String body = draft.body == null ? "{}" : json.writeValueAsString(draft.body);
        String broken =
            random.nextBoolean()
                ? body.substring(0, random.nextInt(Math.max(1, body.length())))
                : HostileValues.any(HostileValues.MALFORMED, random);
        draft.rawBody = broken.getBytes(StandardCharsets.UTF_8);
        yield "malformed";
      }
      case INVALID_UTF8 -> {
        byte[] body = json.writeValueAsBytes(draft.body);
        byte[][] bad = {
          {(byte) 0xC3, 0x28},
          {(byte) 0xFF},
          {(byte) 0xC0, (byte) 0xAF},
          {(byte) 0xED, (byte) 0xA0, (byte) 0x80}
        };
        byte[] insert = bad[random.nextInt(bad.length)];
        int at = Math.max(1, body.length / 2);
        byte[] spoilt = new byte[body.length + insert.length];
        System.arraycopy(body, 0, spoilt, 0, at);
        System.arraycopy(insert, 0, spoilt, at, insert.length);
        System.arraycopy(body, at, spoilt, at + insert.length, body.length - at);
        draft.rawBody = spoilt;
        yield "invalid UTF-8";
      }
      case FOREIGN_ID -> foreignId(draft);
      case RANDOM_ID -> randomId(draft);
      case PATH_TRICK -> pathTrick(draft);
      case QUERY_TRICK -> queryTrick(draft);
      case ODD_CONTENT_TYPE -> {
        String[] types = {
          null,
          "*/*",
          "application/*",
          "text/plain",
          "text/plain; charset=UTF-8",
          "application/xml",
          "application/x-www-form-urlencoded",
          "multipart/form-data",
          "multipart/form-data; boundary=x",
          "application/json; charset=ISO-8859-1",
          "application/json; charset=bogus",
          "application/json;;",
          "json",
          "",
          "*",
          "application/problem+json",
          "application/merge-patch+json",
          "text/csv",
          "application/json, text/plain",
          "application/vnd.fuzz+json",
          "application/json; q=x",
          "text/*",
          "/"
        };
        draft.contentType = ValidRequests.pick(types, random);
        if (draft.contentType == null) {
          draft.headers.put("Content-Type", null);
        }
        yield "Content-Type " + draft.contentType;
      }
      case ODD_HEADERS -> oddHeaders(draft);
      case WRONG_ROLE -> {
        List<String> barred =
            Roles.USERS.stream().filter(u -> !Roles.may(u, draft.operation)).toList();
        draft.user = barred.get(random.nextInt(barred.size()));
        draft.password = draft.user;
        yield "as " + draft.user;
      }
      case NO_CREDENTIALS -> noCredentials(draft, index);
      case WRONG_METHOD -> {
        String[] methods = {
          "PUT",
          "DELETE",
          "PATCH",
          "HEAD",
          "OPTIONS",
          "TRACE",
          "GET",
          "POST",
          "FOO",
          "get",
          "PROPFIND"
        };
        draft.method = ValidRequests.pick(methods, random);
        yield "method " + draft.method;
      }
    };
  }

  // ---- locations in the JSON body ----

  /** A place in the tree: the parent container and the field name or index. */
  private record Location(JsonNode parent, String field, int index) {
    JsonNode current() {
      return field != null ? parent.get(field) : parent.get(index);
    }
  }

  private List<Location> locations(JsonNode node) {
    List<Location> all = new ArrayList<>();
    collect(node, all);
    return all;
  }

  private void collect(JsonNode node, List<Location> all) {
    if (node instanceof ObjectNode object) {
      for (String name : List.copyOf(object.propertyNames())) {
        all.add(new Location(object, name, -1));
        collect(object.get(name), all);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        all.add(new Location(array, null, i));
        collect(array.get(i), all);
      }
    }
  }

  private Location anyLocation(Draft draft) {
    return location(draft, n -> true);
  }

  private Location location(Draft draft, java.util.function.Predicate<JsonNode> wanted) {
    List<Location> all = locations(draft.body);
    List<Location> matching = all.stream().filter(l -> wanted.test(l.current())).toList();
    List<Location> from = matching.isEmpty() ? all : matching;
    return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
  }

  private Location codedLocation(Draft draft) {
    List<Location> all = locations(draft.body);
    List<Location> coded =
        all.stream().filter(l -> l.field() != null && CODED_FIELDS.contains(l.field())).toList();
    return coded.isEmpty()
        ? location(draft, JsonNode::isString)
        : coded.get(random.nextInt(coded.size()));
  }

  private String hole(Draft draft, Location at, String raw) {
    if (at == null) {
      // an empty body: the value becomes the whole body
      draft.rawBody = raw.getBytes(StandardCharsets.UTF_8);
      return "whole body " + abbreviate(raw);
    }
    if (at.field() != null) {
      ((ObjectNode) at.parent()).put(at.field(), HOLE);
    } else {
      ((ArrayNode) at.parent()).set(at.index(), json.getNodeFactory().stringNode(HOLE));
    }
    return "hole:" + raw + " at " + (at.field() != null ? at.field() : "[" + at.index() + "]");
  }

  private FuzzRequest withHole(FuzzRequest request, String detail) {
    int at = detail.lastIndexOf(" at ");
    String raw = detail.substring(0, at);
    String body = request.bodyText().replace("\"" + HOLE + "\"", raw);
    return new FuzzRequest(
        request.operation(),
        request.attack(),
        abbreviate(raw) + detail.substring(at),
        request.method(),
        request.target(),
        request.headers(),
        body.getBytes(StandardCharsets.UTF_8),
        request.user(),
        request.mayNotAct());
  }

  private String nullInList(Draft draft) {
    List<Location> arrays =
        locations(draft.body).stream().filter(l -> l.current() instanceof ArrayNode).toList();
    if (arrays.isEmpty()) {
      return hole(draft, anyLocation(draft), random.nextBoolean() ? "[null]" : "[null,null]");
    }
    Location at = arrays.get(random.nextInt(arrays.size()));
    ArrayNode array = (ArrayNode) at.current();
    array.insertNull(random.nextInt(array.size() + 1));
    return "null in " + (at.field() != null ? at.field() : "list");
  }

  private String drop(Draft draft) {
    List<Location> fields = locations(draft.body).stream().filter(l -> l.field() != null).toList();
    if (fields.isEmpty()) {
      return "nothing to drop";
    }
    Location at = fields.get(random.nextInt(fields.size()));
    ((ObjectNode) at.parent()).remove(at.field());
    return "without " + at.field();
  }

  private ObjectNode randomObject(JsonNode body) {
    List<ObjectNode> objects = new ArrayList<>();
    if (body instanceof ObjectNode root) {
      objects.add(root);
    }
    locations(body).stream()
        .map(Location::current)
        .filter(n -> n instanceof ObjectNode)
        .forEach(n -> objects.add((ObjectNode) n));
    return objects.get(random.nextInt(objects.size()));
  }

  // ---- ids, paths, queries, headers ----

  private String foreignId(Draft draft) {
    List<Param> ids =
        draft.operation.in("path").stream()
            .filter(p -> ValidRequests.kindOf(draft.operation.path(), p.name()) != null)
            .toList();
    if (!ids.isEmpty() && (draft.body == null || random.nextBoolean())) {
      Param p = ids.get(random.nextInt(ids.size()));
      Kind kind = ValidRequests.kindOf(draft.operation.path(), p.name());
      draft.pathValues.put(p.name(), world.foreign(kind, random));
      return "foreign " + p.name();
    }
    List<Location> idFields =
        draft.body == null
            ? List.of()
            : locations(draft.body).stream()
                .filter(l -> l.field() != null && l.field().toLowerCase(Locale.ROOT).endsWith("id"))
                .toList();
    if (idFields.isEmpty()) {
      return queryTrick(draft);
    }
    Location at = idFields.get(random.nextInt(idFields.size()));
    ((ObjectNode) at.parent()).put(at.field(), world.foreign(null, random));
    return "foreign " + at.field();
  }

  private String randomId(Draft draft) {
    List<Param> path = draft.operation.in("path");
    if (path.isEmpty()) {
      return foreignId(draft);
    }
    Param p = path.get(random.nextInt(path.size()));
    String value =
        random.nextBoolean()
            ? UUID.nameUUIDFromBytes(("fuzz" + random.nextLong()).getBytes(StandardCharsets.UTF_8))
                .toString()
            : HostileValues.any(HostileValues.IDS, random).replace("\"", "");
    draft.pathValues.put(p.name(), value);
    return "random " + p.name() + "=" + abbreviate(value);
  }

  private String pathTrick(Draft draft) {
    String path = draft.path();
    int cut = path.lastIndexOf('/');
    String[] tricks = {
      path + "%2F",
      path.substring(0, cut) + "%2F" + path.substring(cut + 1),
      path + "%00",
      path + "/%00/x",
      path + "/..",
      path + "/../../admin/rebuild",
      path.replace("/api/", "/api/./"),
      path.replace("/api/", "/api//"),
      path.replace("/api/", "/api/%2e%2e/api/"),
      path + "%ZZ",
      path + "%",
      path + ";jsessionid=fuzz",
      path + ";a=b/",
      path + "/",
      path.toUpperCase(Locale.ROOT),
      path + ".json",
      path + "%5C",
      path + "%C0%AF",
      path + "%u0041",
      path + "/" + "a".repeat(10_000),
      path.replace("/api/", "/api/%67"),
      path + "?#fragment",
      path + "#x",
      "*",
      "/",
      "//api/structure",
      path.replace("/", "\\")
    };
    draft.rawPath = ValidRequests.pick(tricks, random);
    return "path " + abbreviate(draft.rawPath);
  }

  private String queryTrick(Draft draft) {
    List<Param> query = draft.operation.in("query");
    String name =
        query.isEmpty() || random.nextInt(5) == 0
            ? "unknown"
            : query.get(random.nextInt(query.size())).name();
    switch (random.nextInt(6)) {
      case 0, 1 -> {
        String value = HostileValues.anything(random);
        if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
          value = value.substring(1, value.length() - 1);
        }
        draft.query.put(name, value.replace("\\u0000", "\u0000").replace("\\u202E", "\u202E"));
        return "query " + name + "=" + abbreviate(value);
      }
      case 2 -> {
        String[] raw = {"%", "%ZZ", "%00", "%C0%AF", "%2", "a%", "%F0%9F", "+%2B+"};
        draft.rawQuery = name + "=" + ValidRequests.pick(raw, random);
      }
      case 3 -> draft.rawQuery = name + "=a&" + name + "=b&" + name + "=";
      case 4 -> draft.rawQuery = name;
      default -> {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 300; i++) {
          many.append(i == 0 ? "" : "&").append("p").append(i).append("=").append(i);
        }
        draft.rawQuery = many.toString();
      }
    }
    return "query " + abbreviate(draft.rawQuery);
  }

  private String oddHeaders(Draft draft) {
    switch (random.nextInt(9)) {
      case 0 -> draft.headers.put("X-Fuzz", "a".repeat(9_000 + random.nextInt(20_000)));
      case 1 ->
          draft.headers.put(
              "Accept",
              ValidRequests.pick(
                  new String[] {
                    "text/html",
                    "application/xml",
                    "image/png",
                    "text/csv",
                    "*/*;q=0",
                    "application/json;q=0",
                    "garbage",
                    ""
                  },
                  random));
      case 2 ->
          draft.headers.put(
              "Accept-Language",
              ValidRequests.pick(
                  new String[] {
                    "nl;q=abc", "x".repeat(5000), "*", "nl-NL,nl;q=0.9,en;q=0.8", "\u00e9\u00e9"
                  },
                  random));
      case 3 -> {
        for (int i = 0; i < 150; i++) {
          draft.headers.put("X-Fuzz-" + i, String.valueOf(i));
        }
      }
      case 4 -> draft.headers.put("Origin", "https://evil.example");
      case 5 -> draft.headers.put("X-HTTP-Method-Override", "DELETE");
      case 6 -> draft.headers.put("Cookie", "JSESSIONID=" + "c".repeat(4000));
      case 7 -> draft.headers.put("X-Forwarded-Proto", "https");
      default -> draft.headers.put("Range", "bytes=0-1,2-3");
    }
    return "headers " + abbreviate(draft.headers.keySet().toString());
  }

  /**
   * No credentials, or spoilt ones. Wrong passwords are rationed (one per 1,000 requests, each time
   * for another user) so the throttle of failed sign-ins (5 a minute per user, 20 per address)
   * never locks the fuzz out.
   */
  private String noCredentials(Draft draft, int index) {
    if (random.nextBoolean() || wrongPasswords >= 1 + index / 1000) {
      if (random.nextBoolean()) {
        draft.user = null;
        return "no credentials";
      }
      draft.headers.put(
          "Authorization",
          ValidRequests.pick(
              new String[] {"Bearer x", "Basic", "Basic !!!", "Digest a=b", ""}, random));
      return "malformed credentials";
    }
    draft.user = Roles.USERS.get(wrongPasswords % Roles.USERS.size());
    wrongPasswords++;
    draft.password = random.nextBoolean() ? "wrong" : "x".repeat(5000);
    return "wrong password";
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…(" + text.length() + ")";
  }
}
