package nl.ipo.ledger.infra.web.rectificatie;

import nl.ipo.ledger.command.rectificatie.FactReader;
import nl.ipo.ledger.infra.admin.ProjectionRebuilds;
import nl.ipo.ledger.infra.web.CommandEdge;
import nl.ipo.ledger.infra.web.CommandResponse;
import nl.ipo.ledger.kernel.common.CommandOutcome;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Corrections (rectificaties): a recorded fact is corrected or retracted by a new fact naming it,
 * with the reason and the decision behind the correction. The read models are then rebuilt, so they
 * show the corrected state; the audit trail keeps both.
 */
@RestController
@RequestMapping("/api/rectificaties")
class RectificatieController {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(RectificatieController.class);

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
  private final ProjectionRebuilds rebuilds;

  RectificatieController(
      CommandEdge commands, FactReader facts, JsonMapper json, ProjectionRebuilds rebuilds) {
    this.commands = commands;
    this.facts = facts;
    this.json = json;
    this.rebuilds = rebuilds;
  }

  @PostMapping("/correct")
  CommandResponse correct(@RequestBody CorrectRequest request) {
    InvalidValueException.required("replacement", request.replacement());
    Class<?> type = originalType(request.eventIdentifier(), request.aggregateId());
    LedgerEvent replacement;
    try {
      replacement = (LedgerEvent) json.treeToValue(request.replacement(), type);
    } catch (JacksonException e) {
      throw new InvalidValueException(
          "replacement", "is not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage());
    }
    return rebuildAfter(
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

  @PostMapping("/retract")
  CommandResponse retract(@RequestBody RetractRequest request) {
    originalType(request.eventIdentifier(), request.aggregateId());
    return rebuildAfter(
        request.eventIdentifier(),
        commands.send(
            new RetractFact(
                request.eventIdentifier(),
                request.aggregateId(),
                request.reason(),
                new DecisionReference(request.decisionReference()))));
  }

  private CommandResponse rebuildAfter(String eventIdentifier, CommandOutcome outcome) {
    if (outcome == CommandOutcome.RECORDED) {
      try {
        rebuilds.start();
      } catch (RuntimeException e) {
        // the correction is recorded; a failed rebuild is retried with POST /api/admin/rebuild
        log.error(
            "Correction of {} recorded, but rebuilding the read models failed", eventIdentifier, e);
      }
    }
    return new CommandResponse(eventIdentifier, outcome);
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
                    "no event " + eventIdentifier + " in the stream of " + aggregateId));
  }
}
