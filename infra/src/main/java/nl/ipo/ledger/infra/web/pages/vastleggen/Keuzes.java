package nl.ipo.ledger.infra.web.pages.vastleggen;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.ipo.ledger.infra.web.pages.Weergave;
import nl.ipo.ledger.infra.web.pages.vastleggen.Veld.Optie;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.BegrotingSummary;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.BegrotingenPage;
import nl.ipo.ledger.kernel.begroting.BegrotingQueries.FindBegrotingen;
import nl.ipo.ledger.kernel.besluit.BesluitQueries;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.BesluitItem;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.BesluitenPage;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindBesluiten;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindVergaderingen;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.VergaderingItem;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.VergaderingenPage;
import nl.ipo.ledger.kernel.common.Codes;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumQueries;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindGremia;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumPage;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumSummary;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.FindMandaten;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.MandaatEntry;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.MandatenPage;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * The pickers of the forms: every body, voorstel, meeting, mandate and begroting by the name a
 * secretary knows it by, never by its id. Read from the query side, like every page.
 */
@Component
public class Keuzes {

  private final QueryGateway queries;
  private final Clock clock;

  Keuzes(QueryGateway queries, Clock clock) {
    this.queries = queries;
    this.clock = clock;
  }

  /** Every gremium, by name, with its kind and lifetime so that namesakes are told apart. */
  public List<Optie> gremia() {
    return gremiumList().stream()
        .sorted(Comparator.comparing(GremiumSummary::name, String.CASE_INSENSITIVE_ORDER))
        .map(g -> new Optie(g.id(), gremiumTekst(g), false))
        .toList();
  }

  public List<GremiumSummary> gremiumList() {
    List<GremiumSummary> all = new ArrayList<>();
    int page = 0;
    while (true) {
      GremiumPage found =
          queries
              .query(new FindGremia(null, page, GremiumQueries.MAX_PAGE_SIZE), GremiumPage.class)
              .join();
      all.addAll(found.gremia());
      if (found.gremia().size() < GremiumQueries.MAX_PAGE_SIZE) {
        return all;
      }
      page++;
    }
  }

  /** The name of one gremium, for a heading; its id when it is unknown. */
  public String gremiumNaam(GremiumId id) {
    return gremiumList().stream()
        .filter(g -> g.id().equals(id.toString()))
        .map(GremiumSummary::name)
        .findFirst()
        .orElse("onbekend gremium");
  }

  static String gremiumTekst(GremiumSummary g) {
    String period =
        g.beginDate().getYear()
            + (g.endDate() == null ? "" : "–" + g.endDate().minusDays(1).getYear());
    return g.name()
        + " ("
        + g.type().label()
        + ", "
        + (g.endDate() == null ? "sinds " + period : period)
        + ")";
  }

  /** Every voorstel and besluit, newest first, by subject and date. */
  public List<Optie> besluiten() {
    return besluitList().stream()
        .map(b -> new Optie(b.besluitId(), besluitTekst(b), false))
        .toList();
  }

  public List<BesluitItem> besluitList() {
    List<BesluitItem> all = new ArrayList<>();
    int page = 0;
    while (true) {
      BesluitenPage found =
          queries
              .query(
                  new FindBesluiten(null, null, null, null, null, page, BesluitQueries.MAX_SIZE),
                  BesluitenPage.class)
              .join();
      all.addAll(found.besluiten());
      if (found.besluiten().size() < BesluitQueries.MAX_SIZE) {
        return all;
      }
      page++;
    }
  }

  static String besluitTekst(BesluitItem b) {
    LocalDate day = b.decisionDate() != null ? b.decisionDate() : b.submittedOn();
    return b.subject()
        + " ("
        + b.status().toLowerCase(java.util.Locale.ROOT)
        + ", "
        + Weergave.datum(day)
        + ")";
  }

  /** Every meeting, newest first: body, day and what it was for. */
  public List<Optie> vergaderingen() {
    List<Optie> all = new ArrayList<>();
    int page = 0;
    while (true) {
      VergaderingenPage found =
          queries
              .query(
                  new FindVergaderingen(null, page, BesluitQueries.MAX_SIZE),
                  VergaderingenPage.class)
              .join();
      for (VergaderingItem v : found.vergaderingen()) {
        all.add(new Optie(v.vergaderingId(), vergaderingTekst(v), false));
      }
      if (found.vergaderingen().size() < BesluitQueries.MAX_SIZE) {
        return all;
      }
      page++;
    }
  }

  static String vergaderingTekst(VergaderingItem v) {
    return v.gremiumName()
        + ", "
        + Weergave.datum(v.date())
        + (v.description() == null ? "" : " – " + v.description());
  }

  /** Every mandate, with its mandataris, scope and status today. */
  public List<Optie> mandaten() {
    List<Optie> all = new ArrayList<>();
    int page = 0;
    while (true) {
      MandatenPage found =
          queries
              .query(
                  new FindMandaten(LocalDate.now(clock), null, page, MandaatQueries.MAX_SIZE),
                  MandatenPage.class)
              .join();
      for (MandaatEntry m : found.mandaten()) {
        all.add(new Optie(m.mandaatId(), mandaatTekst(m), false));
      }
      if (found.mandaten().size() < MandaatQueries.MAX_SIZE) {
        return all;
      }
      page++;
    }
  }

  static String mandaatTekst(MandaatEntry m) {
    String subjects =
        m.scope() == null || m.scope().subjects().isEmpty()
            ? ""
            : " voor " + String.join(", ", m.scope().subjects());
    return "Mandaat van "
        + m.mandaatgever().name()
        + " aan "
        + m.mandataris().name()
        + subjects
        + " (sinds "
        + Weergave.datum(m.startDate())
        + ", "
        + m.status().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + ")";
  }

  /** Every begroting, by year and title. */
  public List<Optie> begrotingen() {
    BegrotingenPage found =
        queries
            .query(new FindBegrotingen(LocalDate.now(clock), 0, 200), BegrotingenPage.class)
            .join();
    return found.begrotingen().stream()
        .sorted(Comparator.comparingInt(BegrotingSummary::jaar).reversed())
        .map(b -> new Optie(b.begrotingId(), b.titel() + " (" + b.status().label() + ")", false))
        .toList();
  }

  /** The values of a closed list (provinces, roles, types) by their Dutch labels. */
  public static <E extends Enum<E> & Codes.Labelled> List<Optie> codes(Class<E> type) {
    List<Optie> all = new ArrayList<>();
    for (E value : type.getEnumConstants()) {
      all.add(new Optie(value.name(), value.label(), false));
    }
    return all;
  }
}
