package nl.ipo.ledger.infra.fuzz;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.ipo.ledger.infra.admin.ProjectionRebuilds;
import nl.ipo.ledger.infra.fuzz.ApiSurface.Operation;
import nl.ipo.ledger.infra.fuzz.ApiSurface.Param;
import nl.ipo.ledger.infra.fuzz.World.Fact;
import nl.ipo.ledger.infra.fuzz.World.Kind;
import nl.ipo.ledger.kernel.begroting.CostLine;
import nl.ipo.ledger.kernel.begroting.Nota;
import nl.ipo.ledger.kernel.besluit.BesluitOutcome;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.besluit.VoteChoice;
import nl.ipo.ledger.kernel.common.Codes;
import nl.ipo.ledger.kernel.common.Province;
import nl.ipo.ledger.kernel.competentie.VotingRule;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.gremium.MemberRole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plausible, well-formed request for any discovered operation: the body follows the operation's
 * published schema, each field filled by what its name means in the domain (an existing gremium for
 * {@code gremiumId}, a province for {@code province}, an amount for {@code ceiling}), ids drawn
 * from the {@link World}. A field this class does not know gets a value of its schema's type, so a
 * new endpoint is exercised too. Whether the rules then accept it is the domain's business: a 422
 * is as good an answer as a 201, both come from deep inside.
 */
final class ValidRequests {

  /** Fields that a request may leave out; left out half of the time. */
  private static final Set<String> OPTIONAL =
      Set.of(
          "id",
          "parentId",
          "endDate",
          "agendaItem",
          "amendedEffects",
          "votes",
          "amount",
          "reason",
          "ceiling",
          "conditions",
          "parentMandaatId",
          "votingRule",
          "membershipId",
          "personName",
          "publicKey",
          "mandaatgever");

  private final World world;
  private final ApiSurface surface;
  private final JsonMapper json;
  private final Function<String, JsonNode> lookup;
  private int serial;

  /**
   * @param lookup answers a GET as a reader (for a correction's replacement, an exported
   *     checkpoint): the few valid requests that must quote what the ledger holds
   */
  ValidRequests(
      World world, ApiSurface surface, JsonMapper json, Function<String, JsonNode> lookup) {
    this.world = world;
    this.surface = surface;
    this.json = json;
    this.lookup = lookup;
  }

  Draft draft(Operation operation, Random random) {
    Draft draft = new Draft(operation, user(operation, random));
    for (Param p : operation.in("path")) {
      draft.pathValues.put(p.name(), pathValue(operation, p.name(), draft.pathValues, random));
    }
    for (Param p : operation.in("query")) {
      if (p.required() || random.nextBoolean()) {
        String value = queryValue(operation, p, random);
        if (value != null) {
          draft.query.put(p.name(), value);
        }
      }
    }
    if ("text/csv".equals(operation.bodyType())) {
      draft.contentType = "text/csv; charset=UTF-8";
      draft.rawBody = begrotingFile(random).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    } else if (operation.bodySchema() != null) {
      draft.body = value("", operation.bodySchema(), random, 0);
      overrides(operation, draft, random);
    }
    return draft;
  }

  private static String user(Operation operation, Random random) {
    List<String> allowed = Roles.USERS.stream().filter(u -> Roles.may(u, operation)).toList();
    return allowed.get(random.nextInt(allowed.size()));
  }

  /** The kind of thing a path names by the collection before it: /api/gremia/{id} is a gremium. */
  static Kind kindOf(String path, String variable) {
    String before = path.substring(0, path.indexOf("{" + variable + "}"));
    String[] segments = before.split("/");
    String collection = segments.length == 0 ? "" : segments[segments.length - 1];
    return switch (collection) {
      case "gremia" -> Kind.GREMIUM;
      case "besluiten" -> Kind.BESLUIT;
      case "mandaten" -> Kind.MANDAAT;
      case "begrotingen" -> Kind.BEGROTING;
      case "vergaderingen" -> Kind.VERGADERING;
      case "members" -> Kind.MEMBERSHIP;
      case "proof" -> Kind.EVENT;
      default -> null;
    };
  }

