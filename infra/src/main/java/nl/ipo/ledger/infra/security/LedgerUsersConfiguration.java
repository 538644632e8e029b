package nl.ipo.ledger.infra.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Who may sign in: {@code ledger.security.users}. When none are configured the {@code demo}
 * profile's users (password = user name) serve the embedded H2 database, which is what {@code
 * bin/run} starts with nothing configured. On any other database, or without demo users, the ledger
 * refuses to start rather than run with users everybody knows or with none at all.
 */
@Configuration(proxyBeanMethods = false)
class LedgerUsersConfiguration {

  private static final Logger log = LoggerFactory.getLogger(LedgerUsersConfiguration.class);

  private static final String HOW =
      "Configure ledger.security.users with hashed passwords and roles, as docs/operations.md"
          + " ('Users') describes.";

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService users(LedgerSecurityProperties properties, Environment environment) {
    return new InMemoryUserDetailsManager(
        chooseUsers(properties, EmbeddedDatabase.url(environment)).stream()
            .map(LedgerUsersConfiguration::userDetails)
            .toList());
  }

  static List<LedgerSecurityProperties.User> chooseUsers(
      LedgerSecurityProperties properties, String datasourceUrl) {
    if (!properties.users().isEmpty()) {
      return properties.users();
    }
    if (properties.demoUsers().isEmpty()) {
      throw new IllegalStateException(
          "No users configured (ledger.security.users is empty), so nobody could sign in. " + HOW);
    }
    if (!EmbeddedDatabase.isEmbedded(datasourceUrl)) {
      throw new IllegalStateException(
          "No users configured for the database "
              + EmbeddedDatabase.describe(datasourceUrl)
              + ": the demo users (password = user name) serve only the embedded H2 database. "
              + HOW
              + " The 'postgres' profile turns the demo users off.");
    }
    log.warn(
        "Demo users active, one per role, each with its user name as password: for trying the"
            + " ledger out on the embedded database only");
    return properties.demoUsers();
  }

  private static UserDetails userDetails(LedgerSecurityProperties.User u) {
    return User.withUsername(u.username())
        .password(requireHashed(u))
        .authorities(
            u.roles().stream()
                .map(
                    code ->
                        LedgerRole.ofCode(code)
                            .orElseThrow(
                                () ->
                                    new IllegalStateException(
                                        "ledger.security.users: user '"
                                            + u.username()
                                            + "' has unknown role '"
                                            + code
                                            + "'")))
                .map(LedgerRole::authority)
                .toArray(String[]::new))
        .build();
  }

  private static String requireHashed(LedgerSecurityProperties.User user) {
    String password = user.password();
    if (password == null || !password.matches("^\\{(bcrypt|argon2|pbkdf2|scrypt)[^}]*}.+")) {
      throw new IllegalStateException(
          "ledger.security.users: the password of user '"
              + user.username()
              + "' must be hashed, for example {bcrypt}$2a$10$...");
    }
    return password;
  }
}
