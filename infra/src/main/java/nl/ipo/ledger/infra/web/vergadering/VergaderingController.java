package nl.ipo.ledger.infra.web.vergadering;

import java.net.URI;
import java.time.LocalDate;
import nl.ipo.ledger.infra.axon.CommandEdge;
import nl.ipo.ledger.infra.web.CommandResponse;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.Besluitenlijst;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindBesluitenlijst;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.vergadering.VergaderingCommand.ScheduleVergadering;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Meetings of the gremia, and the besluitenlijst of a meeting. */
@RestController
@RequestMapping("/api/vergaderingen")
class VergaderingController {

  record ScheduleVergaderingRequest(
      String id, String gremiumId, LocalDate date, String description) {
    ScheduleVergadering toCommand() {
      return new ScheduleVergadering(
          id == null ? VergaderingId.random() : VergaderingId.parse("id", id),
          GremiumId.parse("gremiumId", gremiumId),
          date,
          description);
    }
  }

  private final CommandEdge commands;
  private final QueryGateway queries;

  VergaderingController(CommandEdge commands, QueryGateway queries) {
    this.commands = commands;
    this.queries = queries;
  }

  @PostMapping
  ResponseEntity<CommandResponse> schedule(@RequestBody ScheduleVergaderingRequest request) {
    ScheduleVergadering command = request.toCommand();
    String id = command.vergaderingId().toString();
    return CommandResponse.created(
        URI.create("/api/vergaderingen/" + id + "/besluitenlijst"), id, commands.send(command));
  }

  @GetMapping("/{id}/besluitenlijst")
  Besluitenlijst besluitenlijst(@PathVariable VergaderingId id) {
    return queries.query(new FindBesluitenlijst(null, id), Besluitenlijst.class).join();
  }
}
