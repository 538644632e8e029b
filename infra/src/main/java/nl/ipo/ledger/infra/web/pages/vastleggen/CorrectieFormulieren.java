package nl.ipo.ledger.infra.web.pages.vastleggen;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ipo.ledger.command.rectificatie.FactReader;
import nl.ipo.ledger.infra.web.JsonProblems;
import nl.ipo.ledger.infra.web.pages.Correcties;
import nl.ipo.ledger.infra.web.pages.Veldnamen;
import nl.ipo.ledger.infra.web.pages.Weergave;
import nl.ipo.ledger.infra.web.pages.vastleggen.Formulier.Bouwer;
import nl.ipo.ledger.infra.web.pages.vastleggen.Vastleggen.Geweigerd;
import nl.ipo.ledger.infra.web.pages.vastleggen.Vastleggen.Uitkomst;
import nl.ipo.ledger.infra.web.pages.vastleggen.Veld.Optie;
import nl.ipo.ledger.kernel.begroting.BegrotingEvent;
import nl.ipo.ledger.kernel.besluit.BesluitEvent;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.common.Bounds;
import nl.ipo.ledger.kernel.common.Codes;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.gremium.GremiumEvent;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import nl.ipo.ledger.kernel.rectificatie.RectificatieCommand.CorrectFact;
import nl.ipo.ledger.kernel.rectificatie.RectificatieCommand.RetractFact;
import nl.ipo.ledger.kernel.vergadering.VergaderingEvent;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * "Corrigeren" and "Intrekken" for any recorded fact: a form with the fact's fields as it now
 * holds, filled in; the secretariat changes what was wrong and gives a reason and the decision
 * behind the correction. The ledger records a rectificatie (judged by the same rules and bounds as
 * the original command); the read models are rebuilt ({@code CorrectionRebuild}) and every page
 * shows the corrected value while the history keeps the original with the reason.
 *
 * <p>Fields the form offers: texts, dates, amounts, closed lists, bodies, meetings, mandates,
 * besluiten, the decision reference and a party. Lists (effects, votes, cost lines) and the fact's
 * own ids are kept as recorded: correcting those takes the API ({@code POST
 * /api/rectificaties/correct}).
 */
@Controller
class CorrectieFormulieren {

  private static final java.util.Set<String> LONG_TEXTS =
      java.util.Set.of(
          "advice", "summary", "description", "reason", "conditions", "auditorStatement", "source");

  private final Vastleggen vastleggen;
  private final Keuzes keuzes;
  private final FactReader facts;
  private final Correcties correcties;
  private final JsonMapper json;

  CorrectieFormulieren(
      Vastleggen vastleggen,
      Keuzes keuzes,
      FactReader facts,
      Correcties correcties,
      JsonMapper json) {
    this.vastleggen = vastleggen;
    this.keuzes = keuzes;
    this.facts = facts;
    this.correcties = correcties;
    this.json = json;
  }

  /** A recorded fact: as first recorded, and as it holds now (after its latest correction). */
  private record Feit(String record, String id, LedgerEvent origineel, LedgerEvent nu) {}

  private Feit feit(String record, String id) {
    String rec = InvalidValueException.requiredText("record", record, 255);
    String eventId = InvalidValueException.requiredText("feit", id, 255);
    LedgerEvent original =
        facts
            .find(rec, eventId)
            .orElseThrow(
                () -> new NotFoundException("feit", "Dit vastgelegde feit is niet bekend."));
    var latest = correcties.latest(eventId, original);
    if (latest.isPresent() && latest.get().ingetrokken()) {
      throw new InvalidValueException(
          "feit", "Dit feit is ingetrokken; een ingetrokken feit wordt niet meer gecorrigeerd.");
    }
    LedgerEvent now = latest.map(c -> (LedgerEvent) c.nu()).orElse(original);
    return new Feit(rec, eventId, original, now);
  }

  // ---- correct

  @GetMapping("/vastleggen/correctie")
  ModelAndView correctieFormulier(@RequestParam String record, @RequestParam String feit) {
    Feit f = feit(record, feit);
    return FormulierPagina.toon(correctie(new Bouwer(start(f), Map.of()), f, null));
  }

