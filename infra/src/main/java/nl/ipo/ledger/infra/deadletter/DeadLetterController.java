package nl.ipo.ledger.infra.deadletter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ipo.ledger.infra.deadletter.DeadLetters.Letter;
import nl.ipo.ledger.infra.deadletter.DeadLetters.RetryResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administration (role beheerder): the parked events, and a retry of a group's parked events after
 * the cause was fixed (docs/operations.md, "Geparkeerde events / dead letters").
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
class DeadLetterController {

  /** The parked events: the count per group and the letters (of one group, if asked). */
  record Overview(long total, Map<String, Long> parked, List<Letter> letters) {}

  private final DeadLetters deadLetters;

  DeadLetterController(DeadLetters deadLetters) {
    this.deadLetters = deadLetters;
  }

  @GetMapping
  Overview list(@RequestParam(required = false) String group) {
    List<Letter> letters = new ArrayList<>();
    for (String g : group == null ? deadLetters.groups() : List.of(group)) {
      letters.addAll(deadLetters.letters(g));
    }
    Map<String, Long> parked = deadLetters.counts();
    long total = parked.values().stream().mapToLong(Long::longValue).sum();
    return new Overview(total, parked, letters);
  }

  @PostMapping("/{group}/retry")
  RetryResult retry(@PathVariable String group) {
    return deadLetters.retry(group);
  }
}
