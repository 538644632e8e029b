package nl.ipo.ledger.infra.web.pages;

import java.util.Set;
import java.util.stream.Collectors;
import nl.ipo.ledger.infra.security.LedgerRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in user as every page shows it: name and role, and what the role may see.
 *
 * @param naam the user name, or null on the sign-in page
 * @param rollen the user's roles
 */
public record Gebruiker(String naam, Set<LedgerRole> rollen) {

  public Gebruiker {
    rollen = Set.copyOf(rollen);
  }

  static final Gebruiker NIEMAND = new Gebruiker(null, Set.of());

  static Gebruiker of(Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated()) {
      return NIEMAND;
    }
    Set<LedgerRole> roles =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .flatMap(
                a ->
                    a.startsWith("ROLE_")
                        ? LedgerRole.ofCode(a.substring(5)).stream()
                        : java.util.stream.Stream.empty())
            .collect(Collectors.toSet());
    if (roles.isEmpty()) {
      return NIEMAND;
    }
    return new Gebruiker(authentication.getName(), roles);
  }

  public boolean aangemeld() {
    return naam != null;
  }

  /** The roles in Dutch, as shown beside the name: "AV-lid", "Secretariaat". */
  public String rolNaam() {
    return rollen.stream().sorted().map(Gebruiker::label).collect(Collectors.joining(", "));
  }

  public boolean is(LedgerRole role) {
    return rollen.contains(role);
  }

  /** Only the secretariat records (the forms under /vastleggen). */
  public boolean magVastleggen() {
    return is(LedgerRole.SECRETARIAAT);
  }

  /** Auditors, AV members and administrators check the chain (issue: verificatie). */
  public boolean magVerifieren() {
    return is(LedgerRole.AUDITOR) || is(LedgerRole.AV_LID) || is(LedgerRole.BEHEERDER);
  }

  static String label(LedgerRole role) {
    return switch (role) {
      case SECRETARIAAT -> "Secretariaat";
      case AV_LID -> "AV-lid";
      case AUDITOR -> "Auditor";
      case BEHEERDER -> "Beheerder";
    };
  }
}
