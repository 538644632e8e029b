package nl.ipo.ledger.infra.web.pages.vastleggen;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ipo.ledger.command.begroting.BegrotingFile;
import nl.ipo.ledger.infra.web.pages.vastleggen.Formulier.Bouwer;
import nl.ipo.ledger.infra.web.pages.vastleggen.Veld.Optie;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.AdoptJaarrekening;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.AmendBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.ApproveBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.DraftBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.LineChange;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.RecordRealisation;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.RecordWerkbudgetUse;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.SubmitBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingId;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.BegrotingView;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.FindBegroting;
import nl.ipo.ledger.kernel.begroting.CostLine;
import nl.ipo.ledger.kernel.begroting.Nota;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's forms for the budget: import a begroting by uploading its file, submit it to
 * the AV, record its adoption, amend it line by line (voorjaars- and najaarsnota), record what was
 * realised, adopt the jaarrekening, and record the use of a werkbudget under a mandate.
 */
@Controller
class BegrotingFormulieren {

  static final int CHANGE_ROWS = 3;

  static final int MAX_CHANGE_ROWS = 100;

  /** The largest budget file the upload takes (the Begroting 2021 is about 20 KB). */
  static final long MAX_FILE_BYTES = 2_000_000;

  private final Vastleggen vastleggen;
  private final Keuzes keuzes;
  private final QueryGateway queries;
  private final Clock clock;

  BegrotingFormulieren(Vastleggen vastleggen, Keuzes keuzes, QueryGateway queries, Clock clock) {
    this.vastleggen = vastleggen;
    this.keuzes = keuzes;
    this.queries = queries;
    this.clock = clock;
  }

  // ---- import by upload

  @GetMapping("/vastleggen/begrotingen/import")
  ModelAndView importFormulier() {
    return FormulierPagina.toon(importeren(Bouwer.leeg(), null));
  }

  @PostMapping("/vastleggen/begrotingen/import")
  ModelAndView importeren(
      @RequestParam(name = "bestand", required = false) MultipartFile bestand,
      HttpServletRequest request,
      RedirectAttributes flash) {
    return vastleggen.formulier(
        request,
        flash,
        "De begroting",
        i -> {
          LocalDate draftedOn = i.datum("draftedOn");
          if (draftedOn == null && !i.fouten().containsKey("draftedOn")) {
            i.fout("draftedOn", "Vul de datum van het concept in.");
          }
          String text = tekst(bestand, i);
          if (text == null) {
            return null;
          }
          BegrotingFile.Parsed parsed;
          try {
            parsed = BegrotingFile.parse(text);
          } catch (InvalidValueException e) {
            i.fout(
                "bestand",
                e.getMessage()
                    + ". Verbeter het bestand en kies het opnieuw: een browser stuurt een"
                    + " gekozen bestand niet nog eens mee.");
            return null;
          }
          return draftedOn == null
              ? null
              : new DraftBegroting(parsed.begrotingId(), parsed.document(), draftedOn);
        },
        c -> "/begrotingen/" + ((DraftBegroting) c).begrotingId(),
        (b, formId) -> importeren(b, formId));
  }

