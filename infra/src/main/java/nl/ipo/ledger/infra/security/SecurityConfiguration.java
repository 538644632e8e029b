package nl.ipo.ledger.infra.security;

import static nl.ipo.ledger.infra.security.LedgerRole.AUDITOR;
import static nl.ipo.ledger.infra.security.LedgerRole.AV_LID;
import static nl.ipo.ledger.infra.security.LedgerRole.BEHEERDER;
import static nl.ipo.ledger.infra.security.LedgerRole.SECRETARIAAT;

import jakarta.servlet.DispatcherType;
import java.util.List;
import nl.ipo.ledger.infra.web.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP basic with users from configuration. The secretariat writes; AV members, auditors and
 * administrators read; nobody writes anonymously. Health stays open for probes; the metrics are for
 * administrators.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

  private static final String[] READERS =
      LedgerRole.codes(SECRETARIAAT, AV_LID, AUDITOR, BEHEERDER);

  @Bean
  SecurityFilterChain api(HttpSecurity http, ProblemWriter problems) throws Exception {
    return http.authorizeHttpRequests(
            auth ->
                // the error page answers for a request already authorised (or rejected) once
                auth.dispatcherTypeMatchers(DispatcherType.ERROR)
                    .permitAll()
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers(
                        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole(BEHEERDER.code())
                    .requestMatchers(HttpMethod.POST, "/api/audit/checkpoints")
                    .hasRole(BEHEERDER.code())
                    .requestMatchers(HttpMethod.POST, "/api/audit/checkpoints/verify")
                    .hasAnyRole(READERS)
                    .requestMatchers("/api/admin/**")
                    .hasRole(BEHEERDER.code())
                    .requestMatchers(HttpMethod.GET, "/api/**")
                    .hasAnyRole(READERS)
                    .requestMatchers("/api/**")
                    .hasRole(SECRETARIAAT.code())
                    .anyRequest()
                    .denyAll())
        .httpBasic(
            basic ->
                basic.authenticationEntryPoint(
                    (request, response, e) ->
                        problems.write(
                            response,
                            HttpStatus.UNAUTHORIZED,
                            "Niet aangemeld",
                            "Meld u aan met gebruikersnaam en wachtwoord (HTTP basic).",
                            null)))
        .exceptionHandling(
            ex ->
                ex.accessDeniedHandler(
                    (request, response, e) ->
                        problems.write(
                            response,
                            HttpStatus.FORBIDDEN,
                            "Geen toegang",
                            "Uw rol mag dit niet: alleen het secretariaat legt besluiten vast.",
                            null)))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // A stateless API authenticated per request with basic credentials: no cookie, no CSRF.
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService users(LedgerSecurityProperties properties) {
    List<UserDetails> users =
        properties.users().stream()
            .map(
                u ->
                    User.withUsername(u.username())
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
                        .build())
            .toList();
    return new InMemoryUserDetailsManager(users);
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