  private String pathValue(
      Operation operation, String name, Map<String, String> sofar, Random random) {
    Kind kind = kindOf(operation.path(), name);
    if (kind == Kind.MEMBERSHIP) {
      return world.membershipOf(sofar.get("id"), random);
    }
    if (kind != null) {
      return world.pick(kind, random);
    }
    return switch (name) {
      case "group" ->
          ProjectionRebuilds.PROJECTIONS.get(random.nextInt(ProjectionRebuilds.PROJECTIONS.size()));
      case "code" -> world.opgaveCode(random);
      case "line" -> pick(CostLine.values(), random).name();
      default -> text(random);
    };
  }

  private String queryValue(Operation operation, Param p, Random random) {
    return switch (p.name()) {
      case "gremiumId", "bodyId" -> world.pick(Kind.GREMIUM, random);
      case "was", "wordt" -> world.pick(Kind.BEGROTING, random);
      case "besluitId" -> world.pick(Kind.BESLUIT, random);
      case "aggregateId" -> world.pick(pick(Kind.values(), random), random);
      case "besluitType" -> label(BesluitType.class, random);
      case "format" -> random.nextBoolean() ? "json" : "csv";
      case "dialect" -> random.nextBoolean() ? "nl" : "rfc4180";
      case "page" -> String.valueOf(random.nextInt(3));
      case "size" -> String.valueOf(1 + random.nextInt(200));
      case "actor" -> pick(new String[] {"secretariaat", "journaal", "ledger"}, random);
      case "eventType" ->
          pick(new String[] {"GremiumEstablished", "VoorstelSubmitted", "MandaatGranted"}, random);
      case "checkpoint" -> String.valueOf(1 + random.nextInt(3));
      case "group" ->
          ProjectionRebuilds.PROJECTIONS.get(random.nextInt(ProjectionRebuilds.PROJECTIONS.size()));
      case "draftedOn" -> date(random).toString();
      default -> scalar(p.name(), p.type(), p.format(), random);
    };
  }

