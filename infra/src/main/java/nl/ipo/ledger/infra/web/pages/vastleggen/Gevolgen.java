package nl.ipo.ledger.infra.web.pages.vastleggen;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.ipo.ledger.infra.web.pages.vastleggen.Formulier.Bouwer;
import nl.ipo.ledger.infra.web.pages.vastleggen.Veld.Optie;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;

/**
 * The effects of a besluit as rows of a form: what a voorstel intends, and what a besluit adopted
 * with amendments changes instead. One row per effect, its fields named {@code effects[1].name} (or
 * {@code amendedEffects[1].name}), so a refusal lands beside the row it concerns; a row without a
 * kind is left out.
 */
final class Gevolgen {

  static final int MAX_ROWS = 60;

  private static final List<Optie> SOORTEN =
      List.of(
          new Optie("ESTABLISH_GREMIUM", "instelling van een nieuw gremium", false),
          new Optie("MERGE_GREMIA", "samenvoeging tot een nieuw gremium (opvolger)", false),
          new Optie("RENAME_GREMIUM", "naamswijziging van een gremium", false),
          new Optie("DISSOLVE_GREMIUM", "opheffing van een gremium", false),
          new Optie("DESCRIBED", "ander gevolg, in woorden", false));

  private Gevolgen() {}

  /** How many rows the form shows: what it said it had, bounded; {@code start} when new. */
  static int rijen(Invoer in, String list, int start) {
    try {
      String given = in.tekst(list + ".rijen");
      return given == null ? start : Math.max(1, Math.min(MAX_ROWS, Integer.parseInt(given)));
    } catch (NumberFormatException e) {
      return start;
    }
  }

  /** The rows as form fields, with "Nog een gevolg toevoegen" while there is room. */
  static void velden(
      Bouwer b, String list, int rows, List<Optie> gremia, String title, String firstHelp) {
    for (int n = 0; n < rows; n++) {
      String p = list + "[" + n + "].";
      b.groep(title + " " + (n + 1), n == 0 ? firstHelp : null)
          .keuze(p + "soort", "Soort gevolg", false, null, null, SOORTEN)
          .keuze(
              p + "gremiumId",
              "Welk gremium",
              false,
              "Bij naamswijziging of opheffing.",
              null,
              gremia)
          .meerkeuze(
              p + "merged",
              "Gaan op in het nieuwe gremium",
              "Bij samenvoeging; houd Ctrl ingedrukt om er meer te kiezen.",
              gremia)
          .tekst(p + "name", "Naam van het nieuwe of hernoemde gremium", false, null, null)
          .keuze(
              p + "type",
              "Soort van het nieuwe gremium",
              false,
              null,
              null,
              Keuzes.codes(GremiumType.class))
          .keuze(p + "parentId", "Nieuw gremium valt onder", false, null, null, gremia)
          .datum(p + "date", "Per datum", false, "Ingangsdatum van het gevolg.", null)
          .tekstvak(p + "description", "Omschrijving", false, "Bij een ander gevolg.", null)
          .verborgen(p + "nieuwId", b.waarde(p + "nieuwId", null));
    }
    b.verborgen(list + ".rijen", String.valueOf(rows));
    if (rows < MAX_ROWS) {
      b.knop(list + ".meer", "Nog een gevolg toevoegen");
    }
  }

  /** Whether the form asked for one more row of this list (and nothing to be recorded). */
  static boolean meer(Invoer in, String list) {
    return in.tekst(list + ".meer") != null;
  }

