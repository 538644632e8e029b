package nl.ipo.ledger.infra.fuzz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What exists in the ledger, as its own answers tell: the ids of every kind of thing, found in the
 * journal and the structure at start, and grown with every id an accepted request answers. Valid
 * requests draw their ids from here, so they reach the domain's rules; hostile ones draw foreign
 * ids (an id of another kind) from here too.
 */
final class World {

  enum Kind {
    GREMIUM("gremium"),
    BESLUIT("besluit"),
    MANDAAT("mandaat"),
    BEGROTING("begroting"),
    VERGADERING("vergadering"),
    MEMBERSHIP(null),
    EVENT(null);

    /** The journal's aggregate type of this kind (the event's feature package), if any. */
    final String aggregateType;

    Kind(String aggregateType) {
      this.aggregateType = aggregateType;
    }
  }

  /** A recorded fact, for corrections and proofs. */
  record Fact(String eventIdentifier, String aggregateId, String aggregateType, String eventType) {}

  private final Map<Kind, Set<String>> ids = new EnumMap<>(Kind.class);
  private final Map<String, List<String>> memberships = new LinkedHashMap<>();
  private final List<Fact> facts = new ArrayList<>();
  private final Set<String> opgaveCodes = new LinkedHashSet<>();

  World() {
    for (Kind kind : Kind.values()) {
      ids.put(kind, new LinkedHashSet<>());
    }
  }

  /** Reads what the ledger holds: every journal entry, the structure on a few days, the budgets. */
  static World crawl(RawHttp http, JsonMapper json) {
    World world = new World();
    for (int page = 0; ; page++) {
      JsonNode body =
          json.readTree(
              http.send(
                      FuzzRequest.plain(
                          "GET", "/api/journal?size=1000&page=" + page, Roles.READER, null, null))
                  .text());
      JsonNode entries = body.get("entries");
      if (entries == null || entries.isEmpty()) {
        break;
      }
      entries.forEach(world::addJournalEntry);
    }
    for (String day :
        List.of("2018-06-01", "2021-01-01", "2023-06-30", "2023-10-01", "2026-01-01")) {
      world.addStructure(
          json.readTree(
              http.send(
                      FuzzRequest.plain(
                          "GET", "/api/structure?asOf=" + day, Roles.READER, null, null))
                  .text()));
    }
    for (String begroting : world.ids(Kind.BEGROTING)) {
      JsonNode view =
          json.readTree(
              http.send(
                      FuzzRequest.plain(
                          "GET", "/api/begrotingen/" + begroting, Roles.READER, null, null))
                  .text());
      view.findValues("code").forEach(c -> world.opgaveCodes.add(c.asString()));
    }
    return world;
  }

  void addJournalEntry(JsonNode entry) {
    String type = entry.path("aggregateType").asString("");
    String aggregateId = entry.path("aggregateId").asString("");
    for (Kind kind : Kind.values()) {
      if (type.equals(kind.aggregateType)) {
        ids.get(kind).add(aggregateId);
      }
    }
    String eventId = entry.path("eventIdentifier").asString(null);
    if (eventId != null) {
      ids.get(Kind.EVENT).add(eventId);
      facts.add(new Fact(eventId, aggregateId, type, entry.path("eventType").asString("")));
    }
  }

  void addStructure(JsonNode structure) {
    for (JsonNode gremium : structure.path("gremia")) {
      String id = gremium.get("id").asString();
      ids.get(Kind.GREMIUM).add(id);
      for (JsonNode member : gremium.path("members")) {
        String membership = member.get("membershipId").asString();
        ids.get(Kind.MEMBERSHIP).add(membership);
        memberships.computeIfAbsent(id, k -> new ArrayList<>()).add(membership);
      }
    }
  }

  /** A fact an accepted request stored: its type names its feature (…kernel.gremium.…$…). */
  void addStoredEvent(String eventIdentifier, String aggregateId, String payloadType) {
    String pkg =
        payloadType.contains(".") ? payloadType.substring(0, payloadType.lastIndexOf('.')) : "";
    String type = pkg.substring(pkg.lastIndexOf('.') + 1);
    ids.get(Kind.EVENT).add(eventIdentifier);
    facts.add(
        new Fact(
            eventIdentifier,
            aggregateId,
            type,
            payloadType.substring(payloadType.lastIndexOf('$') + 1)));
  }

  /** The kind a creation answers the id of: POST /api/gremia a gremium, …/members a membership. */
  static Kind createdBy(String path) {
    String last = path.substring(path.lastIndexOf('/') + 1);
    return switch (last) {
      case "gremia" -> Kind.GREMIUM;
      case "besluiten" -> Kind.BESLUIT;
      case "mandaten" -> Kind.MANDAAT;
      case "vergaderingen" -> Kind.VERGADERING;
      case "import" -> Kind.BEGROTING;
      case "members" -> Kind.MEMBERSHIP;
      default -> null;
    };
  }

  void add(Kind kind, String id) {
    ids.get(kind).add(id);
  }

  Set<String> ids(Kind kind) {
    return ids.get(kind);
  }

  /** An id of this kind that exists, or a fresh random one when there is none yet. */
  String pick(Kind kind, Random random) {
    return pickFrom(new ArrayList<>(ids.get(kind)), random);
  }

  /** A membership of this gremium if it has one, else any membership. */
  String membershipOf(String gremium, Random random) {
    List<String> own = memberships.get(gremium);
    return own != null && !own.isEmpty() && random.nextInt(4) > 0
        ? pickFrom(own, random)
        : pick(Kind.MEMBERSHIP, random);
  }

  /** An id that exists, of a kind other than the one asked for. */
  String foreign(Kind kind, Random random) {
    List<String> others = new ArrayList<>();
    ids.forEach(
        (k, v) -> {
          if (k != kind && k != Kind.EVENT) {
            others.addAll(v);
          }
        });
    return pickFrom(others, random);
  }

  /** A recorded fact, of the given aggregate type if there is one (null: any). */
  Fact fact(Random random, String aggregateType) {
    List<Fact> of =
        aggregateType == null
            ? facts
            : facts.stream().filter(f -> f.aggregateType().equals(aggregateType)).toList();
    List<Fact> from = of.isEmpty() ? facts : of;
    return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
  }

  String opgaveCode(Random random) {
    return opgaveCodes.isEmpty() ? "1.1" : pickFrom(new ArrayList<>(opgaveCodes), random);
  }

  int size() {
    return ids.values().stream().mapToInt(Set::size).sum();
  }

  String summary() {
    StringBuilder text = new StringBuilder();
    ids.forEach(
        (k, v) -> text.append(k.name().toLowerCase()).append('=').append(v.size()).append(' '));
    return text.toString().trim();
  }

  private static String pickFrom(List<String> list, Random random) {
    return list.isEmpty()
        ? new UUID(random.nextLong(), random.nextLong()).toString()
        : list.get(random.nextInt(list.size()));
  }
}
