package nl.ipo.ledger.infra.web.pages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ipo.ledger.command.rectificatie.FactReader;
import nl.ipo.ledger.infra.rectificatie.Rectifications;
import nl.ipo.ledger.kernel.common.Codes;
import nl.ipo.ledger.kernel.common.RecordedEvent;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent.FactCorrected;
import nl.ipo.ledger.query.history.EventStreamReader;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The corrections and retractions of recorded facts, as the pages show them: the fact as it now
 * holds, what changed (before → after, by field, in Dutch), why and on which decision. A correction
 * lives in a stream named after the fact it corrects, so each fact's stream is one indexed read.
 */
@Component
public class Correcties {

  /**
   * The latest correction or retraction of one fact.
   *
   * @param nu the fact as it holds now: the replacement, or null when it was retracted
   * @param wijzigingen what the correction changed, one line per field ("Naam: ‘A’ → ‘B’")
   */
  public record Correctie(
      String eventIdentifier,
      boolean ingetrokken,
      Object nu,
      List<String> wijzigingen,
      String reden,
      String besluit,
      Instant vastgelegd,
      String door) {}

  private final EventStreamReader streams;
  private final Rectifications rectifications;
  private final JsonMapper json;
  private final FactReader facts;
  private final JdbcClient jdbc;

  Correcties(
      EventStore eventStore,
      Rectifications rectifications,
      JsonMapper json,
      FactReader facts,
      JdbcClient jdbc) {
    this.streams = new EventStreamReader(eventStore);
    this.rectifications = rectifications;
    this.json = json;
    this.facts = facts;
    this.jdbc = jdbc;
  }

  /**
   * A correction or retraction described by itself (as the journal lists it): found in the stream
   * named after the fact it corrects, and compared with that fact as first recorded.
   */
  public Optional<Correctie> vanCorrectie(String correctionIdentifier) {
    // the correction's stream is named after the fact it corrects, which the journal row does not
    // carry: the store's index on event identifiers finds it
    Optional<String> stream =
        jdbc.sql("SELECT aggregate_identifier FROM domain_event_entry WHERE event_identifier = :id")
            .param("id", correctionIdentifier)
            .query(String.class)
            .optional();
    if (stream.isEmpty()) {
      return Optional.empty();
    }
    for (RecordedEvent e : streams.read(stream.get())) {
      if (e.eventIdentifier().equals(correctionIdentifier)
          && e.event() instanceof RectificatieEvent r) {
        Object original = facts.find(r.aggregateId(), r.eventIdentifier()).orElse(null);
        return Optional.of(describe(e, original));
      }
    }
    return Optional.empty();
  }

  /** The latest correction of each of these facts that has one, by the fact's identifier. */
  public Map<String, Correctie> van(List<RecordedEvent> facts, Instant knownAt) {
    Map<String, Correctie> found = new LinkedHashMap<>();
    if (facts.isEmpty()) {
      return found;
    }
    // one query tells which facts have a correction at all; only their streams are read
    java.util.Set<String> corrected =
        withStreams(facts.stream().map(RecordedEvent::eventIdentifier).toList());
    for (RecordedEvent fact : facts) {
      if (corrected.contains(fact.eventIdentifier())) {
        latest(fact.eventIdentifier(), fact.event(), knownAt)
            .ifPresent(c -> found.put(fact.eventIdentifier(), c));
      }
    }
    return found;
  }

  /** Whether any of these facts has a correction or retraction (one query; see below). */
  public boolean enigeGecorrigeerd(List<RecordedEvent> facts) {
    return !withStreams(facts.stream().map(RecordedEvent::eventIdentifier).toList()).isEmpty();
  }

  /**
   * Of these facts, those with a correction or retraction: a correction's stream is named after the
   * fact it corrects, so a fact has one exactly when a stream of its identifier exists, which the
   * store's unique (aggregate, sequence) index tells per fact. Every correction in the store by its
   * payload type would be a scan of the whole store on every page that shows facts.
   */
  private java.util.Set<String> withStreams(List<String> identifiers) {
    java.util.Set<String> found = new java.util.HashSet<>();
    for (int from = 0; from < identifiers.size(); from += 500) {
      found.addAll(
          jdbc.sql(
                  "SELECT DISTINCT aggregate_identifier FROM domain_event_entry"
                      + " WHERE aggregate_identifier IN (:ids)")
              .param("ids", identifiers.subList(from, Math.min(identifiers.size(), from + 500)))
              .query(String.class)
              .list());
    }
    return found;
  }

