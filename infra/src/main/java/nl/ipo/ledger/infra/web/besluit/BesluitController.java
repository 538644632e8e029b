package nl.ipo.ledger.infra.web.besluit;

import java.net.URI;
import java.time.Instant;
import nl.ipo.ledger.infra.axon.CommandEdge;
import nl.ipo.ledger.infra.temporal.KnownAtQueries;
import nl.ipo.ledger.infra.temporal.TemporalReplay;
import nl.ipo.ledger.infra.web.CommandResponse;
import nl.ipo.ledger.infra.web.KnownAt;
import nl.ipo.ledger.infra.web.besluit.BesluitRequests.AdviceRequest;
import nl.ipo.ledger.infra.web.besluit.BesluitRequests.AgendaRequest;
import nl.ipo.ledger.infra.web.besluit.BesluitRequests.DecisionRequest;
import nl.ipo.ledger.infra.web.besluit.BesluitRequests.DiscussionRequest;
import nl.ipo.ledger.infra.web.besluit.BesluitRequests.SubmitVoorstelRequest;
import nl.ipo.ledger.infra.web.besluit.BesluitRequests.WithdrawRequest;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.SubmitVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.BesluitLifecycle;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.Besluitenlijst;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindBesluitLifecycle;
import nl.ipo.ledger.kernel.besluit.BesluitQueries.FindBesluitenlijst;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** From voorstel to besluit: one POST per step, the lifecycle and the besluitenlijst of a body. */
@RestController
class BesluitController {

  private final CommandEdge commands;
  private final QueryGateway queries;
  private final KnownAtQueries known;

  BesluitController(CommandEdge commands, QueryGateway queries, KnownAtQueries known) {
    this.commands = commands;
    this.queries = queries;
    this.known = known;
  }

  @PostMapping("/api/besluiten")
  ResponseEntity<CommandResponse> submit(@RequestBody SubmitVoorstelRequest request) {
    SubmitVoorstel command = request.toCommand();
    String id = command.besluitId().toString();
    return CommandResponse.created(URI.create("/api/besluiten/" + id), id, commands.send(command));
  }

  @PostMapping("/api/besluiten/{id}/agenda")
  CommandResponse agenda(@PathVariable BesluitId id, @RequestBody AgendaRequest request) {
    return new CommandResponse(id.toString(), commands.send(request.toCommand(id)));
  }

  @PostMapping("/api/besluiten/{id}/discussions")
  CommandResponse discussion(@PathVariable BesluitId id, @RequestBody DiscussionRequest request) {
    return new CommandResponse(id.toString(), commands.send(request.toCommand(id)));
  }

  @PostMapping("/api/besluiten/{id}/advice")
  CommandResponse advice(@PathVariable BesluitId id, @RequestBody AdviceRequest request) {
    return new CommandResponse(id.toString(), commands.send(request.toCommand(id)));
  }

  @PostMapping("/api/besluiten/{id}/decision")
  CommandResponse decide(@PathVariable BesluitId id, @RequestBody DecisionRequest request) {
    return new CommandResponse(id.toString(), commands.send(request.toCommand(id)));
  }

  @PostMapping("/api/besluiten/{id}/withdraw")
  CommandResponse withdraw(@PathVariable BesluitId id, @RequestBody WithdrawRequest request) {
    return new CommandResponse(id.toString(), commands.send(request.toCommand(id)));
  }

  @GetMapping("/api/besluiten/{id}")
  BesluitLifecycle lifecycle(
      @PathVariable BesluitId id, @RequestParam(required = false) Instant knownAt) {
    BesluitLifecycle lifecycle =
        queries.query(new FindBesluitLifecycle(id), BesluitLifecycle.class).join();
    return knownAt == null
        ? lifecycle
        : new BesluitLifecycle(
            lifecycle.besluitId(),
            KnownAt.filter(lifecycle.events(), knownAt, "besluitId", id.toString()));
  }

  /**
   * The live besluitenlijst, or, with {@code knownAt}, the list as known then with the events the
   * reading had to leave out ({@link TemporalReplay.Replayed}).
   */
  @GetMapping("/api/besluitenlijst")
  Object besluitenlijst(
      @RequestParam GremiumId gremiumId, @RequestParam(required = false) Instant knownAt) {
    FindBesluitenlijst query = new FindBesluitenlijst(gremiumId, null);
    return known.answer(query, Besluitenlijst.class, knownAt);
  }
}
