package nl.ipo.ledger.infra.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The ledger's users, from configuration ({@code ledger.security.users}). Passwords are stored
 * hashed, in Spring Security's {@code {id}hash} form (for example {@code {bcrypt}$2a$10$...}).
 */
@ConfigurationProperties("ledger.security")
public record LedgerSecurityProperties(List<User> users) {

  public LedgerSecurityProperties {
    users = users == null ? List.of() : List.copyOf(users);
  }

  public record User(String username, String password, List<String> roles) {
    public User {
      roles = roles == null ? List.of() : List.copyOf(roles);
    }
  }
}
