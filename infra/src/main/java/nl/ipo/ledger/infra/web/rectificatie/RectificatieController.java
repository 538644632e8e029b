package nl.ipo.ledger.infra.web.rectificatie;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.ipo.ledger.command.rectificatie.FactReader;
import nl.ipo.ledger.infra.axon.CommandEdge;
import nl.ipo.ledger.infra.web.CommandResponse;
import nl.ipo.ledger.infra.web.JsonProblems;
import nl.ipo.ledger.kernel.common.Codes;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.rectificatie.RectificatieCommand.CorrectFact;
import nl.ipo.ledger.kernel.rectificatie.RectificatieCommand.RetractFact;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Corrections (rectificaties): a recorded fact is corrected or retracted by a new fact naming it,
 * with the reason and the decision behind the correction. The read models are then rebuilt in the
 * background ({@code CorrectionRebuild}), so they show the corrected state; the audit trail keeps
 * both.
 */
@RestController
@RequestMapping("/api/rectificaties")
class RectificatieController {

  record CorrectRequest(
      String eventIdentifier,
      String aggregateId,
      JsonNode replacement,
      String reason,
      String decisionReference) {}

  record RetractRequest(
      String eventIdentifier, String aggregateId, String reason, String decisionReference) {}

  private final CommandEdge commands;
  private final FactReader facts;
  private final JsonMapper json;

  RectificatieController(CommandEdge commands, FactReader facts, JsonMapper json) {
    this.commands = commands;
    this.facts = facts;
    this.json = json;
  }

  @PostMapping("/correct")
  CommandResponse correct(@RequestBody CorrectRequest request) {
    InvalidValueException.required("replacement", request.replacement());
    Class<?> type = originalType(request.eventIdentifier(), request.aggregateId());
    LedgerEvent replacement = replacement(request.replacement(), type);
    return new CommandResponse(
        request.eventIdentifier(),
        commands.send(
            new CorrectFact(
                request.eventIdentifier(),
                request.aggregateId(),
                replacement,
                request.replacement().toString(),
                request.reason(),
                new DecisionReference(request.decisionReference()))));
  }

  /**
   * The replacement read strictly as the original's kind of fact: it names every field of that fact
   * and no other, so a forgotten or misspelt field is an error, not a silent null.
   */
  private LedgerEvent replacement(JsonNode given, Class<?> type) {
    if (!given.isObject()) {
      throw new InvalidValueException(
          "replacement", "'replacement' moet een JSON-object zijn met de velden van het feit.");
    }
    Set<String> expected = new LinkedHashSet<>();
    for (RecordComponent component : type.getRecordComponents()) {
      expected.add(component.getName());
    }
    Set<String> sent = new LinkedHashSet<>(given.propertyNames());
    Set<String> missing = new LinkedHashSet<>(expected);
    missing.removeAll(sent);
    Set<String> unknown = new LinkedHashSet<>(sent);
    unknown.removeAll(expected);
    if (!unknown.isEmpty()) {
      String first = Codes.abbreviate(unknown.iterator().next());
      throw new InvalidValueException(
          "replacement." + first,
          "'replacement' bevat een veld dat dit soort feit niet kent: '"
              + first
              + "'. Velden van het feit: "
              + String.join(", ", expected)
              + ".");
    }
    if (!missing.isEmpty()) {
      throw new InvalidValueException(
          "replacement." + missing.iterator().next(),
          "'replacement' noemt elk veld van het feit (ook als het leeg is, als null); ontbrekend: "
              + String.join(", ", missing)
              + ".");
    }
    try {
      return (LedgerEvent)
          json.readerFor(type)
              .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
              .readValue(given);
    } catch (JacksonException e) {
      throw JsonProblems.invalid("replacement", e);
    }
  }

  @PostMapping("/retract")
  CommandResponse retract(@RequestBody RetractRequest request) {
    originalType(request.eventIdentifier(), request.aggregateId());
    return new CommandResponse(
        request.eventIdentifier(),
        commands.send(
            new RetractFact(
                request.eventIdentifier(),
                request.aggregateId(),
                request.reason(),
                new DecisionReference(request.decisionReference()))));
  }

  private Class<?> originalType(String eventIdentifier, String aggregateId) {
    InvalidValueException.requiredText("eventIdentifier", eventIdentifier, 255);
    InvalidValueException.requiredText("aggregateId", aggregateId, 255);
    return facts
        .find(aggregateId, eventIdentifier)
        .<Class<?>>map(Object::getClass)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "eventIdentifier",
                    "Er is geen feit "
                        + Codes.abbreviate(eventIdentifier)
                        + " vastgelegd bij record "
                        + Codes.abbreviate(aggregateId)
                        + "."));
  }
}