  @PostMapping("/vastleggen/correctie")
  ModelAndView correctie(
      @RequestParam String record,
      @RequestParam String feit,
      HttpServletRequest request,
      RedirectAttributes flash) {
    Feit f = feit(record, feit);
    Invoer in = new Invoer(request.getParameterMap());
    Uitkomst uitkomst =
        vastleggen.verwerk(
            in,
            i -> {
              String reden = reden(i);
              DecisionReference besluit =
                  FormulierPagina.verwijzing(i, "correctie.decisionReference");
              ObjectNode replacement = replacement(f, i);
              if (i.heeftFouten()) {
                return null;
              }
              LedgerEvent event = read(replacement, f, i);
              if (event == null) {
                return null;
              }
              if (replacement.equals(json.valueToTree(f.nu()))) {
                i.fout("correctie.reason", "U heeft niets veranderd: er is niets te corrigeren.");
                return null;
              }
              return new CorrectFact(
                  f.id(), f.record(), event, replacement.toString(), reden, besluit);
            },
            c -> waar(f),
            "De correctie");
    return FormulierPagina.na(
        opFeit(uitkomst), in, flash, b -> correctie(b, f, in.tekst("formulierId")));
  }

  private Formulier correctie(Bouwer b, Feit f, String formId) {
    b.groep(
        "Het feit zoals het nu is vastgelegd",
        "Verander wat er niet klopt; de rest blijft zoals het was.");
    for (RecordComponent c : f.nu().getClass().getRecordComponents()) {
      veld(b, f, c);
    }
    b.groep("Waarom wordt dit gecorrigeerd?", null)
        .tekstvak(
            "correctie.reason",
            "Reden van de correctie",
            true,
            "Bijvoorbeeld: tikfout in de naam; zie het verslag.",
            null);
    FormulierPagina.verwijzing(b, keuzes.besluiten(), "correctie.decisionReference");
    return b.bouw(
        "Corrigeren: " + soort(f.nu()),
        "Een vastgelegd feit wordt nooit veranderd: de correctie is een nieuw feit dat het oude vervangt. Het oude blijft zichtbaar in de geschiedenis, met uw reden.",
        "/vastleggen/correctie?record=" + f.record() + "&feit=" + f.id(),
        formId,
        waar(f),
        "Correctie vastleggen");
  }

  // ---- retract

  @GetMapping("/vastleggen/intrekking")
  ModelAndView intrekkingFormulier(@RequestParam String record, @RequestParam String feit) {
    Feit f = feit(record, feit);
    return FormulierPagina.toon(intrekking(Bouwer.leeg(), f, null));
  }

  @PostMapping("/vastleggen/intrekking")
  ModelAndView intrekking(
      @RequestParam String record,
      @RequestParam String feit,
      HttpServletRequest request,
      RedirectAttributes flash) {
    Feit f = feit(record, feit);
    Invoer in = new Invoer(request.getParameterMap());
    Uitkomst uitkomst =
        vastleggen.verwerk(
            in,
            i -> {
              String reden = reden(i);
              DecisionReference besluit =
                  FormulierPagina.verwijzing(i, "correctie.decisionReference");
              return i.heeftFouten() ? null : new RetractFact(f.id(), f.record(), reden, besluit);
            },
            c -> waar(f),
            "De intrekking");
    return FormulierPagina.na(
        opFeit(uitkomst), in, flash, b -> intrekking(b, f, in.tekst("formulierId")));
  }

  private Formulier intrekking(Bouwer b, Feit f, String formId) {
    b.groep("Het feit", null);
    b.tekstvak(
        "feit.samenvatting",
        "Wordt ingetrokken",
        false,
        "Ter controle; dit veld wordt niet opgeslagen.",
        samenvatting(f.nu()));
    b.groep("Waarom wordt dit ingetrokken?", null)
        .tekstvak(
            "correctie.reason",
            "Reden van de intrekking",
            true,
            "Bijvoorbeeld: dubbel vastgelegd.",
            null);
    FormulierPagina.verwijzing(b, keuzes.besluiten(), "correctie.decisionReference");
    return b.bouw(
        "Intrekken: " + soort(f.nu()),
        "Een feit dat nooit vastgelegd had mogen worden, wordt ingetrokken: de overzichten laten het weg, de geschiedenis houdt het met uw reden.",
        "/vastleggen/intrekking?record=" + f.record() + "&feit=" + f.id(),
        formId,
        waar(f),
        "Intrekking vastleggen");
  }

