package nl.ipo.ledger.infra.web.pages.vastleggen;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.ipo.ledger.infra.axon.CommandEdge;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import nl.ipo.ledger.kernel.error.ConflictException;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.error.LedgerException;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.error.RuleViolationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every form of the secretariat does with what it was sent: read it into a command, send it
 * through the {@link CommandEdge} like any API call (same rules, same bounds, same stamping), and
 * either lead to the recorded result once the read models show it, or give the form back with each
 * refusal beside its field. A refused form stores nothing; a form sent twice records once.
 */
@Component
public class Vastleggen {

  /** What came of a posted form. */
  public sealed interface Uitkomst {}

  /**
   * Recorded (or found recorded already): where the result shows, and what to tell the user there.
   */
  public record Vastgelegd(String pad, String melding) implements Uitkomst {}

  /**
   * Refused: nothing was stored.
   *
   * @param fouten the refusals by field name
   * @param regel the rule a rule violation named, or null
   */
  public record Geweigerd(Map<String, String> fouten, String regel) implements Uitkomst {}

  private static final Duration REPEAT_WAIT = Duration.ofSeconds(5);

  private final CommandEdge commands;
  private final Verzendingen verzendingen;
  private final Bijwerken bijwerken;

  Vastleggen(CommandEdge commands, Verzendingen verzendingen, Bijwerken bijwerken) {
    this.commands = commands;
    this.verzendingen = verzendingen;
    this.bijwerken = bijwerken;
  }

  /**
   * Handles one posted form.
   *
   * @param command reads the form into a command; may note errors on the {@link Invoer} or throw
   *     the published language's {@link InvalidValueException}
   * @param resultaat the page that shows the recorded command
   * @param wat what was recorded, in Dutch, for the message on that page ("Het voorstel")
   */
  public Uitkomst verwerk(
      Invoer invoer,
      Function<Invoer, Object> command,
      Function<Object, String> resultaat,
      String wat) {
    String formId = invoer.tekst("formulierId");
    String actor = SecurityContextHolder.getContext().getAuthentication().getName();
    try {
      Optional<Verzendingen.Eerder> before = verzendingen.earlier(formId, actor);
      if (before.isPresent() && before.get().resultaat() != null) {
        return repeated(before.get());
      }
    } catch (InvalidValueException e) {
      return refused(invoer, e, null);
    }
    Object built;
    try {
      built = command.apply(invoer);
    } catch (InvalidValueException e) {
      return refused(invoer, e, null);
    }
    if (invoer.heeftFouten() || built == null) {
      return new Geweigerd(invoer.fouten(), null);
    }
    Optional<Verzendingen.Eerder> claimed = verzendingen.claim(formId, actor);
    if (claimed.isPresent()) {
      return awaitEarlier(formId, actor, invoer);
    }
    CommandOutcome outcome;
    try {
      outcome = commands.send(built);
    } catch (RuntimeException e) {
      verzendingen.release(formId);
      LedgerException ledger = ledgerCause(e);
      if (ledger == null) {
        throw e;
      }
      return refused(
          invoer, ledger, ledger instanceof RuleViolationException rule ? rule.rule() : null);
    }
    String path = resultaat.apply(built);
    verzendingen.recorded(formId, path);
    boolean shown = bijwerken.wacht();
    String message =
        outcome == CommandOutcome.UNCHANGED
            ? wat + " was al precies zo vastgelegd; er is niets nieuws opgeslagen."
            : wat + " is vastgelegd.";
    if (!shown) {
      message +=
          " De overzichten zijn nog niet bijgewerkt: wat u zag kan nog de vorige stand zijn."
              + " Ververs de pagina over enkele seconden.";
    }
    return new Vastgelegd(path, message);
  }

  /**
   * A posted form from request to response: read, recorded ({@link #verwerk}), and then the result
   * page or the same form again with its errors ({@link FormulierPagina#na}).
   *
   * @param form builds the form again from what was sent, under the form's own id
   */
  public ModelAndView formulier(
      HttpServletRequest request,
      RedirectAttributes flash,
      String wat,
      Function<Invoer, Object> command,
      Function<Object, String> resultaat,
      BiFunction<Formulier.Bouwer, String, Formulier> form) {
    Invoer in = new Invoer(request.getParameterMap());
    Uitkomst uitkomst = verwerk(in, command, resultaat, wat);
    return FormulierPagina.na(uitkomst, in, flash, b -> form.apply(b, in.tekst("formulierId")));
  }

  private Uitkomst repeated(Verzendingen.Eerder before) {
    return new Vastgelegd(
        before.resultaat(),
        "Dit formulier was al verzonden en is toen vastgelegd; er is niets opnieuw opgeslagen.");
  }

  /** A second post of a form whose first post is still being handled: waits for its result. */
  private Uitkomst awaitEarlier(String formId, String actor, Invoer invoer) {
    long deadline = System.nanoTime() + REPEAT_WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<Verzendingen.Eerder> before = verzendingen.earlier(formId, actor);
      if (before.isEmpty()) {
        // the first post was refused and gave the id back; this one tells the same refusal
        break;
      }
      if (before.get().resultaat() != null) {
        return repeated(before.get());
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    invoer.fout(
        "formulierId",
        "Dit formulier is zojuist al verzonden en wordt nog verwerkt. Kijk over enkele seconden"
            + " in het overzicht of het is vastgelegd voordat u het opnieuw verzendt.");
    return new Geweigerd(invoer.fouten(), null);
  }

  private static Geweigerd refused(Invoer invoer, LedgerException e, String rule) {
    invoer.fout(field(e), e.getMessage());
    return new Geweigerd(invoer.fouten(), rule);
  }

  private static String field(LedgerException e) {
    if (e instanceof InvalidValueException i) {
      return i.field();
    } else if (e instanceof NotFoundException n) {
      return n.field();
    } else if (e instanceof ConflictException c) {
      return c.field();
    }
    return ((RuleViolationException) e).field();
  }

  private static LedgerException ledgerCause(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof LedgerException ledger) {
        return ledger;
      }
    }
    return null;
  }
}
