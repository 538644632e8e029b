package nl.ipo.ledger.infra.security;

import static nl.ipo.ledger.infra.security.LedgerRole.AUDITOR;
import static nl.ipo.ledger.infra.security.LedgerRole.AV_LID;
import static nl.ipo.ledger.infra.security.LedgerRole.BEHEERDER;
import static nl.ipo.ledger.infra.security.LedgerRole.SECRETARIAAT;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import nl.ipo.ledger.infra.web.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * The web pages' chain: a Dutch sign-in form and a session (Tomcat's cookie: HttpOnly, SameSite=Lax
 * from server.servlet.session.cookie, Secure when the request came over TLS), CSRF tokens on every
 * form, sign-out by POST. Same users, roles, throttle and credential cache as the API, whose chain
 * stays stateless with HTTP basic.
 */
@Configuration(proxyBeanMethods = false)
public class PageSecurityConfiguration {

  /** The pages' paths; everything else (the API, actuator, Swagger) belongs to the API's chain. */
  public static final String[] PAGES = {
    "/",
    "/aanmelden",
    "/afmelden",
    "/geen-toegang",
    "/structuur/**",
    "/vergelijk/**",
    "/gremia/**",
    "/besluiten/**",
    "/vergaderingen/**",
    "/mandaten/**",
    "/begrotingen/**",
    "/journaal/**",
    "/verificatie/**",
    "/beheer/**",
    "/bevoegdheden/**",
    "/vastleggen/**",
    "/zoeken/**",
    "/toegangssleutels/**",
    "/css/**",
    "/img/**",
    "/webjars/**",
    "/favicon.ico"
  };

  /** Whether the client is a browser asking for a page (browsers send text/html in Accept). */
  static boolean wantsHtml(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
  }

  private static final String[] READERS =
      LedgerRole.codes(SECRETARIAAT, AV_LID, AUDITOR, BEHEERDER);

  @Bean
  @Order(2)
  SecurityFilterChain pages(
      HttpSecurity http,
      UserDetailsService users,
      PasswordEncoder encoder,
      FailedLogins failedLogins,
      CredentialCache credentialCache,
      ProblemWriter problems)
      throws Exception {
    LedgerAuthenticationProvider provider =
        new LedgerAuthenticationProvider(users, encoder, failedLogins, credentialCache);
    AccessDeniedHandlerImpl denied = new AccessDeniedHandlerImpl();
    denied.setErrorPage("/geen-toegang");
    return http.securityMatcher(PAGES)
        .authorizeHttpRequests(
            auth ->
                auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                    .permitAll()
                    .requestMatchers(
                        "/aanmelden",
                        "/geen-toegang",
                        "/css/**",
                        "/img/**",
                        "/webjars/**",
                        "/favicon.ico")
                    .permitAll()
                    .requestMatchers("/beheer/**")
                    .hasRole(BEHEERDER.code())
                    .requestMatchers("/verificatie/**")
                    .hasAnyRole(LedgerRole.codes(AUDITOR, AV_LID, BEHEERDER))
                    // the secretariat's forms (recording through the web)
                    .requestMatchers("/vastleggen/**")
                    .hasRole(SECRETARIAAT.code())
                    .anyRequest()
                    .hasAnyRole(READERS))
        .authenticationManager(new ProviderManager(provider))
        .formLogin(
            form ->
                form.loginPage("/aanmelden")
                    .usernameParameter("gebruikersnaam")
                    .passwordParameter("wachtwoord")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(
                        (request, response, e) ->
                            response.sendRedirect(
                                request.getContextPath()
                                    + (e instanceof LoginBlockedException blocked
                                        ? "/aanmelden?geblokkeerd=" + blocked.retryAfterSeconds()
                                        : "/aanmelden?fout"))))
        .logout(
            logout ->
                logout
                    .logoutUrl("/afmelden")
                    .logoutSuccessUrl("/aanmelden?afgemeld")
                    .deleteCookies("JSESSIONID"))
        .exceptionHandling(
            ex ->
                ex.accessDeniedHandler(
                    (request, response, e) -> {
                      if (wantsHtml(request)) {
                        denied.handle(request, response, e);
                      } else {
                        // a program, not a browser (no text/html in Accept): the API's answer
                        problems.write(
                            response,
                            HttpStatus.FORBIDDEN,
                            "Geen toegang",
                            e instanceof CsrfException
                                ? "Dit adres is een pagina voor de browser: een formulier erop"
                                    + " vraagt de sleutel (CSRF) van de pagina zelf. Gebruik"
                                    + " voor programma's de API onder /api."
                                : "Uw rol mag deze pagina niet gebruiken.",
                            null);
                      }
                    }))
        .headers(SecurityConfiguration::headers)
        .build();
  }
}