  /** The latest correction of one fact, given the fact as first recorded. */
  public Optional<Correctie> latest(String eventIdentifier, Object original) {
    return latest(eventIdentifier, original, null);
  }

  /** The latest correction of one fact recorded by {@code knownAt} (null: now). */
  public Optional<Correctie> latest(String eventIdentifier, Object original, Instant knownAt) {
    RecordedEvent latest = null;
    for (RecordedEvent e : streams.read(eventIdentifier)) {
      if (e.event() instanceof RectificatieEvent
          && (knownAt == null || !e.recordedAt().isAfter(knownAt))) {
        latest = e;
      }
    }
    if (latest == null) {
      return Optional.empty();
    }
    return Optional.of(describe(latest, original));
  }

  /** A correction event described against the fact it corrects. */
  public Correctie describe(RecordedEvent correction, Object original) {
    RectificatieEvent r = (RectificatieEvent) correction.event();
    String besluit = r.decision() == null ? null : r.decision().text();
    if (r instanceof FactCorrected c) {
      Object now = rectifications.corrected(c);
      return new Correctie(
          c.eventIdentifier(),
          false,
          now,
          verschillen(original, now),
          c.reason(),
          besluit,
          correction.recordedAt(),
          correction.actor());
    }
    RectificatieEvent.FactRetracted t = (RectificatieEvent.FactRetracted) r;
    return new Correctie(
        t.eventIdentifier(),
        true,
        null,
        List.of(),
        t.reason(),
        besluit,
        correction.recordedAt(),
        correction.actor());
  }

  /** Field by field, what differs between two versions of a fact, in Dutch. */
  public List<String> verschillen(Object before, Object after) {
    List<String> lines = new ArrayList<>();
    if (before == null || after == null) {
      return lines;
    }
    compare(
        "",
        json.valueToTree(before),
        json.valueToTree(after),
        labels(before),
        labels(after),
        lines);
    return lines;
  }

  /** The Dutch labels of a fact's closed-list values ("lid" for LID), by field name. */
  private static java.util.Map<String, String> labels(Object fact) {
    java.util.Map<String, String> labels = new java.util.HashMap<>();
    if (fact.getClass().isRecord()) {
      for (var component : fact.getClass().getRecordComponents()) {
        try {
          if (component.getAccessor().invoke(fact) instanceof Codes.Labelled code) {
            labels.put(component.getName(), code.label());
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return labels;
  }

  private static void compare(
      String path,
      JsonNode before,
      JsonNode after,
      java.util.Map<String, String> labelsBefore,
      java.util.Map<String, String> labelsAfter,
      List<String> lines) {
    if (before.isObject() && after.isObject()) {
      java.util.Set<String> names = new java.util.LinkedHashSet<>(before.propertyNames());
      names.addAll(after.propertyNames());
      for (String name : names) {
        compare(
            path.isEmpty() ? name : path + "." + name,
            before.path(name),
            after.path(name),
            labelsBefore,
            labelsAfter,
            lines);
      }
      return;
    }
    if (!before.equals(after)) {
      lines.add(
          Veldnamen.label(path)
              + ": "
              + shown(before, labelsBefore.get(path))
              + " → "
              + shown(after, labelsAfter.get(path)));
    }
  }

  private static String shown(JsonNode value, String label) {
    if (label != null) {
      return "‘" + label + "’";
    }
    return shown(value);
  }

  private static String shown(JsonNode value) {
    if (value == null || value.isMissingNode() || value.isNull()) {
      return "(leeg)";
    }
    if (value.isString()) {
      String text = value.asString();
      var date = text.matches("\\d{4}-\\d{2}-\\d{2}") ? java.time.LocalDate.parse(text) : null;
      return date != null ? Weergave.datum(date) : "‘" + text + "’";
    }
    if (value.isBigDecimal()) {
      // the published language's amounts are BigDecimals; other numbers are counts and indexes
      return Weergave.bedrag(value.decimalValue());
    }
    return value.toString();
  }
}
