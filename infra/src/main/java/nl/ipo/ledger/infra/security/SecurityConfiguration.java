package nl.ipo.ledger.infra.security;

import static nl.ipo.ledger.infra.security.LedgerRole.AUDITOR;
import static nl.ipo.ledger.infra.security.LedgerRole.AV_LID;
import static nl.ipo.ledger.infra.security.LedgerRole.BEHEERDER;
import static nl.ipo.ledger.infra.security.LedgerRole.SECRETARIAAT;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import nl.ipo.ledger.infra.web.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * HTTP basic with users from configuration, the users' personal access tokens, and bearer tokens
 * (JWTs) of the organisation's identity provider when one is configured. The secretariat writes; AV
 * members, auditors and administrators read; nobody writes anonymously. Health stays open for
 * probes; the metrics are for administrators.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

  private static final String[] READERS =
      LedgerRole.codes(SECRETARIAAT, AV_LID, AUDITOR, BEHEERDER);

  /**
   * Swagger UI (springdoc) loads only its own scripts and style sheets, but sets style attributes
   * from script and draws its icons as {@code data:} images; its online validator is switched off
   * (springdoc.swagger-ui.validator-url), so nothing is fetched from elsewhere.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none';"
          + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  static final String PERMISSIONS_POLICY =
      "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(),"
          + " magnetometer=(), microphone=(), payment=(), usb=()";

  /**
   * The probes' own chain, without HTTP basic: a probe never waits for a password check, and no
   * burst of wrong passwords nor a blocked address can make health answer slowly or not at all.
   */
  @Bean
  @Order(1)
  SecurityFilterChain probes(HttpSecurity http) throws Exception {
    return http.securityMatcher(
            "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .headers(SecurityConfiguration::headers)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain api(
      HttpSecurity http,
      ProblemWriter problems,
      UserDetailsService users,
      PasswordEncoder encoder,
      FailedLogins failedLogins,
      CredentialCache credentialCache,
      LedgerSecurityProperties properties,
      ObjectProvider<JwtDecoder> jwtDecoder,
      PersonalTokens personalTokens)
      throws Exception {
    // not a bean: an AuthenticationProvider bean would also become the global one, beside the
    // UserDetailsService bean, which Spring Security warns about
    LedgerAuthenticationProvider provider =
        new LedgerAuthenticationProvider(users, encoder, failedLogins, credentialCache);
    http.authorizeHttpRequests(
            auth ->
                // the error page answers for a request already authorised (or rejected) once
                auth.dispatcherTypeMatchers(DispatcherType.ERROR)
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
                    // HEAD is GET without the body, OPTIONS only lists the methods: whoever may
                    // read may ask both
                    .requestMatchers(HttpMethod.GET, "/api/**")
                    .hasAnyRole(READERS)
                    .requestMatchers(HttpMethod.HEAD, "/api/**")
                    .hasAnyRole(READERS)
                    .requestMatchers(HttpMethod.OPTIONS, "/api/**")
                    .hasAnyRole(READERS)
                    .requestMatchers("/api/**")
                    .hasRole(SECRETARIAAT.code())
                    .anyRequest()
                    .denyAll())
        .authenticationManager(new ProviderManager(provider))
        .httpBasic(
            basic ->
                basic.authenticationEntryPoint(
                    (request, response, e) -> signInRefused(problems, response, e)))
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
        .headers(SecurityConfiguration::headers)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    // Bearer tokens: the users' personal access tokens, and the JWTs of the organisation's
    // identity provider when one is configured (spring.security.oauth2.resourceserver.jwt.*).
    // Either is checked in microseconds, where a password's hash costs tens of milliseconds.
    AuthenticationManager bearerTokens =
        bearerTokens(personalTokens, users, jwtDecoder.getIfAvailable(), properties);
    http.oauth2ResourceServer(
        bearer ->
            bearer
                // its own manager: the chain's (above) knows only passwords
                .authenticationManagerResolver(request -> bearerTokens)
                .authenticationEntryPoint(
                    (request, response, e) -> tokenRefused(problems, response, e)));
    return http
        // A stateless API authenticated per request (basic credentials or a bearer token): no
        // cookie, no CSRF.
        // What a cross-site form could still send (a text/plain body) no endpoint accepts.
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /**
   * Spring Security's defaults (nosniff, no framing, no caching, HSTS on secure requests: TLS ends
   * at the ledger or at a proxy whose X-Forwarded-Proto the ledger trusts) plus a content security
   * policy, no referrer, and none of the browser's powerful features.
   */
  static void headers(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
        .contentTypeOptions(Customizer.withDefaults())
        .httpStrictTransportSecurity(Customizer.withDefaults());
  }

  /**
   * A personal access token (its prefix tells it) is looked up among the users' tokens; anything
   * else is a JWT for the identity provider's decoder, if one is configured.
   */
  private static AuthenticationManager bearerTokens(
      PersonalTokens personalTokens,
      UserDetailsService users,
      JwtDecoder decoder,
      LedgerSecurityProperties properties) {
    AuthenticationManager jwts;
    if (decoder != null) {
      JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
      provider.setJwtAuthenticationConverter(new BearerTokens(properties.bearer()));
      jwts = new ProviderManager(provider);
    } else {
      jwts =
          authentication -> {
            throw new InvalidBearerTokenException(
                "not a personal access token, and no identity provider is configured for JWTs");
          };
    }
    PersonalTokenAuthentication personal = new PersonalTokenAuthentication(personalTokens, users);
    return authentication ->
        authentication instanceof BearerTokenAuthenticationToken bearer
                && PersonalTokenAuthentication.looksPersonal(bearer.getToken())
            ? personal.authenticate(bearer)
            : jwts.authenticate(authentication);
  }

  private static void tokenRefused(
      ProblemWriter problems, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    // why, for the operator: the token's own words (expired at …, bad signature, wrong issuer)
    log.info("Bearer token refused: {}", e.getMessage());
    problems.write(
        response,
        HttpStatus.UNAUTHORIZED,
        "Niet aangemeld",
        e instanceof PersonalTokenAuthentication.Refused refused
            ? refused.reason()
            : "Het toegangstoken (Bearer) is ongeldig, verlopen of niet van de ingestelde"
                + " uitgever; vraag een nieuw token aan.",
        null,
        "Bearer error=\"invalid_token\"");
  }

  private static void signInRefused(
      ProblemWriter problems, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof LoginBlockedException blocked) {
      long seconds = blocked.retryAfterSeconds();
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
      problems.write(
          response,
          HttpStatus.TOO_MANY_REQUESTS,
          "Te veel mislukte aanmeldingen",
          (blocked.subject() == FailedLogins.Subject.USER
                  ? "Met deze gebruikersnaam is te vaak een verkeerd wachtwoord gegeven."
                  : "Vanaf dit adres is te vaak een verkeerd wachtwoord gegeven.")
              + " Aanmelden kan over "
              + seconds
              + (seconds == 1 ? " seconde" : " seconden")
              + " weer; het wachtwoord is nu niet gecontroleerd.",
          null);
      return;
    }
    problems.write(
        response,
        HttpStatus.UNAUTHORIZED,
        "Niet aangemeld",
        "Meld u aan met gebruikersnaam en wachtwoord (HTTP basic).",
        null);
  }

  @Bean
  FailedLogins failedLogins(LedgerSecurityProperties properties, Clock clock) {
    return new FailedLogins(properties.failedLogins(), clock);
  }

  @Bean
  CredentialCache credentialCache(LedgerSecurityProperties properties, Clock clock) {
    return new CredentialCache(properties.credentialCache(), clock);
  }
}
