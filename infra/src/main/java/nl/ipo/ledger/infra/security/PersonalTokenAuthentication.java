package nl.ipo.ledger.infra.security;

import java.time.Instant;
import java.time.LocalDate;
import nl.ipo.ledger.infra.web.pages.Weergave;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Signs in the user of a personal access token ({@link PersonalTokens}) presented as a bearer
 * token, with that user's roles as configured now. Refuses, in words for the token's holder, a
 * token that is unknown, revoked or expired, and one whose user no longer exists or is disabled.
 */
final class PersonalTokenAuthentication {

  /** A personal token that signs nobody in, with the reason in Dutch for its holder. */
  static final class Refused extends AuthenticationException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    Refused(String technical, String reason) {
      super(technical);
      this.reason = reason;
    }

    String reason() {
      return reason;
    }
  }

  private final PersonalTokens tokens;
  private final UserDetailsService users;

  PersonalTokenAuthentication(PersonalTokens tokens, UserDetailsService users) {
    this.tokens = tokens;
    this.users = users;
  }

  /** The day of a moment as the pages write it ("6 juli 2023"). */
  private static String day(Instant moment) {
    return Weergave.datum(LocalDate.ofInstant(moment, Weergave.AMSTERDAM));
  }

  static boolean looksPersonal(String token) {
    return token != null && token.startsWith(PersonalTokens.PREFIX);
  }

  Authentication authenticate(BearerTokenAuthenticationToken bearer) {
    if (!tokens.enabled()) {
      throw new Refused(
          "personal access tokens are switched off",
          "Persoonlijke toegangssleutels zijn in deze installatie uitgeschakeld.");
    }
    PersonalTokens.Check check = tokens.check(bearer.getToken());
    if (check.refusal() != null) {
      throw switch (check.refusal()) {
        case UNKNOWN ->
            new Refused(
                "unknown personal access token",
                "Deze persoonlijke toegangssleutel is onbekend; maak een nieuwe op de pagina"
                    + " Toegangssleutels.");
        case REVOKED ->
            new Refused(
                "personal access token " + check.token().orElseThrow().id() + " was revoked",
                "Deze persoonlijke toegangssleutel is ingetrokken op "
                    + day(check.token().orElseThrow().revokedAt())
                    + "; maak een nieuwe op de pagina Toegangssleutels.");
        case EXPIRED ->
            new Refused(
                "personal access token " + check.token().orElseThrow().id() + " has expired",
                "Deze persoonlijke toegangssleutel is verlopen; hij was geldig tot en met "
                    + day(check.token().orElseThrow().expiresAt().minusSeconds(1))
                    + ". Maak een nieuwe op de pagina Toegangssleutels.");
      };
    }
    PersonalTokens.Token token = check.token().orElseThrow();
    UserDetails user;
    try {
      user = users.loadUserByUsername(token.username());
    } catch (UsernameNotFoundException gone) {
      throw new Refused(
          "the user of personal access token " + token.id() + " no longer exists",
          "De gebruiker van deze toegangssleutel bestaat niet meer.");
    }
    if (!user.isEnabled() || !user.isAccountNonLocked() || !user.isAccountNonExpired()) {
      throw new Refused(
          "the user of personal access token " + token.id() + " may not sign in",
          "De gebruiker van deze toegangssleutel mag zich niet aanmelden.");
    }
    UsernamePasswordAuthenticationToken signedIn =
        UsernamePasswordAuthenticationToken.authenticated(
            user.getUsername(), null, user.getAuthorities());
    signedIn.setDetails(bearer.getDetails());
    return signedIn;
  }
}
