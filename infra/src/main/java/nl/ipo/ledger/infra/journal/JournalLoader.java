package nl.ipo.ledger.infra.journal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.ipo.ledger.command.begroting.BegrotingFile;
import nl.ipo.ledger.infra.axon.CommandEdge;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.ApproveBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.DraftBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.SubmitBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingId;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.DecideVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.PlaceVoorstelOnAgenda;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordAdvice;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordDiscussion;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.SubmitVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.besluit.BesluitOutcome;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.common.CommandOutcome;
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
import nl.ipo.ledger.kernel.mandaat.MandaatCommand.GrantMandaat;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import nl.ipo.ledger.kernel.mandaat.MandaatScope;
import nl.ipo.ledger.kernel.vergadering.VergaderingCommand.ScheduleVergadering;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a journal (docs/journal-format.md) through the command side, entry by entry, in order. Each
 * entry is one command, so a rejected entry leaves nothing stored; the load stops there and names
 * the line. Symbolic refs become name-based ids, so loading again adds nothing.
 */
@Component
public class JournalLoader {

  /** How a load went. */
  public record Result(int entries, int recorded, int unchanged) {}

  /** The first entry the ledger rejected, with its line and the reason. */
  public static final class JournalRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    JournalRejected(int line, String reason, Throwable cause) {
      super("line " + line + ": " + reason, cause);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  private static final Set<String> COMMON =
      Set.of("do", "date", "decision", "besluit", "source", "note");

  private final CommandEdge commands;
  private final JsonMapper json;

  JournalLoader(CommandEdge commands, JsonMapper json) {
    this.commands = commands;
    this.json = json;
  }