  /** A JSON value for a field, by its name first and its schema's type otherwise. */
  private JsonNode value(String field, JsonNode schemaRef, Random random, int depth) {
    JsonNode schema = surface.resolve(schemaRef);
    if (schema != null && schema.has("enum")) {
      JsonNode values = schema.get("enum");
      return values.get(random.nextInt(values.size()));
    }
    JsonNode known = byName(field, random);
    if (known != null) {
      return known;
    }
    if (schema == null || depth > 4) {
      return json.getNodeFactory().stringNode(text(random));
    }
    if (schema.has("properties") && isParty(schema)) {
      return party(random);
    }
    String type = schema.path("type").asString(schema.has("properties") ? "object" : "string");
    switch (type) {
      case "object" -> {
        ObjectNode object = json.createObjectNode();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
          if (OPTIONAL.contains(property.getKey()) && random.nextBoolean()) {
            continue;
          }
          object.set(
              property.getKey(), value(property.getKey(), property.getValue(), random, depth + 1));
        }
        return object;
      }
      case "array" -> {
        ArrayNode array = json.createArrayNode();
        int n = 1 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
          array.add(value(singular(field), schema.get("items"), random, depth + 1));
        }
        return array;
      }
      default -> {
        if (schema.has("enum")) {
          JsonNode values = schema.get("enum");
          return values.get(random.nextInt(values.size()));
        }
        String scalar = scalar(field, type, schema.path("format").asString(null), random);
        return switch (type) {
          case "number" -> json.getNodeFactory().numberNode(new BigDecimal(scalar));
          case "integer" -> json.getNodeFactory().numberNode(Long.parseLong(scalar));
          case "boolean" -> json.getNodeFactory().booleanNode(Boolean.parseBoolean(scalar));
          default -> json.getNodeFactory().stringNode(scalar);
        };
      }
    }
  }

  private static boolean isParty(JsonNode schema) {
    JsonNode properties = schema.get("properties");
    return properties.has("gremiumId") && properties.has("personName") && properties.size() == 2;
  }

  /** Values whose meaning the field's name gives. */
  private JsonNode byName(String field, Random random) {
    var f = json.getNodeFactory();
    return switch (field) {
      case "id", "membershipId" -> f.stringNode(uuid(random));
      case "gremiumId", "decidingGremiumId", "advisingGremiumId", "parentId" ->
          f.stringNode(world.pick(Kind.GREMIUM, random));
      case "merged" -> {
        ArrayNode merged = json.createArrayNode();
        merged.add(world.pick(Kind.GREMIUM, random));
        merged.add(world.pick(Kind.GREMIUM, random));
        yield merged;
      }
      case "vergaderingId" -> f.stringNode(world.pick(Kind.VERGADERING, random));
      case "besluitId" -> f.stringNode(world.pick(Kind.BESLUIT, random));
      case "mandaatId", "parentMandaatId" -> f.stringNode(world.pick(Kind.MANDAAT, random));
      case "type" -> f.stringNode(label(GremiumType.class, random));
      case "province" -> f.stringNode(label(Province.class, random));
      case "role" -> f.stringNode(label(MemberRole.class, random));
      case "besluitType" -> f.stringNode(label(BesluitType.class, random));
      case "outcome" -> f.stringNode(label(BesluitOutcome.class, random));
      case "nota" -> f.stringNode(label(Nota.class, random));
      case "line" -> f.stringNode(label(CostLine.class, random));
      case "votingRule" -> f.stringNode(label(VotingRule.class, random));
      case "choice" -> f.stringNode(label(VoteChoice.class, random));
      case "opgaveCode" -> f.stringNode(world.opgaveCode(random));
      case "deciders", "advisers" -> {
        ArrayNode types = json.createArrayNode();
        types.add(label(GremiumType.class, random));
        yield types;
      }
      case "effects", "amendedEffects" -> {
        ArrayNode effects = json.createArrayNode();
        for (int i = random.nextInt(3); i > 0; i--) {
          effects.add(effect(random));
        }
        yield effects;
      }
      case "ceiling", "amount", "realised" -> f.numberNode(amount(random, false));
      case "delta" -> f.numberNode(amount(random, true));
      default -> null;
    };
  }

  /** An effect of a kind the published language names ({@link Effect}'s subtypes). */
  private ObjectNode effect(Random random) {
    JsonSubTypes.Type[] kinds = Effect.class.getAnnotation(JsonSubTypes.class).value();
    JsonSubTypes.Type kind = kinds[random.nextInt(kinds.length)];
    ObjectNode effect = json.createObjectNode();
    effect.put("kind", kind.name());
    for (var component : kind.value().getRecordComponents()) {
      JsonNode v = byName(component.getName(), random);
      if (v == null) {
        v =
            json.getNodeFactory()
                .stringNode(
                    component.getType() == LocalDate.class
                        ? date(random).toString()
                        : "Fuzz " + component.getName() + " " + (++serial));
      }
      effect.set(component.getName(), v);
    }
    return effect;
  }

  private ObjectNode party(Random random) {
    ObjectNode party = json.createObjectNode();
    if (random.nextBoolean()) {
      party.put("gremiumId", world.pick(Kind.GREMIUM, random));
    } else {
      party.put("personName", "P. Fuzz " + (++serial));
    }
    return party;
  }

  private String scalar(String field, String type, String format, Random random) {
    if ("date".equals(format)) {
      return date(random).toString();
    }
    if ("date-time".equals(format)) {
      return date(random).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toString();
    }
    return switch (type) {
      case "number" -> amount(random, false).toPlainString();
      case "integer" -> String.valueOf(random.nextInt(100));
      case "boolean" -> String.valueOf(random.nextBoolean());
      default -> text(random) + (field.isEmpty() ? "" : " " + field);
    };
  }

  /** Requests whose fields must agree with each other or quote what the ledger holds. */
  private void overrides(Operation operation, Draft draft, Random random) {
    if (!(draft.body instanceof ObjectNode body)) {
      return;
    }
    switch (operation.path()) {
      case "/api/rectificaties/correct", "/api/rectificaties/retract" -> {
        Fact fact = world.fact(random, random.nextInt(4) > 0 ? "gremium" : null);
        if (fact == null) {
          return;
        }
        body.put("eventIdentifier", fact.eventIdentifier());
        body.put("aggregateId", fact.aggregateId());
        if (operation.path().endsWith("correct")) {
          JsonNode replacement = recordedEvent(fact);
          if (replacement instanceof ObjectNode event && event.has("name")) {
            event.put("name", event.get("name").asString() + " (gecorrigeerd)");
          }
          body.set("replacement", replacement == null ? json.createObjectNode() : replacement);
        }
      }
      case "/api/audit/checkpoints/verify" -> {
        JsonNode checkpoints = lookup.apply("/api/audit/checkpoints");
        if (checkpoints != null && checkpoints.isArray() && !checkpoints.isEmpty()) {
          JsonNode c = checkpoints.get(random.nextInt(checkpoints.size()));
          body.put("statement", c.get("statement").asString());
          body.put("signature", c.get("signature").asString());
          body.remove("publicKey");
        }
      }
      default -> {}
    }
  }

  /** The stored event of a gremium's fact (the aggregate whose history the API shows). */
  private JsonNode recordedEvent(Fact fact) {
    if (!fact.aggregateType().equals("gremium")) {
      return null;
    }
    JsonNode history = lookup.apply("/api/gremia/" + fact.aggregateId() + "/history");
    if (history == null) {
      return null;
    }
    for (JsonNode e : history.path("events")) {
      if (e.path("eventIdentifier").asString("").equals(fact.eventIdentifier())) {
        return e.get("event").deepCopy();
      }
    }
    return null;
  }

  private String begrotingFile(Random random) {
    int year = 2019 + random.nextInt(8);
    return """
        BEGROTING;%d;Fuzzbegroting %d;1000;fuzz
        PROGRAMMA;1;ROWW;1000;overzicht
        OPGAVE;1.1;Ruimte;BASIS;100;200;100;400;1.1
        OPGAVE;1.2;Water;KASSIER;300;200;100;600;1.2
        TOTAAL;1000;overzicht
        """
        .formatted(year, random.nextInt(1_000_000));
  }

  private static <E extends Enum<E> & Codes.Labelled> String label(Class<E> type, Random random) {
    E value = pick(type.getEnumConstants(), random);
    // the code and the Dutch label are both accepted (Codes.parse)
    return random.nextBoolean() ? value.name() : value.label();
  }

  static <T> T pick(T[] values, Random random) {
    return values[random.nextInt(values.length)];
  }

  static String uuid(Random random) {
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }

  static LocalDate date(Random random) {
    return LocalDate.of(2015, 1, 1).plusDays(random.nextInt(12 * 365));
  }

  private static BigDecimal amount(Random random, boolean signed) {
    BigDecimal value = BigDecimal.valueOf(random.nextInt(10_000_000), 2);
    return signed && random.nextBoolean() ? value.negate() : value;
  }

  private String text(Random random) {
    return pick(new String[] {"Fuzz", "BAC Fuzz", "Bestuur 2023-07-06", "AV fuzz"}, random)
        + " "
        + (++serial);
  }

  private static String singular(String field) {
    return field.endsWith("s") ? field.substring(0, field.length() - 1) : field;
  }

  static List<String> names(Object[] values) {
    return Arrays.stream(values).map(Object::toString).toList();
  }
}
