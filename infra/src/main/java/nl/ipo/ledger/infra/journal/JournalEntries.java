package nl.ipo.ledger.infra.journal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ipo.ledger.command.begroting.BegrotingFile;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.ApproveBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.DraftBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.SubmitBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingId;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.DecideVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.PlaceVoorstelOnAgenda;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordAdvice;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordDiscussion;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.SubmitVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitOutcome;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.common.Province;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.error.LedgerException;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.AppointMember;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.DissolveGremium;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.EndMembership;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.EstablishGremium;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.RenameGremium;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.gremium.MemberRole;
import nl.ipo.ledger.kernel.gremium.MembershipId;
import nl.ipo.ledger.kernel.gremium.Successor;
import nl.ipo.ledger.kernel.mandaat.MandaatCommand.GrantMandaat;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import nl.ipo.ledger.kernel.mandaat.MandaatScope;
import nl.ipo.ledger.kernel.vergadering.VergaderingCommand.ScheduleVergadering;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one journal entry (docs/journal-format.md) into the command it stands for. Refs become
 * name-based ids ({@link JournalLoader#gremium} and its siblings); the members and begrotingen
 * defined by earlier entries are remembered, so an entry can name them by ref. One instance reads
 * one journal, in order.
 */
final class JournalEntries {

  private static final Set<String> COMMON =
      Set.of("do", "date", "decision", "besluit", "source", "note");

  private final Map<String, String> gremiumOfMember = new HashMap<>();
  private final Map<String, BegrotingId> begrotingen = new HashMap<>();
  private final ObjectReader effects;

  JournalEntries(JsonMapper json) {
    this.effects =
        json.readerFor(Effect.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** Where an entry's fact is printed, and the entry's note (an assumption starts "Aanname:"). */
  record Citation(String document, String place, String quote, String note) {}

  Citation citation(JsonNode e) {
    JsonNode source = required(e, "source");
    return new Citation(
        text(source, "document"), text(source, "place"), text(source, "quote"), optText(e, "note"));
  }

  /** The command an entry stands for. */
  Object command(JsonNode e) {
    String kind = text(e, "do");
    LocalDate date = date(e, "date");
    return switch (kind) {
      case "gremium" -> {
        known(e, "ref", "name", "type", "parent", "end");
        yield new EstablishGremium(
            JournalLoader.gremium(text(e, "ref")),
            text(e, "name"),
            GremiumType.parse("type", text(e, "type")),
            optGremium(e, "parent"),
            date,
            optDate(e, "end"),
            decision(e));
      }
      case "rename" -> {
        known(e, "gremium", "name");
        yield new RenameGremium(
            JournalLoader.gremium(text(e, "gremium")), text(e, "name"), date, decision(e));
      }
      case "dissolve" -> {
        known(e, "gremium", "successors");
        yield new DissolveGremium(
            JournalLoader.gremium(text(e, "gremium")), date, decision(e), successors(e));
      }
      case "member" -> {
        known(e, "ref", "gremium", "person", "province", "role");
        gremiumOfMember.put(text(e, "ref"), text(e, "gremium"));
        yield new AppointMember(
            JournalLoader.gremium(text(e, "gremium")),
            new MembershipId(JournalLoader.id("membership", text(e, "ref"))),
            optText(e, "person"),
            e.has("province") ? Province.parse("province", text(e, "province")) : null,
            MemberRole.parse("role", text(e, "role")),
            date,
            decision(e));
      }
      case "endMember" -> {
        known(e, "member");
        String member = text(e, "member");
        String of = gremiumOfMember.get(member);
        if (of == null) {
          throw new InvalidValueException(
              "member", "no member '" + member + "' was defined before");
        }
        yield new EndMembership(
            JournalLoader.gremium(of),
            new MembershipId(JournalLoader.id("membership", member)),
            date,
            decision(e));
      }
      case "meeting" -> {
        known(e, "ref", "gremium", "description");
        yield new ScheduleVergadering(
            JournalLoader.meeting(text(e, "ref")),
            JournalLoader.gremium(text(e, "gremium")),
            date,
            optText(e, "description"));
      }
      case "voorstel" -> {
        known(e, "ref", "subject", "type", "submittedBy", "decidingGremium", "effects", "mandaat");
        List<Effect> effects = new ArrayList<>();
        if (e.has("effects")) {
          for (JsonNode effect : e.get("effects")) {
            effects.add(effect(effect));
          }
        }
        yield new SubmitVoorstel(
            JournalLoader.besluit(text(e, "ref")),
            text(e, "subject"),
            BesluitType.parse("type", text(e, "type")),
            party(required(e, "submittedBy")),
            JournalLoader.gremium(text(e, "decidingGremium")),
            date,
            effects,
            e.has("mandaat")
                ? new MandaatId(JournalLoader.id("mandaat", text(e, "mandaat")))
                : null);
      }
      case "agenda" -> {
        known(e, "besluit", "meeting", "agendaItem");
        yield new PlaceVoorstelOnAgenda(
            JournalLoader.besluit(text(e, "besluit")),
            JournalLoader.meeting(text(e, "meeting")),
            optText(e, "agendaItem"));
      }
      case "discuss" -> {
        known(e, "besluit", "meeting", "summary");
        yield new RecordDiscussion(
            JournalLoader.besluit(text(e, "besluit")),
            JournalLoader.meeting(text(e, "meeting")),
            text(e, "summary"));
      }
      case "advice" -> {
        known(e, "besluit", "gremium", "meeting", "advice");
        yield new RecordAdvice(
            JournalLoader.besluit(text(e, "besluit")),
            JournalLoader.gremium(text(e, "gremium")),
            date,
            e.has("meeting") ? JournalLoader.meeting(text(e, "meeting")) : null,
            text(e, "advice"));
      }
      case "decide" -> {
        known(e, "besluit", "decider", "meeting", "outcome", "mandaat", "amount", "summary");
        yield new DecideVoorstel(
            JournalLoader.besluit(text(e, "besluit")),
            party(required(e, "decider")),
            date,
            e.has("meeting") ? JournalLoader.meeting(text(e, "meeting")) : null,
            BesluitOutcome.parse("outcome", text(e, "outcome")),
            null,
            List.of(),
            e.has("mandaat")
                ? new MandaatId(JournalLoader.id("mandaat", text(e, "mandaat")))
                : null,
            e.has("amount") ? new BigDecimal(text(e, "amount")) : null,
            optText(e, "summary"));
      }
      case "mandaat" -> {
        known(
            e,
            "ref",
            "gever",
            "nemer",
            "scopeTypes",
            "subjects",
            "ceiling",
            "end",
            "conditions",
            "parent");
        Set<BesluitType> types = new java.util.HashSet<>();
        if (e.has("scopeTypes")) {
          e.get("scopeTypes")
              .forEach(t -> types.add(BesluitType.parse("scopeTypes", t.asString())));
        }
        List<String> subjects = new ArrayList<>();
        if (e.has("subjects")) {
          e.get("subjects").forEach(s -> subjects.add(s.asString()));
        }
        yield new GrantMandaat(
            new MandaatId(JournalLoader.id("mandaat", text(e, "ref"))),
            e.has("gever") ? party(e.get("gever")) : null,
            party(required(e, "nemer")),
            new MandaatScope(types, subjects),
            e.has("ceiling") ? new BigDecimal(text(e, "ceiling")) : null,
            date,
            optDate(e, "end"),
            optText(e, "conditions"),
            e.has("parent") ? new MandaatId(JournalLoader.id("mandaat", text(e, "parent"))) : null,
            decision(e));
      }
      case "begroting" -> {
        known(e, "ref", "file");
        BegrotingFile.Parsed parsed = BegrotingFile.parse(resource("begroting/" + text(e, "file")));
        begrotingen.put(text(e, "ref"), parsed.begrotingId());
        yield new DraftBegroting(parsed.begrotingId(), parsed.document(), date);
      }
      case "submitBegroting" -> {
        known(e, "begroting");
        yield new SubmitBegroting(begroting(text(e, "begroting")), date, decision(e));
      }
      case "approveBegroting" -> {
        known(e, "begroting");
        yield new ApproveBegroting(
            begroting(text(e, "begroting")), JournalLoader.besluit(text(e, "besluit")));
      }
      default ->
          throw new InvalidValueException(
              "do",
              "unknown kind '"
                  + kind
                  + "'; allowed: gremium, rename, dissolve, member, endMember, meeting,"
                  + " voorstel, agenda, discuss, advice, decide, mandaat, begroting, submitBegroting,"
                  + " approveBegroting");
    };
  }

  /**
   * An effect in the ledger's own JSON for {@link Effect} (its {@code kind} and field names), with
   * journal refs where the ids go: the refs become ids and Jackson does the rest, so an effect
   * reads the same in a journal as in a stored event.
   */
  private Effect effect(JsonNode written) {
    if (!written.isObject()) {
      throw new InvalidValueException("effects", "an effect is a JSON object");
    }
    ObjectNode effect = ((ObjectNode) written).deepCopy();
    for (String field : List.of("gremiumId", "parentId")) {
      if (effect.hasNonNull(field)) {
        effect.put(field, JournalLoader.gremium(effect.get(field).asString()).toString());
      }
    }
    if (effect.get("merged") instanceof ArrayNode merged) {
      ArrayNode ids = effect.putArray("merged");
      merged.forEach(ref -> ids.add(JournalLoader.gremium(ref.asString()).toString()));
    }
    refsToIds(effect.get("successors"), "gremiumId");
    refsToIds(effect.get("shares"), "from");
    try {
      return effects.readValue(effect);
    } catch (UnrecognizedPropertyException e) {
      throw new InvalidValueException(
          "effects." + e.getPropertyName(),
          "is not a field of a " + effect.path("kind").asString() + " effect");
    } catch (JacksonException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof LedgerException ledger) {
          throw ledger;
        }
      }
      throw new InvalidValueException("effects", e.getOriginalMessage());
    }
  }

  /** In a list of objects, the ref in each one's {@code field} becomes the gremium's id. */
  private static void refsToIds(JsonNode list, String field) {
    if (list instanceof ArrayNode items) {
      for (JsonNode item : items) {
        if (item instanceof ObjectNode object && object.hasNonNull(field)) {
          object.put(field, JournalLoader.gremium(object.get(field).asString()).toString());
        }
      }
    }
  }

  /** A dissolve entry's successors: {@code [{"gremium": ref, "tasks"?: text}]}. */
  private static List<Successor> successors(JsonNode e) {
    List<Successor> successors = new ArrayList<>();
    if (e.has("successors")) {
      for (JsonNode s : e.get("successors")) {
        knownIn(s, "dissolve successor", "gremium", "tasks");
        successors.add(
            new Successor(JournalLoader.gremium(text(s, "gremium")), optText(s, "tasks")));
      }
    }
    return successors;
  }

  private static GremiumId optGremium(JsonNode e, String field) {
    return e.has(field) && !e.get(field).isNull() ? JournalLoader.gremium(text(e, field)) : null;
  }

  private BegrotingId begroting(String ref) {
    BegrotingId id = begrotingen.get(ref);
    if (id == null) {
      throw new InvalidValueException("begroting", "no begroting '" + ref + "' was defined before");
    }
    return id;
  }

  private Party party(JsonNode node) {
    return new Party(
        node.has("gremium") ? JournalLoader.gremium(text(node, "gremium")) : null,
        optText(node, "person"));
  }

  private DecisionReference decision(JsonNode e) {
    return new DecisionReference(
        text(e, "decision"), e.has("besluit") ? JournalLoader.besluit(text(e, "besluit")) : null);
  }

  private static void known(JsonNode e, String... fields) {
    Set<String> allowed = new java.util.HashSet<>(COMMON);
    allowed.addAll(List.of(fields));
    check(e, allowed, e.get("do").asString());
  }

  private static void knownIn(JsonNode e, String what, String... fields) {
    check(e, Set.of(fields), what);
  }

  private static void check(JsonNode e, Set<String> allowed, String what) {
    List<String> unknown =
        e.propertyNames().stream()
            .filter(name -> !allowed.contains(name))
            .sorted()
            .collect(Collectors.toList());
    if (!unknown.isEmpty()) {
      throw new InvalidValueException(unknown.get(0), "is not a field of a '" + what + "' entry");
    }
  }

  private static JsonNode required(JsonNode e, String field) {
    if (!e.has(field) || e.get(field).isNull()) {
      throw new InvalidValueException(field, "is required");
    }
    return e.get(field);
  }

  private static String text(JsonNode e, String field) {
    return InvalidValueException.requiredText(field, required(e, field).asString(), 100_000);
  }

  private static String optText(JsonNode e, String field) {
    return e.has(field) && !e.get(field).isNull() && !e.get(field).asString().isBlank()
        ? e.get(field).asString()
        : null;
  }

  private static LocalDate date(JsonNode e, String field) {
    try {
      return LocalDate.parse(text(e, field));
    } catch (DateTimeParseException ex) {
      throw new InvalidValueException(
          field, "is not a date (YYYY-MM-DD): " + e.get(field).asString());
    }
  }

  private static LocalDate optDate(JsonNode e, String field) {
    return e.has(field) && !e.get(field).isNull() ? date(e, field) : null;
  }

  private static String resource(String path) {
    try (InputStream in = JournalEntries.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new InvalidValueException("file", "no file " + path + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
