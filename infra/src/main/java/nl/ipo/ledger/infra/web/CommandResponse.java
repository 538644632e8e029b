package nl.ipo.ledger.infra.web;

import java.net.URI;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import org.springframework.http.ResponseEntity;

/**
 * What the ledger did with a command: {@code RECORDED} (new events stored) or {@code UNCHANGED} (an
 * exact repeat of what is already recorded; nothing stored).
 */
public record CommandResponse(String id, CommandOutcome outcome) {

  /** 201 with a location when something new was recorded, else 200. */
  public static ResponseEntity<CommandResponse> created(
      URI location, String id, CommandOutcome outcome) {
    CommandResponse body = new CommandResponse(id, outcome);
    return outcome == CommandOutcome.RECORDED
        ? ResponseEntity.created(location).body(body)
        : ResponseEntity.ok(body);
  }
}