  /** The uploaded file as UTF-8 text; null (with the reason at the field) when it is not. */
  private static String tekst(MultipartFile bestand, Invoer i) {
    if (bestand == null || bestand.isEmpty()) {
      i.fout("bestand", "Kies het begrotingsbestand.");
      return null;
    }
    if (bestand.getSize() > MAX_FILE_BYTES) {
      i.fout("bestand", "Het bestand is groter dan 2 MB; een begrotingsbestand is veel kleiner.");
      return null;
    }
    try {
      // strict decoding: a file in another encoding is refused, not read with wrong letters
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bestand.getBytes()))
          .toString();
    } catch (CharacterCodingException e) {
      i.fout(
          "bestand",
          "Het bestand is geen UTF-8-tekst. Sla het op als ‘CSV UTF-8’ of als tekst in UTF-8.");
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Formulier importeren(Bouwer b, String formId) {
    b.bestand(
            "bestand",
            "Begrotingsbestand",
            "Het bestand in het importformaat (zie de handleiding): een regel per programma, beleidsopgave en kostenregel.")
        .datum("draftedOn", "Datum van het concept", true, null, null);
    return b.bouw(
        "Begroting importeren",
        "Leest een hele begroting in als concept. Indienen bij de AV en vaststellen legt u daarna vast op de pagina van de begroting.",
        "/vastleggen/begrotingen/import",
        formId,
        "/begrotingen",
        "Begroting inlezen",
        true);
  }

  // ---- submit, approve, jaarrekening

  @GetMapping("/vastleggen/begrotingen/{id}/indienen")
  ModelAndView indienenFormulier(@PathVariable BegrotingId id) {
    BegrotingView view = begroting(id);
    return FormulierPagina.toon(indienen(Bouwer.leeg(), view, null));
  }

  @PostMapping("/vastleggen/begrotingen/{id}/indienen")
  ModelAndView indienen(
      @PathVariable BegrotingId id, HttpServletRequest request, RedirectAttributes flash) {
    BegrotingView view = begroting(id);
    return vastleggen.formulier(
        request,
        flash,
        "De indiening",
        i -> new SubmitBegroting(id, i.datum("submittedOn"), FormulierPagina.verwijzing(i)),
        c -> "/begrotingen/" + id,
        (b, formId) -> indienen(b, view, formId));
  }

  private Formulier indienen(Bouwer b, BegrotingView view, String formId) {
    b.datum("submittedOn", "Ingediend bij de AV op", true, null, null);
    FormulierPagina.verwijzing(b, keuzes.besluiten());
    return b.bouw(
        "Indienen: " + view.titel(),
        null,
        "/vastleggen/begrotingen/" + view.begrotingId() + "/indienen",
        formId,
        "/begrotingen/" + view.begrotingId(),
        "Indiening vastleggen");
  }

  @GetMapping("/vastleggen/begrotingen/{id}/vaststellen")
  ModelAndView vaststellenFormulier(@PathVariable BegrotingId id) {
    BegrotingView view = begroting(id);
    return FormulierPagina.toon(vaststellen(Bouwer.leeg(), view, null));
  }

  @PostMapping("/vastleggen/begrotingen/{id}/vaststellen")
  ModelAndView vaststellen(
      @PathVariable BegrotingId id, HttpServletRequest request, RedirectAttributes flash) {
    BegrotingView view = begroting(id);
    return vastleggen.formulier(
        request,
        flash,
        "De vaststelling",
        i -> new ApproveBegroting(id, i.id("besluitId", BesluitId::parse)),
        c -> "/begrotingen/" + id,
        (b, formId) -> vaststellen(b, view, formId));
  }

  private Formulier vaststellen(Bouwer b, BegrotingView view, String formId) {
    b.keuze(
        "besluitId",
        "Besluit van de AV",
        true,
        "Het besluit waarmee de AV de begroting vaststelde; leg dat eerst vast als voorstel met besluit.",
        null,
        keuzes.besluiten());
    return b.bouw(
        "Vaststellen: " + view.titel(),
        null,
        "/vastleggen/begrotingen/" + view.begrotingId() + "/vaststellen",
        formId,
        "/begrotingen/" + view.begrotingId(),
        "Vaststelling vastleggen");
  }

  @GetMapping("/vastleggen/begrotingen/{id}/jaarrekening")
  ModelAndView jaarrekeningFormulier(@PathVariable BegrotingId id) {
    BegrotingView view = begroting(id);
    return FormulierPagina.toon(jaarrekening(Bouwer.leeg(), view, null));
  }

  @PostMapping("/vastleggen/begrotingen/{id}/jaarrekening")
  ModelAndView jaarrekening(
      @PathVariable BegrotingId id, HttpServletRequest request, RedirectAttributes flash) {
    BegrotingView view = begroting(id);
    return vastleggen.formulier(
        request,
        flash,
        "De jaarrekening",
        i ->
            new AdoptJaarrekening(
                id, i.id("besluitId", BesluitId::parse), i.tekst("auditorStatement")),
        c -> "/begrotingen/" + id,
        (b, formId) -> jaarrekening(b, view, formId));
  }

  private Formulier jaarrekening(Bouwer b, BegrotingView view, String formId) {
    b.keuze("besluitId", "Besluit van de AV", true, null, null, keuzes.besluiten())
        .tekstvak(
            "auditorStatement",
            "Verklaring van de accountant",
            true,
            "Bijvoorbeeld: goedkeurende controleverklaring van 14 april 2022.",
            null);
    return b.bouw(
        "Jaarrekening vaststellen: " + view.titel(),
        null,
        "/vastleggen/begrotingen/" + view.begrotingId() + "/jaarrekening",
        formId,
        "/begrotingen/" + view.begrotingId(),
        "Jaarrekening vastleggen");
  }

  // ---- amendment per line

  @GetMapping("/vastleggen/begrotingen/{id}/wijziging")
  ModelAndView wijzigingFormulier(@PathVariable BegrotingId id) {
    BegrotingView view = begroting(id);
    return FormulierPagina.toon(wijziging(Bouwer.leeg(), view, null, CHANGE_ROWS));
  }

  @PostMapping("/vastleggen/begrotingen/{id}/wijziging")
  ModelAndView wijziging(
      @PathVariable BegrotingId id, HttpServletRequest request, RedirectAttributes flash) {
    BegrotingView view = begroting(id);
    Invoer in = new Invoer(request.getParameterMap());
    int rows = rows(in);
    if (in.tekst("meerRegels") != null) {
      return FormulierPagina.toon(
          wijziging(
              new Bouwer(in.waarden(), Map.of()),
              view,
              in.tekst("formulierId"),
              Math.min(MAX_CHANGE_ROWS, rows + 1)));
    }
    var uitkomst =
        vastleggen.verwerk(
            in,
            i ->
                new AmendBegroting(
                    id,
                    i.id("besluitId", BesluitId::parse),
                    i.code("nota", Nota::parse),
                    i.datum("effectiveDate"),
                    changes(i, rows)),
            c -> "/begrotingen/" + id,
            "De begrotingswijziging");
    return FormulierPagina.na(
        uitkomst, in, flash, b -> wijziging(b, view, in.tekst("formulierId"), rows));
  }

  private static int rows(Invoer in) {
    try {
      String given = in.tekst("regels");
      return given == null
          ? CHANGE_ROWS
          : Math.max(1, Math.min(MAX_CHANGE_ROWS, Integer.parseInt(given)));
    } catch (NumberFormatException e) {
      return CHANGE_ROWS;
    }
  }

  private static List<LineChange> changes(Invoer in, int rows) {
    List<LineChange> changes = new ArrayList<>();
    for (int n = 0; n < rows; n++) {
      String p = "changes[" + n + "].";
      String code = in.tekst(p + "opgaveCode");
      if (code == null && in.tekst(p + "delta") == null) {
        continue;
      }
      CostLine line = in.code(p + "line", CostLine::parse);
      var delta = in.bedrag(p + "delta");
      try {
        changes.add(new LineChange(code, line, delta));
      } catch (InvalidValueException e) {
        String field = e.field() == null ? "changes.opgaveCode" : e.field();
        in.fout(
            field.startsWith("changes.") ? "changes[" + n + "]." + field.substring(8) : field,
            e.getMessage().replace("'" + field + "'", "dit veld"));
      }
    }
    return changes;
  }

  private Formulier wijziging(Bouwer b, BegrotingView view, String formId, int rows) {
    List<Optie> opgaven = opgaven(view);
    b.groep("De wijziging", null)
        .keuze("besluitId", "Besluit van de AV", true, null, null, keuzes.besluiten())
        .keuze("nota", "Nota", true, null, null, Keuzes.codes(Nota.class))
        .datum("effectiveDate", "Geldt vanaf", true, null, null);
    for (int n = 0; n < rows; n++) {
      String p = "changes[" + n + "].";
      b.groep(
              "Regel " + (n + 1),
              n == 0
                  ? "Per kostenregel het bedrag erbij (of eraf, met een minteken). Lege regels tellen niet mee."
                  : null)
          .keuze(p + "opgaveCode", "Beleidsopgave", false, null, null, opgaven)
          .keuze(p + "line", "Kostenregel", false, null, null, Keuzes.codes(CostLine.class))
          .bedrag(
              p + "delta", "Erbij of eraf", false, "In euro’s, zoals 25.000 of -12.500,50.", null);
    }
    b.verborgen("regels", String.valueOf(rows));
    if (rows < MAX_CHANGE_ROWS) {
      b.knop("meerRegels", "Nog een regel toevoegen");
    }
    return b.bouw(
        "Begrotingswijziging: " + view.titel(),
        null,
        "/vastleggen/begrotingen/" + view.begrotingId() + "/wijziging",
        formId,
        "/begrotingen/" + view.begrotingId(),
        "Wijziging vastleggen");
  }

  // ---- realisation and werkbudget

  @GetMapping("/vastleggen/begrotingen/{id}/realisatie")
  ModelAndView realisatieFormulier(@PathVariable BegrotingId id) {
    BegrotingView view = begroting(id);
    return FormulierPagina.toon(realisatie(Bouwer.leeg(), view, null));
  }

  @PostMapping("/vastleggen/begrotingen/{id}/realisatie")
  ModelAndView realisatie(
      @PathVariable BegrotingId id, HttpServletRequest request, RedirectAttributes flash) {
    BegrotingView view = begroting(id);
    return vastleggen.formulier(
        request,
        flash,
        "De realisatie",
        i ->
            new RecordRealisation(
                id,
                i.tekst("opgaveCode"),
                i.code("line", CostLine::parse),
                i.bedrag("realised"),
                i.datum("asOf"),
                i.tekst("source")),
        c -> "/begrotingen/" + id,
        (b, formId) -> realisatie(b, view, formId));
  }

  private Formulier realisatie(Bouwer b, BegrotingView view, String formId) {
    b.keuze("opgaveCode", "Beleidsopgave", true, null, null, opgaven(view))
        .keuze("line", "Kostenregel", true, null, null, Keuzes.codes(CostLine.class))
        .bedrag(
            "realised",
            "Gerealiseerd",
            true,
            "Het totaal tot en met de datum hieronder, in euro’s.",
            null)
        .datum("asOf", "Stand per", true, null, null)
        .tekst("source", "Bron", true, "Bijvoorbeeld: jaarrekening 2021, bijlage 3.", null);
    return b.bouw(
        "Realisatie: " + view.titel(),
        null,
        "/vastleggen/begrotingen/" + view.begrotingId() + "/realisatie",
        formId,
        "/begrotingen/" + view.begrotingId(),
        "Realisatie vastleggen");
  }

  @GetMapping("/vastleggen/begrotingen/{id}/werkbudget")
  ModelAndView werkbudgetFormulier(@PathVariable BegrotingId id) {
    BegrotingView view = begroting(id);
    return FormulierPagina.toon(werkbudget(Bouwer.leeg(), view, null));
  }

  @PostMapping("/vastleggen/begrotingen/{id}/werkbudget")
  ModelAndView werkbudget(
      @PathVariable BegrotingId id, HttpServletRequest request, RedirectAttributes flash) {
    BegrotingView view = begroting(id);
    return vastleggen.formulier(
        request,
        flash,
        "De besteding uit het werkbudget",
        i ->
            new RecordWerkbudgetUse(
                id,
                i.id("mandaatId", MandaatId::parse),
                FormulierPagina.partij(i, "usedBy"),
                i.bedrag("amount"),
                i.datum("date"),
                i.tekst("description")),
        c -> "/begrotingen/" + id,
        (b, formId) -> werkbudget(b, view, formId));
  }

  private Formulier werkbudget(Bouwer b, BegrotingView view, String formId) {
    b.keuze(
            "mandaatId",
            "Krachtens mandaat",
            true,
            "Het mandaat dat het werkbudget toekent; de besteding blijft binnen het plafond.",
            null,
            keuzes.mandaten())
        .bedrag("amount", "Bedrag", true, null, null)
        .datum("date", "Datum", true, null, null)
        .tekst("description", "Waarvoor", true, null, null)
        .groep("Besteed door", null);
    FormulierPagina.partij(b, "usedBy", "Besteed door", keuzes.gremia(), null);
    return b.bouw(
        "Besteding uit een werkbudget: " + view.titel(),
        null,
        "/vastleggen/begrotingen/" + view.begrotingId() + "/werkbudget",
        formId,
        "/begrotingen/" + view.begrotingId(),
        "Besteding vastleggen");
  }

  // ----

  private BegrotingView begroting(BegrotingId id) {
    return queries.query(new FindBegroting(id, LocalDate.now(clock)), BegrotingView.class).join();
  }

  /** Every beleidsopgave of the begroting, by programme, code and name. */
  private static List<Optie> opgaven(BegrotingView view) {
    List<Optie> all = new ArrayList<>();
    for (var programma : view.programmas()) {
      for (var opgave : programma.opgaven()) {
        all.add(
            new Optie(
                opgave.code(),
                opgave.code() + " " + opgave.naam() + " (programma " + programma.nummer() + ")",
                false));
      }
    }
    return all;
  }
}
