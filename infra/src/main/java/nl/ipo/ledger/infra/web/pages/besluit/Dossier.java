package nl.ipo.ledger.infra.web.pages.besluit;

import java.util.List;
import nl.ipo.ledger.kernel.common.Source;

/**
 * A besluit dossier as the page shows it: every step in words, with names instead of ids and the
 * source of each step.
 */
public record Dossier(
    String besluitId,
    String onderwerp,
    String soort,
    String status,
    Stap voorstel,
    List<Stap> vergaderingen,
    List<Stap> adviezen,
    Stap besluit,
    String bevoegdheid,
    String stemregel,
    List<Stem> stemmen,
    String telling,
    List<Regel> beoogd,
    List<Stap> uitgevoerd,
    List<Stap> rectificaties) {

  /** A piece of a sentence: plain text, or a link to another page. */
  public record Deel(String tekst, String href) {
    static Deel tekst(String tekst) {
      return new Deel(tekst, null);
    }

    static Deel link(String tekst, String href) {
      return new Deel(tekst, href);
    }
  }

  /** A sentence made of pieces, so names can link to their pages. */
  public record Regel(List<Deel> delen) {
    static Regel van(Deel... delen) {
      return new Regel(List.of(delen));
    }
  }

  /**
   * One step of the dossier.
   *
   * @param wanneer the step's day in Dutch
   * @param wat what happened, in a sentence that may link
   * @param toelichting the recorded text (summary, advice, reason); may be null
   * @param vastgelegd when and by whom the ledger recorded it
   * @param feit the recorded fact's identifier, for "Corrigeren"; null for a correction itself
   * @param correctie the fact's latest correction or retraction, or null
   */
  public record Stap(
      String wanneer,
      Regel wat,
      String toelichting,
      String vastgelegd,
      Bron bron,
      String feit,
      nl.ipo.ledger.infra.web.pages.Correcties.Correctie correctie) {}

  /**
   * A step's source; {@code aanname} when the note marks an assumption; {@code geenBron} why a fact
   * recorded without a citation has none.
   */
  public record Bron(
      String document,
      String plaats,
      String citaat,
      String notitie,
      boolean aanname,
      String geenBron) {
    static Bron of(Source source) {
      return source == null
          ? null
          : new Bron(
              source.document(),
              source.place(),
              source.quote(),
              source.note(),
              source.assumption(),
              source.noSourceReason());
    }
  }

  public record Stem(String stemmer, String provincie, String keuze) {}
}
