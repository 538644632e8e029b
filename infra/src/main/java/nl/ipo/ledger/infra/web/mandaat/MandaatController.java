package nl.ipo.ledger.infra.web.mandaat;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.ipo.ledger.infra.axon.CommandEdge;
import nl.ipo.ledger.infra.temporal.KnownAtQueries;
import nl.ipo.ledger.infra.web.CommandResponse;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.mandaat.MandaatCommand.AmendMandaat;
import nl.ipo.ledger.kernel.mandaat.MandaatCommand.GrantMandaat;
import nl.ipo.ledger.kernel.mandaat.MandaatCommand.RevokeMandaat;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.FindMandaatDossier;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.FindMandaatLineage;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.FindMandaten;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.MandaatDossier;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.MandaatNode;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.MandatenPage;
import nl.ipo.ledger.kernel.mandaat.MandaatScope;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Mandates: grant (or sub-mandate), amend, revoke; the register and the lineage as of a day. */
@RestController
@RequestMapping("/api/mandaten")
class MandaatController {

  record GrantRequest(
      String id,
      Party mandaatgever,
      Party mandataris,
      MandaatScope scope,
      BigDecimal ceiling,
      LocalDate startDate,
      LocalDate endDate,
      String conditions,
      String parentMandaatId,
      String decisionReference,
      String besluitId) {
    GrantMandaat toCommand() {
      return new GrantMandaat(
          id == null ? MandaatId.random() : MandaatId.parse("id", id),
          mandaatgever,
          mandataris,
          scope,
          ceiling,
          startDate,
          endDate,
          conditions,
          parentMandaatId == null ? null : MandaatId.parse("parentMandaatId", parentMandaatId),
          DecisionReference.of(decisionReference, besluitId));
    }
  }

  record AmendMandaatRequest(
      LocalDate effectiveDate,
      MandaatScope scope,
      BigDecimal ceiling,
      LocalDate endDate,
      String conditions,
      String decisionReference,
      String besluitId) {}

  record RevokeRequest(LocalDate effectiveDate, String decisionReference, String besluitId) {}

  private final CommandEdge commands;
  private final QueryGateway queries;
  private final Clock clock;
  private final KnownAtQueries known;

  MandaatController(CommandEdge commands, QueryGateway queries, Clock clock, KnownAtQueries known) {
    this.commands = commands;
    this.queries = queries;
    this.clock = clock;
    this.known = known;
  }

  @PostMapping
  ResponseEntity<CommandResponse> grant(@RequestBody GrantRequest request) {
    GrantMandaat command = request.toCommand();
    String id = command.mandaatId().toString();
    return CommandResponse.created(
        URI.create("/api/mandaten/" + id + "/lineage"), id, commands.send(command));
  }

  @PostMapping("/{id}/amend")
  CommandResponse amend(@PathVariable MandaatId id, @RequestBody AmendMandaatRequest request) {
    return new CommandResponse(
        id.toString(),
        commands.send(
            new AmendMandaat(
                id,
                request.effectiveDate(),
                request.scope(),
                request.ceiling(),
                request.endDate(),
                request.conditions(),
                DecisionReference.of(request.decisionReference(), request.besluitId()))));
  }

  @PostMapping("/{id}/revoke")
  CommandResponse revoke(@PathVariable MandaatId id, @RequestBody RevokeRequest request) {
    return new CommandResponse(
        id.toString(),
        commands.send(
            new RevokeMandaat(
                id,
                request.effectiveDate(),
                DecisionReference.of(request.decisionReference(), request.besluitId()))));
  }

  /**
   * The register on a day ({@code asOf}, default today), optionally of one status, paged; with
   * {@code knownAt}, as the ledger knew it then, with the events the reading had to leave out
   * ({@link nl.ipo.ledger.infra.temporal.TemporalReplay.Replayed}).
   */
  @GetMapping
  Object register(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) Instant knownAt) {
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    FindMandaten query = new FindMandaten(day, status, page, size);
    if (knownAt != null) {
      return known.asKnownAt(knownAt, query, MandatenPage.class);
    }
    return queries.query(query, MandatenPage.class).join();
  }

  /**
   * The names of the parties in a mandate's lineage and the source of each version; with {@code
   * knownAt}, as the ledger knew them then.
   */
  @GetMapping("/{id}/dossier")
  Object dossier(
      @PathVariable MandaatId id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) Instant knownAt) {
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    FindMandaatDossier query = new FindMandaatDossier(id, day);
    if (knownAt != null) {
      return known.asKnownAt(knownAt, query, MandaatDossier.class);
    }
    return queries.query(query, MandaatDossier.class).join();
  }

  @GetMapping("/{id}/lineage")
  MandaatNode lineage(
      @PathVariable MandaatId id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate asOf) {
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    return queries.query(new FindMandaatLineage(id, day), MandaatNode.class).join();
  }
}
