package nl.ipo.ledger.kernel.zoeken;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ipo.ledger.kernel.besluit.BesluitQueries;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.BesluitItem;
import nl.ipo.ledger.kernel.common.Bounds;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.gremium.GremiumType;

/** A search across the names of bodies, the subjects of besluiten and the parties of mandates. */
public final class ZoekQueries {

  private ZoekQueries() {}

  /** Hits per kind, at most. */
  public static final int MAX_HITS = 50;

  /**
   * Every word of {@code q} must occur (in any case and order) in a body's name (any name it ever
   * carried), a besluit's subject, or the name of a mandate's giver or holder.
   *
   * @param limit hits per kind, 1..{@link #MAX_HITS}
   */
  public record Zoek(String q, int limit) {
    public Zoek {
      q = BesluitQueries.search("q", q);
      if (q == null) {
        throw new InvalidValueException("q", "Geef een zoekterm op (q).");
      }
      if (limit < 1 || limit > MAX_HITS) {
        throw new InvalidValueException(
            "limit", "'limit' moet een geheel getal van 1 tot en met " + MAX_HITS + " zijn.");
      }
    }
  }

  /**
   * @param name the body's latest name
   * @param endDate first day it no longer exists, or null
   */
  public record GremiumHit(
      String gremiumId, String name, GremiumType type, LocalDate beginDate, LocalDate endDate) {}

  /** A mandate, by the names of its giver and holder. */
  public record MandaatHit(
      String mandaatId, String mandaatgever, String mandataris, LocalDate startDate) {}

  public record Zoekresultaat(
      String q, List<GremiumHit> gremia, List<BesluitItem> besluiten, List<MandaatHit> mandaten) {
    public Zoekresultaat {
      gremia = List.copyOf(gremia);
      besluiten = List.copyOf(besluiten);
      mandaten = List.copyOf(mandaten);
    }
  }

  /** The latest name of each body named by id; unknown ids are left out of the answer. */
  public record FindNamen(Set<String> gremiumIds) {
    public FindNamen {
      gremiumIds =
          Bounds.set(
              "gremiumIds",
              InvalidValueException.required("gremiumIds", gremiumIds),
              Bounds.MAX_LIST);
    }
  }

  public record Namen(Map<String, String> gremia) {
    public Namen {
      gremia = Map.copyOf(gremia);
    }
  }
}
