package nl.ipo.ledger.infra.web.gremium;

import java.net.URI;
import java.time.Instant;
import nl.ipo.ledger.infra.axon.CommandEdge;
import nl.ipo.ledger.infra.web.CommandResponse;
import nl.ipo.ledger.infra.web.KnownAt;
import nl.ipo.ledger.infra.web.gremium.GremiumRequests.AppointMemberRequest;
import nl.ipo.ledger.infra.web.gremium.GremiumRequests.DissolveGremiumRequest;
import nl.ipo.ledger.infra.web.gremium.GremiumRequests.EndMembershipRequest;
import nl.ipo.ledger.infra.web.gremium.GremiumRequests.EstablishGremiumRequest;
import nl.ipo.ledger.infra.web.gremium.GremiumRequests.RenameGremiumRequest;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.AppointMember;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.EstablishGremium;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.FindGremiumHistory;
import nl.ipo.ledger.kernel.gremium.GremiumQueries.GremiumHistory;
import nl.ipo.ledger.kernel.gremium.MembershipId;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One POST per gremium command, and the history of a gremium. */
@RestController
@RequestMapping("/api/gremia")
class GremiumController {

  private final CommandEdge commands;
  private final QueryGateway queries;

  GremiumController(CommandEdge commands, QueryGateway queries) {
    this.commands = commands;
    this.queries = queries;
  }

  @PostMapping
  ResponseEntity<CommandResponse> establish(@RequestBody EstablishGremiumRequest request) {
    EstablishGremium command = request.toCommand();
    String id = command.gremiumId().toString();
    return CommandResponse.created(
        URI.create("/api/gremia/" + id + "/history"), id, commands.send(command));
  }

  @PostMapping("/{id}/rename")
  CommandResponse rename(@PathVariable GremiumId id, @RequestBody RenameGremiumRequest request) {
    GremiumId gremiumId = id;
    return new CommandResponse(id.toString(), commands.send(request.toCommand(gremiumId)));
  }

  @PostMapping("/{id}/dissolve")
  CommandResponse dissolve(
      @PathVariable GremiumId id, @RequestBody DissolveGremiumRequest request) {
    GremiumId gremiumId = id;
    return new CommandResponse(id.toString(), commands.send(request.toCommand(gremiumId)));
  }

  @PostMapping("/{id}/members")
  ResponseEntity<CommandResponse> appoint(
      @PathVariable GremiumId id, @RequestBody AppointMemberRequest request) {
    AppointMember command = request.toCommand(id);
    return CommandResponse.created(
        URI.create("/api/gremia/" + id + "/history"),
        command.membershipId().toString(),
        commands.send(command));
  }

  @PostMapping("/{id}/members/{membershipId}/end")
  CommandResponse endMembership(
      @PathVariable GremiumId id,
      @PathVariable MembershipId membershipId,
      @RequestBody EndMembershipRequest request) {
    return new CommandResponse(
        membershipId.toString(), commands.send(request.toCommand(id, membershipId)));
  }

  @GetMapping("/{id}/history")
  GremiumHistory history(
      @PathVariable GremiumId id, @RequestParam(required = false) Instant knownAt) {
    GremiumHistory history = queries.query(new FindGremiumHistory(id), GremiumHistory.class).join();
    return knownAt == null
        ? history
        : new GremiumHistory(
            history.gremiumId(),
            KnownAt.filter(history.events(), knownAt, "gremiumId", id.toString()));
  }
}
