package nl.ipo.ledger.command.mandaat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatAmended;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatExpired;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatGranted;
import nl.ipo.ledger.kernel.mandaat.MandaatEvent.MandaatRevoked;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import nl.ipo.ledger.kernel.mandaat.MandaatScope;

/**
 * A mandate with every version, folded from its events. Immutable; {@link #evolve} never validates.
 */
public record MandaatFacts(
    MandaatGranted granted, List<Version> versions, LocalDate revokedFrom, LocalDate expiredOn) {

  static final MandaatFacts INITIAL = new MandaatFacts(null, List.of(), null, null);

  /** One version of the mandate's terms, in force from {@code validFrom}. */
  public record Version(
      LocalDate validFrom,
      MandaatScope scope,
      BigDecimal ceiling,
      LocalDate endDate,
      String conditions,
      DecisionReference decision) {}

  public MandaatFacts {
    versions = List.copyOf(versions);
  }

  boolean exists() {
    return granted != null;
  }

  public MandaatId id() {
    return granted.mandaatId();
  }

  public Party mandaatgever() {
    return granted.mandaatgever();
  }

  public Party mandataris() {
    return granted.mandataris();
  }

  public Optional<MandaatId> parent() {
    return Optional.ofNullable(granted.parentMandaatId());
  }

  public LocalDate startDate() {
    return granted.startDate();
  }

  public Version current() {
    return versions.get(versions.size() - 1);
  }

  /** The terms in force on a day: the latest version from on or before it. */
  public Optional<Version> versionOn(LocalDate day) {
    Version found = null;
    for (Version version : versions) {
      if (!version.validFrom().isAfter(day)) {
        found = version;
      }
    }
    return Optional.ofNullable(found);
  }

  public boolean isClosed() {
    return revokedFrom != null || expiredOn != null;
  }

  /** Why the mandate does not hold on a day, or empty when it does. */
  public Optional<String> notValidOn(LocalDate day) {
    if (day.isBefore(startDate())) {
      return Optional.of("het gaat pas in op " + Dutch.date(startDate()));
    }
    if (revokedFrom != null && !day.isBefore(revokedFrom)) {
      return Optional.of("het is ingetrokken per " + Dutch.date(revokedFrom));
    }
    if (expiredOn != null && !day.isBefore(expiredOn)) {
      return Optional.of("het is verlopen op " + Dutch.date(expiredOn));
    }
    LocalDate end = versionOn(day).map(Version::endDate).orElse(null);
    if (end != null && !day.isBefore(end)) {
      return Optional.of("de looptijd is geëindigd op " + Dutch.date(end));
    }
    return Optional.empty();
  }

  MandaatFacts evolve(MandaatEvent event) {
    if (event instanceof MandaatGranted e) {
      Version first =
          new Version(
              e.startDate(), e.scope(), e.ceiling(), e.endDate(), e.conditions(), e.decision());
      return new MandaatFacts(e, List.of(first), null, null);
    } else if (event instanceof MandaatAmended e) {
      List<Version> next = new ArrayList<>(versions);
      next.add(
          new Version(
              e.effectiveDate(),
              e.scope(),
              e.ceiling(),
              e.endDate(),
              e.conditions(),
              e.decision()));
      return new MandaatFacts(granted, next, revokedFrom, expiredOn);
    } else if (event instanceof MandaatRevoked e) {
      return new MandaatFacts(granted, versions, e.effectiveDate(), expiredOn);
    } else if (event instanceof MandaatExpired e) {
      return new MandaatFacts(granted, versions, revokedFrom, e.effectiveDate());
    }
    throw new IllegalArgumentException("Unhandled mandaat event " + event.getClass());
  }

  /** "mandaat 4f6e… van gremium 9a1b… aan Algemeen Directeur", to stand inside a sentence. */
  public String describe() {
    return "mandaat "
        + granted.mandaatId()
        + " van "
        + granted.mandaatgever()
        + " aan "
        + granted.mandataris();
  }

  /** "besluiten van het soort begroting en jaarrekening; onderwerpen met 'subsidie'". */
  public static String describe(MandaatScope scope) {
    List<String> parts = new ArrayList<>();
    if (!scope.besluitTypes().isEmpty()) {
      parts.add(
          "besluiten van het soort "
              + Dutch.list(
                  scope.besluitTypes().stream().sorted().map(BesluitType::label).toList()));
    }
    if (!scope.subjects().isEmpty()) {
      parts.add(
          "onderwerpen met "
              + Dutch.list(scope.subjects().stream().map(s -> "'" + s + "'").toList()));
    }
    return String.join("; ", parts);
  }
}
