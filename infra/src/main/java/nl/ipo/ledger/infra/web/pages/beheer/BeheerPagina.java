package nl.ipo.ledger.infra.web.pages.beheer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ipo.ledger.infra.admin.ProjectionRebuilds;
import nl.ipo.ledger.infra.audit.Checkpoints;
import nl.ipo.ledger.infra.deadletter.DeadLetters;
import nl.ipo.ledger.infra.deadletter.DeadLetters.RetryResult;
import nl.ipo.ledger.infra.web.pages.Weergave;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page: rebuild every read model with its progress (a small fragment that htmx
 * polls; without JavaScript a refresh link), the parked events per group with their cause and a
 * retry, and a checkpoint on demand. The work is the API's ({@link ProjectionRebuilds}, {@link
 * DeadLetters}, {@link Checkpoints}); the forms post with a CSRF token and redirect back.
 */
@Controller
class BeheerPagina {

  private final ProjectionRebuilds rebuilds;
  private final DeadLetters deadLetters;
  private final Checkpoints checkpoints;

  BeheerPagina(ProjectionRebuilds rebuilds, DeadLetters deadLetters, Checkpoints checkpoints) {
    this.rebuilds = rebuilds;
    this.deadLetters = deadLetters;
    this.checkpoints = checkpoints;
  }

  @GetMapping("/beheer")
  String beheer(Model model) {
    List<BeheerModel.Groep> groepen = new ArrayList<>();
    for (Map.Entry<String, Long> count : deadLetters.counts().entrySet()) {
      groepen.add(
          new BeheerModel.Groep(
              count.getKey(),
              BeheerModel.naam(count.getKey()),
              count.getValue(),
              count.getValue() == 0
                  ? List.of()
                  : deadLetters.letters(count.getKey()).stream()
                      .map(
                          l ->
                              new BeheerModel.Geparkeerd(
                                  l.eventType(),
                                  l.globalIndex(),
                                  l.cause(),
                                  l.waitsForEarlierEvent(),
                                  Weergave.momentPrecies(l.lastFailure()),
                                  l.retries()))
                      .toList()));
    }
    model.addAttribute(
        "model",
        new BeheerModel(
            BeheerModel.voortgang(rebuilds.status()), groepen, deadLetters.blockedProcessors()));
    return "beheer/beheer";
  }

  /** The rebuild's progress alone, for htmx to poll while it runs. */
  @GetMapping("/beheer/herbouw/voortgang")
  String voortgang(Model model) {
    model.addAttribute("voortgang", BeheerModel.voortgang(rebuilds.status()));
    return "beheer/voortgang";
  }

  @PostMapping("/beheer/herbouw")
  String herbouw(RedirectAttributes redirect) {
    rebuilds.start();
    redirect.addFlashAttribute("melding", "De herbouw van alle leesmodellen is gestart.");
    return "redirect:/beheer#kop-herbouw";
  }

  @PostMapping("/beheer/geparkeerd/{groep}/opnieuw")
  String opnieuw(@PathVariable String groep, RedirectAttributes redirect) {
    RetryResult result = deadLetters.retry(groep);
    redirect.addFlashAttribute(
        "melding",
        BeheerModel.naam(groep)
            + ": "
            + result.processed()
            + " geparkeerde feiten verwerkt, "
            + result.stillParked()
            + " nog geparkeerd.");
    return "redirect:/beheer#kop-geparkeerd";
  }

  @PostMapping("/beheer/controlepunt")
  String controlepunt(RedirectAttributes redirect) {
    redirect.addFlashAttribute(
        "melding",
        checkpoints
            .createPublished()
            .map(
                c ->
                    "Controlepunt "
                        + c.number()
                        + " is gemaakt, over de eerste "
                        + c.treeSize()
                        + " feiten.")
            .orElse("Geen nieuw controlepunt nodig: het laatste dekt alle verzegelde feiten al."));
    return "redirect:/beheer#kop-controlepunt";
  }
}
