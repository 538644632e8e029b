package nl.ipo.ledger.kernel.mandaat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.ipo.ledger.kernel.common.Bounds;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.common.Source;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.MemberView;
import nl.ipo.ledger.kernel.gremium.GremiumType;

/** Queries about mandates and competence, and the records that answer them. */
public final class MandaatQueries {

  private MandaatQueries() {}

  /** The tree of a mandate and its sub-mandates, with every version, as known for a day. */
  public record FindMandaatLineage(MandaatId mandaatId, LocalDate asOf) {
    public FindMandaatLineage {
      InvalidValueException.required("mandaatId", mandaatId);
      InvalidValueException.required("asOf", asOf);
    }
  }

  /**
   * One mandate in the tree.
   *
   * @param status on the day asked: NOG_NIET (not yet in force), GELDIG, INGETROKKEN or VERLOPEN
   * @param versions every version in force on or before the day asked, oldest first
   */
  public record MandaatNode(
      String mandaatId,
      Party mandaatgever,
      Party mandataris,
      String status,
      List<MandaatVersion> versions,
      List<MandaatNode> subMandaten) {
    public MandaatNode {
      versions = List.copyOf(versions);
      subMandaten = List.copyOf(subMandaten);
    }
  }

  public record MandaatVersion(
      int version,
      LocalDate validFrom,
      MandaatScope scope,
      BigDecimal ceiling,
      LocalDate endDate,
      String conditions,
      String decisionReference) {}

  /** The statuses a mandate can have on a day, in the order a register lists them. */
  public static final List<String> STATUSES =
      List.of("NOG_NIET", "GELDIG", "INGETROKKEN", "VERLOPEN");

  /** Rows per page of the register, at most. */
  public static final int MAX_SIZE = 500;

  /** The last page number of the register. */
  public static final int MAX_PAGE = Bounds.MAX_PAGE;

  /**
   * The mandate register on a day: every mandate the ledger knows, with its status that day,
   * optionally only those with one status, a page at a time (ordered by start date).
   *
   * @param status one of {@link #STATUSES}, or null (or blank) for all
   * @param page the page, from 0
   * @param size rows per page, 1..{@link #MAX_SIZE}
   */
  public record FindMandaten(LocalDate asOf, String status, int page, int size) {
    public FindMandaten {
      InvalidValueException.required("asOf", asOf);
      Bounds.date("asOf", asOf);
      if (status != null) {
        status = status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
      }
      if (status != null && !STATUSES.contains(status)) {
        throw new InvalidValueException(
            "status",
            "'status' moet NOG_NIET, GELDIG, INGETROKKEN of VERLOPEN zijn, maar is '"
                + (status.length() > 40 ? status.substring(0, 40) + "…" : status)
                + "'.");
      }
      Bounds.paging(page, size, MAX_SIZE);
    }
  }

  /**
   * A party of a mandate as a reader knows it: a gremium by its name on the day (with its named
   * members in force that day, so a kopgroep shows who it is), or a person or officer by name.
   *
   * @param gremiumId the gremium, or null for a person
   * @param personName the person or officer, or null for a gremium
   * @param name what to show: the gremium's name on the day, or the person's name
   * @param type the gremium's type, or null for a person
   * @param members the gremium's members with a name, in force on the day; empty for a person
   */
  public record PartyView(
      String gremiumId,
      String personName,
      String name,
      GremiumType type,
      List<MemberView> members) {
    public PartyView {
      members = List.copyOf(members);
    }

    /** Whether this describes {@code party}. */
    public boolean describes(Party party) {
      return party.namesGremium()
          ? party.gremiumId().toString().equals(gremiumId)
          : personName != null && personName.equalsIgnoreCase(party.personName());
    }
  }

  /**
   * One mandate in the register, with the terms of its version in force on the day asked (the first
   * version for one not yet in force).
   *
   * @param status NOG_NIET, GELDIG, INGETROKKEN or VERLOPEN on the day asked
   * @param endDate the end of the term of that version, or null for none
   * @param versions how many versions the mandate has on the day (at least one)
   * @param source the source of the version in force on the day (its grant or latest amendment)
   */
  public record MandaatEntry(
      String mandaatId,
      String parentMandaatId,
      PartyView mandaatgever,
      PartyView mandataris,
      String status,
      LocalDate startDate,
      LocalDate endDate,
      LocalDate revokedFrom,
      LocalDate expiredOn,
      MandaatScope scope,
      BigDecimal ceiling,
      String conditions,
      String decisionReference,
      int versions,
      Source source) {}

  public record MandatenPage(
      LocalDate asOf, String status, int page, int size, long total, List<MandaatEntry> mandaten) {
    public MandatenPage {
      mandaten = List.copyOf(mandaten);
    }
  }

  /**
   * What a reader needs beside a mandate's lineage ({@link FindMandaatLineage}): the names of every
   * party in the tree and the source of every version.
   */
  public record FindMandaatDossier(MandaatId mandaatId, LocalDate asOf) {
    public FindMandaatDossier {
      InvalidValueException.required("mandaatId", mandaatId);
      InvalidValueException.required("asOf", asOf);
      Bounds.date("asOf", asOf);
    }
  }

  /**
   * Where one recorded fact of a mandate comes from: its grant (version 0), an amendment, or its
   * end (revoked, or expired on its own when the ledger's deadline fired): the besluit it was taken
   * under (if recorded in the ledger), who recorded it when, and its source, or why it has none.
   *
   * @param version the fact's position in the mandate's stream (0 is the grant)
   * @param eventType {@code MandaatGranted}, {@code MandaatAmended}, {@code MandaatRevoked} or
   *     {@code MandaatExpired}
   */
  public record VersionSource(
      String mandaatId,
      int version,
      String eventType,
      String besluitId,
      Instant recordedAt,
      String actor,
      String actorRole,
      Source source) {}

  public record MandaatDossier(
      MandaatNode lineage, List<PartyView> parties, List<VersionSource> sources) {
    public MandaatDossier {
      parties = List.copyOf(parties);
      sources = List.copyOf(sources);
    }
  }
}