  /** The rows as a form shows them for these effects (an amendment starts from the voorstel's). */
  static Map<String, List<String>> waarden(String list, List<Effect> effects) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (int n = 0; n < effects.size(); n++) {
      String p = list + "[" + n + "].";
      Effect effect = effects.get(n);
      if (effect instanceof Effect.EstablishGremium e) {
        put(values, p, "ESTABLISH_GREMIUM", null, e.name(), e.type(), e.parentId(), e.beginDate());
        values.put(p + "nieuwId", List.of(e.gremiumId().toString()));
      } else if (effect instanceof Effect.MergeGremia m) {
        put(values, p, "MERGE_GREMIA", null, m.name(), m.type(), m.parentId(), m.effectiveDate());
        values.put(p + "nieuwId", List.of(m.gremiumId().toString()));
        values.put(p + "merged", m.merged().stream().map(GremiumId::toString).toList());
      } else if (effect instanceof Effect.RenameGremium r) {
        put(values, p, "RENAME_GREMIUM", r.gremiumId(), r.name(), null, null, r.effectiveDate());
      } else if (effect instanceof Effect.DissolveGremium d) {
        put(values, p, "DISSOLVE_GREMIUM", d.gremiumId(), null, null, null, d.effectiveDate());
      } else if (effect instanceof Effect.Described d) {
        values.put(p + "soort", List.of("DESCRIBED"));
        values.put(p + "description", List.of(d.description()));
      }
    }
    return values;
  }

  private static void put(
      Map<String, List<String>> values,
      String p,
      String kind,
      GremiumId gremium,
      String name,
      GremiumType type,
      GremiumId parent,
      LocalDate date) {
    values.put(p + "soort", List.of(kind));
    values.put(p + "gremiumId", List.of(gremium == null ? "" : gremium.toString()));
    values.put(p + "name", List.of(name == null ? "" : name));
    values.put(p + "type", List.of(type == null ? "" : type.name()));
    values.put(p + "parentId", List.of(parent == null ? "" : parent.toString()));
    values.put(p + "date", List.of(date == null ? "" : date.toString()));
  }

  /**
   * The rows as the published language's effects. A new body keeps the id it was given (an
   * amendment keeps the voorstel's), or gets one that follows from the form's own id and the row,
   * so that a repeat of the form is an exact repeat.
   */
  static List<Effect> lees(Invoer in, String list, String formId, int rows) {
    List<Effect> effects = new ArrayList<>();
    for (int n = 0; n < rows; n++) {
      String p = list + "[" + n + "].";
      String kind = in.tekst(p + "soort");
      if (kind == null) {
        continue;
      }
      GremiumId kept = in.id(p + "nieuwId", GremiumId::parse);
      GremiumId newId =
          kept != null
              ? kept
              : GremiumId.parse(
                  p + "gremiumId",
                  UUID.nameUUIDFromBytes(
                          (formId + "/" + list + "/" + n).getBytes(StandardCharsets.UTF_8))
                      .toString());
      GremiumId chosen = in.id(p + "gremiumId", GremiumId::parse);
      GremiumId parent = in.id(p + "parentId", GremiumId::parse);
      GremiumType type = in.code(p + "type", GremiumType::parse);
      LocalDate date = in.datum(p + "date");
      String name = in.tekst(p + "name");
      List<GremiumId> merged = new ArrayList<>();
      for (String id : in.lijst(p + "merged")) {
        GremiumId g = in.lees(p + "merged", () -> GremiumId.parse(p + "merged", id));
        if (g != null) {
          merged.add(g);
        }
      }
      Effect effect =
          row(
              in,
              list,
              n,
              () ->
                  switch (kind) {
                    case "ESTABLISH_GREMIUM" ->
                        new Effect.EstablishGremium(newId, name, type, parent, date, null);
                    case "MERGE_GREMIA" ->
                        new Effect.MergeGremia(merged, newId, name, type, parent, date);
                    case "RENAME_GREMIUM" -> new Effect.RenameGremium(chosen, name, date);
                    case "DISSOLVE_GREMIUM" -> new Effect.DissolveGremium(chosen, date);
                    case "DESCRIBED" -> new Effect.Described(in.tekst(p + "description"));
                    default ->
                        throw new InvalidValueException(
                            "effects.soort", "Kies een soort gevolg uit de lijst.");
                  });
      if (effect != null) {
        effects.add(effect);
      }
    }
    return effects;
  }

  /**
   * Builds one row's effect; the published language names a refused field {@code effects.name}, the
   * form puts it beside that row's field, {@code effects[1].name}.
   */
  private static Effect row(Invoer in, String list, int n, Supplier<Effect> build) {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      String field = e.field() == null ? "effects.soort" : e.field();
      String p = list + "[" + n + "].";
      String inRow = field.startsWith("effects.") ? p + field.substring(8) : field;
      if (inRow.endsWith(".beginDate") || inRow.endsWith(".effectiveDate")) {
        inRow = p + "date";
      }
      in.fout(inRow, e.getMessage().replace("'" + field + "'", "dit veld"));
      return null;
    }
  }
}
