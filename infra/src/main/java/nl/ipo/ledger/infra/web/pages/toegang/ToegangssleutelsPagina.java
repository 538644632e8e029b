package nl.ipo.ledger.infra.web.pages.toegang;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ipo.ledger.infra.security.LedgerRole;
import nl.ipo.ledger.infra.security.PersonalTokens;
import nl.ipo.ledger.infra.security.PersonalTokens.Token;
import nl.ipo.ledger.infra.web.pages.Gebruiker;
import nl.ipo.ledger.infra.web.pages.PaginaContext;
import nl.ipo.ledger.infra.web.pages.Weergave;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page Toegangssleutels: every signed-in user lists, makes and revokes the personal access
 * tokens of their own programs ({@link PersonalTokens}); the administrator also sees every user's
 * active tokens and may revoke any. A new token's secret is shown once, on the page the form leads
 * to, and never again.
 */
@Controller
class ToegangssleutelsPagina {

  /** The flash attribute that carries a new secret to the one page that shows it. */
  private static final String NIEUW = "nieuweSleutel";

  private static final String NIEUWE_OMSCHRIJVING = "nieuweOmschrijving";

  private final PersonalTokens tokens;
  private final Clock clock;

  ToegangssleutelsPagina(PersonalTokens tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  @GetMapping("/toegangssleutels")
  String sleutels(@ModelAttribute(name = "ctx", binding = false) PaginaContext ctx, Model model) {
    // the flash attributes of the form's redirect, present only right after a token was made
    Object nieuw = model.getAttribute(NIEUW);
    Object nieuweOmschrijving = model.getAttribute(NIEUWE_OMSCHRIJVING);
    model.addAttribute(
        "model",
        model(
            ctx.gebruiker(),
            new SleutelsModel.Invoer("", tokens.proposedExpiryDay().toString(), Map.of()),
            nieuw instanceof String secret ? secret : null,
            nieuweOmschrijving instanceof String label ? label : null));
    return "toegang/sleutels";
  }

  @PostMapping("/toegangssleutels")
  String maak(
      @ModelAttribute(name = "ctx", binding = false) PaginaContext ctx,
      @RequestParam(name = "omschrijving", required = false) String omschrijving,
      @RequestParam(name = "geldigTot", required = false) String geldigTot,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      PersonalTokens.Issued issued =
          tokens.issue(ctx.gebruiker().naam(), omschrijving, day(geldigTot));
      redirect.addFlashAttribute(NIEUW, issued.secret());
      redirect.addFlashAttribute(NIEUWE_OMSCHRIJVING, issued.token().label());
      return "redirect:/toegangssleutels#kop-nieuw";
    } catch (InvalidValueException refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute(
          "model",
          model(
              ctx.gebruiker(),
              new SleutelsModel.Invoer(
                  omschrijving == null ? "" : omschrijving,
                  geldigTot == null ? "" : geldigTot,
                  Map.of(refused.field(), refused.getMessage())),
              null,
              null));
      return "toegang/sleutels";
    }
  }

  @PostMapping("/toegangssleutels/{id}/intrekken")
  String trekIn(
      @ModelAttribute(name = "ctx", binding = false) PaginaContext ctx,
      @PathVariable String id,
      RedirectAttributes redirect) {
    UUID token;
    try {
      token = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      token = null;
    }
    Gebruiker user = ctx.gebruiker();
    boolean done =
        token != null
            && tokens.revoke(
                token, user.is(LedgerRole.BEHEERDER) ? null : user.naam(), user.naam());
    redirect.addFlashAttribute(
        PaginaContext.MELDING,
        done
            ? "De toegangssleutel is ingetrokken; programma's die hem gebruiken, worden vanaf nu"
                + " geweigerd."
            : "Deze toegangssleutel bestaat niet of is niet van u; er is niets ingetrokken.");
    return "redirect:/toegangssleutels";
  }

  private SleutelsModel model(
      Gebruiker user, SleutelsModel.Invoer invoer, String nieuw, String nieuweOmschrijving) {
    Instant now = clock.instant();
    return new SleutelsModel(
        tokens.enabled(),
        rijen(tokens.of(user.naam()), now),
        user.is(LedgerRole.BEHEERDER) ? rijen(tokens.active(), now) : null,
        invoer,
        LocalDate.now(clock).toString(),
        tokens.latestExpiryDay().toString(),
        tokens.maxActive(),
        nieuw,
        nieuweOmschrijving);
  }

  private static List<SleutelsModel.Rij> rijen(List<Token> tokens, Instant now) {
    return tokens.stream()
        .map(
            t ->
                new SleutelsModel.Rij(
                    t.id().toString(),
                    t.username(),
                    t.label(),
                    Weergave.moment(t.createdAt()),
                    Weergave.datum(
                        LocalDate.ofInstant(t.expiresAt().minusSeconds(1), Weergave.AMSTERDAM)),
                    t.lastUsedAt() == null ? "nog niet gebruikt" : Weergave.moment(t.lastUsedAt()),
                    status(t, now),
                    t.activeAt(now)))
        .toList();
  }

  private static String status(Token token, Instant now) {
    if (token.revokedAt() != null) {
      return "Ingetrokken op "
          + Weergave.moment(token.revokedAt())
          + (token.revokedBy() == null || token.revokedBy().equals(token.username())
              ? ""
              : " door " + token.revokedBy());
    }
    return token.activeAt(now) ? "Geldig" : "Verlopen";
  }

  /** The day the form sent (ISO, as a date field sends it); null for none, refused when garbled. */
  private static LocalDate day(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          "geldigTot",
          "Dit is geen datum; schrijf de datum als jjjj-mm-dd, bijvoorbeeld 2027-03-31.");
    }
  }
}