  public Result load(InputStream journal, Consumer<String> progress) {
    Map<String, String> gremiumOfMember = new HashMap<>();
    Map<String, BegrotingId> begrotingen = new HashMap<>();
    int entries = 0;
    int recorded = 0;
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(journal, StandardCharsets.UTF_8))) {
      String text;
      int line = 0;
      while ((text = reader.readLine()) != null) {
        line++;
        if (text.isBlank() || text.strip().startsWith("#")) {
          continue;
        }
        try {
          JsonNode entry = json.readTree(text);
          Object command = command(entry, gremiumOfMember, begrotingen);
          JsonNode source = required(entry, "source");
          CommandOutcome outcome =
              commands.sendFromJournal(
                  command,
                  text(source, "document"),
                  text(source, "place"),
                  text(source, "quote"),
                  optText(entry, "note"));
          entries++;
          if (outcome == CommandOutcome.RECORDED) {
            recorded++;
          }
          if (entries % 25 == 0) {
            progress.accept(entries + " entries loaded (line " + line + ")");
          }
        } catch (JacksonException e) {
          throw new JournalRejected(line, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (LedgerException e) {
          String field = e instanceof InvalidValueException v ? v.field() + " " : "";
          throw new JournalRejected(line, field + e.getMessage(), e);
        } catch (RuntimeException e) {
          Throwable cause = e.getCause() instanceof LedgerException l ? l : e;
          throw new JournalRejected(line, cause.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    progress.accept(
        entries
            + " entries: "
            + recorded
            + " recorded, "
            + (entries - recorded)
            + " already present");
    return new Result(entries, recorded, entries - recorded);
  }

  private Object command(
      JsonNode e, Map<String, String> gremiumOfMember, Map<String, BegrotingId> begrotingen) {
    String kind = text(e, "do");
    LocalDate date = date(e, "date");
    return switch (kind) {
      case "gremium" -> {
        known(e, "ref", "name", "type", "parent", "end");
        yield new EstablishGremium(
            gremium(text(e, "ref")),
            text(e, "name"),
            GremiumType.parse("type", text(e, "type")),
            optGremium(e, "parent"),
            date,
            optDate(e, "end"),
            decision(e));
      }
      case "rename" -> {
        known(e, "gremium", "name");
        yield new RenameGremium(gremium(text(e, "gremium")), text(e, "name"), date, decision(e));
      }
      case "dissolve" -> {
        known(e, "gremium");
        yield new DissolveGremium(gremium(text(e, "gremium")), date, decision(e));
      }
      case "member" -> {
        known(e, "ref", "gremium", "person", "province", "role");
        gremiumOfMember.put(text(e, "ref"), text(e, "gremium"));
        yield new AppointMember(
            gremium(text(e, "gremium")),
            new MembershipId(id("membership", text(e, "ref"))),
            optText(e, "person"),
            Province.parse("province", text(e, "province")),
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
            gremium(of), new MembershipId(id("membership", member)), date, decision(e));
      }
      case "meeting" -> {
        known(e, "ref", "gremium", "description");
        yield new ScheduleVergadering(
            meeting(text(e, "ref")), gremium(text(e, "gremium")), date, optText(e, "description"));
      }
      case "voorstel" -> {
        known(e, "ref", "subject", "type", "submittedBy", "decidingGremium", "effects");
        List<Effect> effects = new ArrayList<>();
        if (e.has("effects")) {
          for (JsonNode effect : e.get("effects")) {
            effects.add(effect(effect));
          }
        }
        yield new SubmitVoorstel(
            besluit(text(e, "ref")),
            text(e, "subject"),
            BesluitType.parse("type", text(e, "type")),
            party(required(e, "submittedBy")),
            gremium(text(e, "decidingGremium")),
            date,
            effects);
      }
      case "agenda" -> {
        known(e, "besluit", "meeting", "agendaItem");
        yield new PlaceVoorstelOnAgenda(
            besluit(text(e, "besluit")), meeting(text(e, "meeting")), optText(e, "agendaItem"));
      }
      case "discuss" -> {
        known(e, "besluit", "meeting", "summary");
        yield new RecordDiscussion(
            besluit(text(e, "besluit")), meeting(text(e, "meeting")), text(e, "summary"));
      }
      case "advice" -> {
        known(e, "besluit", "gremium", "meeting", "advice");
        yield new RecordAdvice(
            besluit(text(e, "besluit")),
            gremium(text(e, "gremium")),
            date,
            e.has("meeting") ? meeting(text(e, "meeting")) : null,
            text(e, "advice"));
      }
      case "decide" -> {
        known(e, "besluit", "decider", "meeting", "outcome", "mandaat", "amount", "summary");
        yield new DecideVoorstel(
            besluit(text(e, "besluit")),
            party(required(e, "decider")),
            date,
            e.has("meeting") ? meeting(text(e, "meeting")) : null,
            BesluitOutcome.parse("outcome", text(e, "outcome")),
            null,
            List.of(),
            e.has("mandaat") ? new MandaatId(id("mandaat", text(e, "mandaat"))) : null,
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
            new MandaatId(id("mandaat", text(e, "ref"))),
            e.has("gever") ? party(e.get("gever")) : null,
            party(required(e, "nemer")),
            new MandaatScope(types, subjects),
            e.has("ceiling") ? new BigDecimal(text(e, "ceiling")) : null,
            date,
            optDate(e, "end"),
            optText(e, "conditions"),
            e.has("parent") ? new MandaatId(id("mandaat", text(e, "parent"))) : null,
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
        yield new SubmitBegroting(begroting(begrotingen, text(e, "begroting")), date, decision(e));
      }
      case "approveBegroting" -> {
        known(e, "begroting");
        yield new ApproveBegroting(
            begroting(begrotingen, text(e, "begroting")), besluit(text(e, "besluit")));
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

  private Effect effect(JsonNode f) {
    String kind = text(f, "kind");
    return switch (kind) {
      case "ESTABLISH_GREMIUM" ->
          new Effect.EstablishGremium(
              gremium(text(f, "gremium")),
              text(f, "name"),
              GremiumType.parse("effects.type", text(f, "type")),
              optGremium(f, "parent"),
              date(f, "begin"),
              optDate(f, "end"));
      case "RENAME_GREMIUM" ->
          new Effect.RenameGremium(gremium(text(f, "gremium")), text(f, "name"), date(f, "date"));
      case "DISSOLVE_GREMIUM" ->
          new Effect.DissolveGremium(gremium(text(f, "gremium")), date(f, "date"));
      case "MERGE_GREMIA" -> {
        List<GremiumId> merged = new ArrayList<>();
        required(f, "merged").forEach(m -> merged.add(gremium(m.asString())));
        yield new Effect.MergeGremia(
            merged,
            gremium(text(f, "gremium")),
            text(f, "name"),
            GremiumType.parse("effects.type", text(f, "type")),
            optGremium(f, "parent"),
            date(f, "date"));
      }
      case "DESCRIBED" -> new Effect.Described(text(f, "description"));
      default ->
          throw new InvalidValueException(
              "effects.kind",
              "unknown effect '"
                  + kind
                  + "'; allowed: ESTABLISH_GREMIUM, RENAME_GREMIUM, DISSOLVE_GREMIUM,"
                  + " MERGE_GREMIA, DESCRIBED");
    };
  }

  /** The id a ref always gets: the same journal loads into the same records. */
  static UUID id(String kind, String ref) {
    return UUID.nameUUIDFromBytes(
        ("ipo-journal:" + kind + ":" + ref).getBytes(StandardCharsets.UTF_8));
  }

  public static GremiumId gremium(String ref) {
    return new GremiumId(id("gremium", ref));
  }

  public static BesluitId besluit(String ref) {
    return new BesluitId(id("besluit", ref));
  }

  static VergaderingId meeting(String ref) {
    return new VergaderingId(id("vergadering", ref));
  }

  public static MandaatId mandaat(String ref) {
    return new MandaatId(id("mandaat", ref));
  }

  private static GremiumId optGremium(JsonNode e, String field) {
    return e.has(field) && !e.get(field).isNull() ? gremium(text(e, field)) : null;
  }

  private static BegrotingId begroting(Map<String, BegrotingId> begrotingen, String ref) {
    BegrotingId id = begrotingen.get(ref);
    if (id == null) {
      throw new InvalidValueException("begroting", "no begroting '" + ref + "' was defined before");
    }
    return id;
  }

  private Party party(JsonNode node) {
    return new Party(
        node.has("gremium") ? gremium(text(node, "gremium")) : null, optText(node, "person"));
  }

  private DecisionReference decision(JsonNode e) {
    return new DecisionReference(
        text(e, "decision"), e.has("besluit") ? besluit(text(e, "besluit")) : null);
  }

  private static void known(JsonNode e, String... fields) {
    Set<String> allowed = new java.util.HashSet<>(COMMON);
    allowed.addAll(List.of(fields));
    List<String> unknown =
        e.propertyNames().stream()
            .filter(name -> !allowed.contains(name))
            .sorted()
            .collect(Collectors.toList());
    if (!unknown.isEmpty()) {
      throw new InvalidValueException(
          unknown.get(0), "is not a field of a '" + e.get("do").asString() + "' entry");
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
    try (InputStream in = JournalLoader.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new InvalidValueException("file", "no file " + path + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