  // ---- the fact's fields

  private static String reden(Invoer i) {
    String reden = i.tekst("correctie.reason");
    if (reden == null) {
      i.fout("correctie.reason", "Geef de reden van de correctie: wat klopte er niet?");
      return null;
    }
    return i.lees("correctie.reason", () -> Bounds.text("correctie.reason", reden, 2000));
  }

  /** The form's errors for the fact's fields are named as the fact names them: under "feit.". */
  private static Uitkomst opFeit(Uitkomst uitkomst) {
    if (!(uitkomst instanceof Geweigerd refused)) {
      return uitkomst;
    }
    Map<String, String> named = new LinkedHashMap<>();
    refused
        .fouten()
        .forEach(
            (field, sentence) ->
                named.put(
                    field == null
                            || field.startsWith("correctie.")
                            || field.startsWith("feit.")
                            || field.equals("formulierId")
                        ? field
                        : "feit." + field,
                    sentence));
    return new Geweigerd(named, refused.regel());
  }

  private Map<String, List<String>> start(Feit f) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (RecordComponent c : f.nu().getClass().getRecordComponents()) {
      Object value = value(f.nu(), c);
      String name = "feit." + c.getName();
      if (value instanceof DecisionReference d) {
        values.put(name, List.of(d.text()));
        values.put(
            name + ".besluitId", List.of(d.besluitId() == null ? "" : d.besluitId().toString()));
      } else if (value instanceof Party p) {
        values.put(
            name + ".gremiumId", List.of(p.gremiumId() == null ? "" : p.gremiumId().toString()));
        values.put(name + ".personName", List.of(p.personName() == null ? "" : p.personName()));
      } else if (value instanceof BigDecimal amount) {
        values.put(name, List.of(NederlandseNotatie.bedragTekst(amount)));
      } else if (value instanceof Enum<?> e) {
        values.put(name, List.of(e.name()));
      } else if (value != null) {
        values.put(name, List.of(value.toString()));
      }
    }
    return values;
  }

  /** Whether the component is the fact's own identity (or another id it must keep). */
  private static boolean fixed(Feit f, RecordComponent c) {
    Object value = value(f.nu(), c);
    Class<?> type = c.getType();
    if (value != null && (value.toString().equals(f.record()))) {
      return true;
    }
    return !(type == String.class
        || type == LocalDate.class
        || type == BigDecimal.class
        || (type.isEnum() && Codes.Labelled.class.isAssignableFrom(type))
        || type == GremiumId.class
        || type == VergaderingId.class
        || type == MandaatId.class
        || type == BesluitId.class
        || type == DecisionReference.class
        || type == Party.class);
  }

  private void veld(Bouwer b, Feit f, RecordComponent c) {
    String name = "feit." + c.getName();
    String label = Veldnamen.label(c.getName());
    Class<?> type = c.getType();
    if (fixed(f, c)) {
      return;
    }
    if (type == String.class) {
      if (LONG_TEXTS.contains(c.getName())) {
        b.tekstvak(name, label, false, null, null);
      } else {
        b.tekst(name, label, false, null, null);
      }
    } else if (type == LocalDate.class) {
      b.datum(name, label, false, null, null);
    } else if (type == BigDecimal.class) {
      b.bedrag(name, label, false, null, null);
    } else if (type.isEnum()) {
      List<Optie> options =
          java.util.Arrays.stream(type.getEnumConstants())
              .map(e -> new Optie(((Enum<?>) e).name(), ((Codes.Labelled) e).label(), false))
              .toList();
      b.keuze(name, label, false, null, null, options);
    } else if (type == GremiumId.class) {
      b.keuze(name, label, false, null, null, keuzes.gremia());
    } else if (type == VergaderingId.class) {
      b.keuze(name, label, false, null, null, keuzes.vergaderingen());
    } else if (type == MandaatId.class) {
      b.keuze(name, label, false, null, null, keuzes.mandaten());
    } else if (type == BesluitId.class) {
      b.keuze(name, label, false, null, null, keuzes.besluiten());
    } else if (type == DecisionReference.class) {
      FormulierPagina.verwijzing(b, keuzes.besluiten(), name);
    } else if (type == Party.class) {
      FormulierPagina.partij(b, name, label, keuzes.gremia(), null);
    }
  }

  /** The fact as the form now says it: the current version with each offered field replaced. */
  private ObjectNode replacement(Feit f, Invoer i) {
    ObjectNode tree = (ObjectNode) json.valueToTree(f.nu());
    for (RecordComponent c : f.nu().getClass().getRecordComponents()) {
      if (fixed(f, c)) {
        continue;
      }
      String field = c.getName();
      String name = "feit." + field;
      Class<?> type = c.getType();
      if (type == String.class) {
        tree.put(field, i.tekst(name));
      } else if (type == LocalDate.class) {
        LocalDate day = i.datum(name);
        tree.put(field, day == null ? null : day.toString());
      } else if (type == BigDecimal.class) {
        tree.put(field, i.bedrag(name));
      } else if (type.isEnum()) {
        String code = i.tekst(name);
        boolean known =
            code == null
                || java.util.Arrays.stream(type.getEnumConstants())
                    .anyMatch(e -> ((Enum<?>) e).name().equals(code));
        if (!known) {
          i.fout(name, "Kies een waarde uit de lijst.");
        }
        tree.put(field, code);
      } else if (type == DecisionReference.class) {
        DecisionReference d = FormulierPagina.verwijzing(i, name);
        tree.set(field, d == null ? null : json.valueToTree(d));
      } else if (type == Party.class) {
        Party p = FormulierPagina.partij(i, name);
        tree.set(field, p == null ? null : json.valueToTree(p));
      } else {
        // an id picked from a list
        String id = i.tekst(name);
        if (id != null && i.id(name, (fieldName, raw) -> java.util.UUID.fromString(raw)) == null) {
          continue;
        }
        tree.put(field, id);
      }
    }
    return tree;
  }

  /** The replacement read as the kind of fact it replaces: its own checks apply. */
  private LedgerEvent read(ObjectNode replacement, Feit f, Invoer i) {
    try {
      return (LedgerEvent) json.treeToValue(replacement, f.nu().getClass());
    } catch (JacksonException e) {
      InvalidValueException invalid = JsonProblems.invalid(null, e);
      i.fout(invalid.field() == null ? null : "feit." + invalid.field(), invalid.getMessage());
      return null;
    }
  }

  private static Object value(Object record, RecordComponent c) {
    try {
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The page where the fact shows. */
  private static String waar(Feit f) {
    Object e = f.origineel();
    if (e instanceof GremiumEvent) {
      return "/gremia/" + f.record();
    } else if (e instanceof BesluitEvent) {
      return "/besluiten/" + f.record();
    } else if (e instanceof MandaatEvent) {
      return "/mandaten/" + f.record();
    } else if (e instanceof BegrotingEvent) {
      return "/begrotingen/" + f.record();
    } else if (e instanceof VergaderingEvent) {
      return "/vergaderingen/" + f.record();
    }
    return "/journaal";
  }

  private static String soort(Object event) {
    return nl.ipo.ledger.infra.web.pages.journaal.Gebeurtenissen.label(
        event.getClass().getSimpleName());
  }

  private String samenvatting(Object event) {
    StringBuilder text = new StringBuilder();
    for (RecordComponent c : event.getClass().getRecordComponents()) {
      Object v = value(event, c);
      if (v == null || v instanceof java.util.Collection<?> col && col.isEmpty()) {
        continue;
      }
      String shown =
          v instanceof LocalDate d
              ? Weergave.datum(d)
              : v instanceof Codes.Labelled l ? l.label() : v.toString();
      text.append(Veldnamen.label(c.getName())).append(": ").append(shown).append('\n');
    }
    return text.toString().strip();
  }
}
