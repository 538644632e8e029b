package nl.ipo.ledger.infra.web.competentie;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.ipo.ledger.infra.axon.CommandEdge;
import nl.ipo.ledger.infra.web.CommandResponse;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.competentie.CompetenceCommand;
import nl.ipo.ledger.kernel.competentie.CompetenceCommand.AssignCompetence;
import nl.ipo.ledger.kernel.competentie.CompetenceQueries.Competent;
import nl.ipo.ledger.kernel.competentie.CompetenceQueries.FindCompetent;
import nl.ipo.ledger.kernel.competentie.VotingRule;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The competence matrix: who may decide what, from which date, and who could on a day. */
@RestController
class CompetenceController {

  record AssignRequest(
      String besluitType,
      List<String> deciders,
      List<String> advisers,
      String votingRule,
      LocalDate effectiveFrom,
      String decisionReference) {
    AssignCompetence toCommand() {
      return new AssignCompetence(
          BesluitType.parse("besluitType", besluitType),
          deciders == null
              ? null
              : deciders.stream()
                  .map(d -> GremiumType.parse("deciders", d))
                  .collect(Collectors.toSet()),
          advisers == null
              ? null
              : advisers.stream()
                  .map(a -> GremiumType.parse("advisers", a))
                  .collect(Collectors.toSet()),
          votingRule == null ? null : VotingRule.parse("votingRule", votingRule),
          effectiveFrom,
          new DecisionReference(decisionReference));
    }
  }

  private final CommandEdge commands;
  private final QueryGateway queries;
  private final Clock clock;

  CompetenceController(CommandEdge commands, QueryGateway queries, Clock clock) {
    this.commands = commands;
    this.queries = queries;
    this.clock = clock;
  }

  /** A statute change: a new version of one type's competence from its effective date. */
  @PostMapping("/api/competentie")
  CommandResponse assign(@RequestBody AssignRequest request) {
    return new CommandResponse(CompetenceCommand.MATRIX_ID, commands.send(request.toCommand()));
  }

  @GetMapping("/api/competentie")
  Competent competent(
      @RequestParam String besluitType,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate date) {
    return queries
        .query(
            new FindCompetent(
                BesluitType.parse("besluitType", besluitType),
                date == null ? LocalDate.now(clock) : date),
            Competent.class)
        .join();
  }
}
