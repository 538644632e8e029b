package nl.ipo.ledger.infra.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The ledger's user for a bearer token Spring Security has verified (signature, issuer, expiry):
 * the actor's name from the configured claim, and the ledger roles the token grants. A role the
 * ledger does not know is ignored, so a token of the organisation's identity provider may carry any
 * other roles as well; a token with no ledger role reads nothing.
 *
 * <p>Written here rather than with Spring's {@code JwtGrantedAuthoritiesConverter} because that
 * reads only a top-level claim, while Keycloak puts realm roles under {@code realm_access.roles},
 * and because only the ledger's own role codes may become authorities.
 */
final class BearerTokens implements Converter<Jwt, AbstractAuthenticationToken> {

  private final LedgerSecurityProperties.Bearer settings;

  BearerTokens(LedgerSecurityProperties.Bearer settings) {
    this.settings = settings;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    String name = jwt.getClaimAsString(settings.nameClaim());
    if (name == null || name.isBlank()) {
      name = jwt.getSubject();
    }
    Set<GrantedAuthority> authorities = new LinkedHashSet<>();
    for (String role : roles(jwt)) {
      String code =
          role.startsWith(settings.rolePrefix())
              ? role.substring(settings.rolePrefix().length())
              : role;
      LedgerRole.ofCode(code)
          .ifPresent(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.code())));
    }
    return new JwtAuthenticationToken(jwt, authorities, name);
  }

  /** The strings at the roles claim's path; none when the path leads nowhere or to no list. */
  private Set<String> roles(Jwt jwt) {
    Object node = jwt.getClaims();
    for (String step : settings.rolesClaim().split("\\.")) {
      node = node instanceof Map<?, ?> map ? map.get(step) : null;
    }
    Set<String> roles = new LinkedHashSet<>();
    if (node instanceof Collection<?> values) {
      values.stream().filter(String.class::isInstance).map(String.class::cast).forEach(roles::add);
    } else if (node instanceof String single) {
      // a space-separated list, as OAuth's scope claim
      roles.addAll(java.util.List.of(single.trim().split("\\s+")));
    }
    return roles;
  }
}
