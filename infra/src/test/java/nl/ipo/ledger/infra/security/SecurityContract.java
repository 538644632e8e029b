package nl.ipo.ledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Credentials, headers and methods over HTTP: failed sign-ins block the name and the address, the
 * health probe answers throughout, one password check serves a burst of requests, every response
 * carries the browser's security headers, HEAD and OPTIONS are reads, and no cross-site form can
 * post a budget. The ledger trusts X-Forwarded-For and X-Forwarded-Proto from the local test client
 * as it would from a reverse proxy, so each test signs in from addresses of its own. Run once per
 * database by the subclasses.
 */
@Import(CountingPasswordEncoder.class)
@TestPropertySource(
    properties = {
      "server.forward-headers-strategy=native",
      "ledger.security.failed-logins.lockout=2s",
      "ledger.security.failed-logins.max-lockout=8s",
      "ledger.security.failed-logins.max-per-address=10"
    })
abstract class SecurityContract {

  private static final String ADDRESS_PREFIX = "198.51.100.";

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired CountingPasswordEncoder.Checks passwordChecks;
  @Autowired UserDetailsService users;

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** One request; {@code headers} are name, value pairs. */
  HttpResponse<String> send(
      String method, String path, String user, String password, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? BodyPublishers.noBody()
                    : BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return client.send(request.build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String path, String user, String password, String address) {
    return send("GET", path, user, password, null, "X-Forwarded-For", address);
  }

  JsonNode body(HttpResponse<String> response) {
    return json.readTree(response.body());
  }

  void awaitSignIn(String user, String password, String address) {
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> get("/api/structure", user, password, address).statusCode() == 200);
  }

  @Test
  void fiveWrongPasswordsBlockTheUserName_andTheRightPasswordWaitsOutTheLockoutToo() {
    String address = ADDRESS_PREFIX + 1;
    for (int i = 0; i < 5; i++) {
      assertThat(get("/api/structure", "auditor", "fout-" + i, address).statusCode())
          .isEqualTo(401);
    }
    int checks = passwordChecks.count();

    HttpResponse<String> blocked = get("/api/structure", "auditor", "auditor", address);
    assertThat(blocked.statusCode()).isEqualTo(429);
    assertThat(blocked.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    long retryAfter = Long.parseLong(blocked.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 2L);
    JsonNode problem = body(blocked);
    assertThat(problem.get("status").asInt()).isEqualTo(429);
    assertThat(problem.get("title").asString()).isEqualTo("Te veel mislukte aanmeldingen");
    assertThat(problem.get("reason").asString())
        .startsWith("Met deze gebruikersnaam is te vaak een verkeerd wachtwoord gegeven.")
        .contains("over " + retryAfter + " seconde");
    assertThat(blocked.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(get("/api/structure", "auditor", "auditor", ADDRESS_PREFIX + 2).statusCode())
        .as("the name is blocked from every address")
        .isEqualTo(429);
    assertThat(passwordChecks.count()).as("no password checked while blocked").isEqualTo(checks);

    awaitSignIn("auditor", "auditor", address);
  }

  @Test
  void failuresFromOneAddressAcrossUserNamesBlockThatAddressOnly() {
    String address = ADDRESS_PREFIX + 3;
    for (int i = 0; i < 10; i++) {
      assertThat(get("/api/structure", "onbekend-" + i, "fout", address).statusCode())
          .isEqualTo(401);
    }
    HttpResponse<String> blocked = get("/api/structure", "av-lid", "av-lid", address);
    assertThat(blocked.statusCode()).isEqualTo(429);
    assertThat(body(blocked).get("reason").asString())
        .startsWith("Vanaf dit adres is te vaak een verkeerd wachtwoord gegeven.");
    assertThat(get("/api/structure", "av-lid", "av-lid", ADDRESS_PREFIX + 4).statusCode())
        .isEqualTo(200);
  }

  @Test
  void aBurstOfWrongPasswordsGetsNoMoreChecksThanTheAllowance_andTheHealthProbeAnswersThroughout() {
    String address = ADDRESS_PREFIX + 5;
    int checks = passwordChecks.count();
    List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
    List<CompletableFuture<HttpResponse<String>>> probes = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int n = i;
      burst.add(
          CompletableFuture.supplyAsync(
              () -> get("/api/structure", "beheerder", "fout-" + n, address)));
      if (i % 4 == 0) {
        probes.add(
            CompletableFuture.supplyAsync(() -> send("GET", "/actuator/health", null, null, null)));
        // a probe that sends (wrong) credentials is not slowed down or blocked either
        probes.add(
            CompletableFuture.supplyAsync(
                () -> get("/actuator/health", "beheerder", "fout-probe-" + n, address)));
      }
    }
    List<Integer> statuses = burst.stream().map(f -> f.join().statusCode()).toList();

    assertThat(statuses).containsOnly(401, 429);
    assertThat(statuses.stream().filter(s -> s == 401)).hasSize(5);
    assertThat(passwordChecks.count() - checks).as("bcrypt runs during the burst").isEqualTo(5);
    for (CompletableFuture<HttpResponse<String>> probe : probes) {
      HttpResponse<String> health = probe.join();
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(body(health).get("status").asString()).isEqualTo("UP");
    }
    assertThat(get("/api/structure", "beheerder", "beheerder", address).statusCode())
        .as("beheerder is blocked now")
        .isEqualTo(429);
    HttpResponse<String> health = get("/actuator/health", "beheerder", "beheerder", address);
    assertThat(health.statusCode()).as("the probe is never blocked").isEqualTo(200);
    assertThat(passwordChecks.count() - checks).isEqualTo(5);

    awaitSignIn("beheerder", "beheerder", address);
  }

  @Test
  void aBurstOfRequestsByOneUserCostsOnePasswordCheck_andAChangedUserIsSeenAtOnce() {
    UserDetailsManager manager = (UserDetailsManager) users;
    BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    String name = "cache-" + UUID.randomUUID();
    String address = ADDRESS_PREFIX + 6;
    manager.createUser(user(name, "{bcrypt}" + bcrypt.encode("geheim-1"), LedgerRole.BEHEERDER));

    int checks = passwordChecks.count();
    for (int i = 0; i < 20; i++) {
      assertThat(get("/api/structure", name, "geheim-1", address).statusCode()).isEqualTo(200);
    }
    assertThat(passwordChecks.count() - checks).isEqualTo(1);
    assertThat(get("/api/structure", name, "geheim-X", address).statusCode()).isEqualTo(401);
    assertThat(passwordChecks.count() - checks)
        .as("a wrong password is always checked")
        .isEqualTo(2);
    assertThat(get("/actuator/prometheus", name, "geheim-1", address).statusCode()).isEqualTo(200);
    assertThat(passwordChecks.count() - checks).isEqualTo(2);

    manager.updateUser(user(name, "{bcrypt}" + bcrypt.encode("geheim-2"), LedgerRole.BEHEERDER));
    assertThat(get("/api/structure", name, "geheim-1", address).statusCode())
        .as("the old password, remembered a moment ago, no longer works")
        .isEqualTo(401);
    assertThat(get("/api/structure", name, "geheim-2", address).statusCode()).isEqualTo(200);

    String hash = manager.loadUserByUsername(name).getPassword();
    manager.updateUser(user(name, hash, LedgerRole.AV_LID));
    assertThat(get("/actuator/prometheus", name, "geheim-2", address).statusCode())
        .as("the role taken away counts at once")
        .isEqualTo(403);

    manager.deleteUser(name);
    assertThat(get("/api/structure", name, "geheim-2", address).statusCode()).isEqualTo(401);
  }

  private static UserDetails user(String name, String hash, LedgerRole role) {
    return User.withUsername(name).password(hash).authorities(role.authority()).build();
  }

  @Test
  void everyResponseCarriesTheBrowsersSecurityHeaders() {
    String address = ADDRESS_PREFIX + 7;
    List<HttpResponse<String>> responses =
        List.of(
            get("/api/structure", "av-lid", "av-lid", address),
            send("GET", "/api/structure", null, null, null),
            send("GET", "/actuator/health", null, null, null),
            send("GET", "/v3/api-docs", null, null, null),
            send("GET", "/swagger-ui/index.html", null, null, null),
            get("/api/gremia/" + UUID.randomUUID() + "/history", "auditor", "auditor", address));
    assertThat(responses)
        .extracting(HttpResponse::statusCode)
        .containsExactly(200, 401, 200, 200, 200, 404);
    for (HttpResponse<String> response : responses) {
      var headers = response.headers();
      assertThat(headers.firstValue("Content-Security-Policy"))
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("default-src 'self'")
                      .contains("frame-ancestors 'none'")
                      .contains("object-src 'none'"));
      assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
      assertThat(headers.firstValue("Permissions-Policy"))
          .hasValueSatisfying(
              p -> assertThat(p).contains("camera=()", "microphone=()", "geolocation=()"));
      assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(headers.firstValue("Strict-Transport-Security"))
          .as("plain HTTP: no HSTS")
          .isEmpty();
    }
    HttpResponse<String> overTls =
        send(
            "GET",
            "/api/structure",
            "av-lid",
            "av-lid",
            null,
            "X-Forwarded-For",
            address,
            "X-Forwarded-Proto",
            "https");
    assertThat(overTls.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("max-age="));
  }

  @Test
  void apiDescriptionIsDutchAndDeclaresTheSignInSoSwaggerCanAuthorize() {
    HttpResponse<String> docs = send("GET", "/v3/api-docs", null, null, null);
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body())
        .contains("\"title\":\"IPO besluitenregister – API\"")
        .contains("\"securitySchemes\":{\"gebruikersnaam-wachtwoord\":{")
        .contains("\"scheme\":\"basic\"");
  }

  @Test
  void thePagesSessionCookieIsHttpOnlyAndSameSiteLaxAndTheirFormsNeedTheCsrfToken() {
    HttpResponse<String> signIn = send("GET", "/aanmelden", null, null, null);
    assertThat(signIn.statusCode()).isEqualTo(200);
    assertThat(signIn.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(signIn.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("JSESSIONID=")
                    .contains("HttpOnly")
                    .contains("SameSite=Lax"));
    assertThat(signIn.body()).contains("name=\"_csrf\"");
    HttpResponse<String> withoutToken =
        send(
            "POST",
            "/aanmelden",
            null,
            null,
            "gebruikersnaam=av-lid&wachtwoord=av-lid",
            "Content-Type",
            "application/x-www-form-urlencoded",
            "Accept",
            "text/html,application/xhtml+xml");
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.body()).contains("Dit formulier is verlopen");
    // a program (no text/html in Accept) gets the API's problem+json instead of a page
    HttpResponse<String> program =
        send("POST", "/", null, null, "{}", "Content-Type", "application/json");
    assertThat(program.statusCode()).isEqualTo(403);
    assertThat(program.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(program.body()).contains("pagina voor de browser");
    HttpResponse<String> anonymousPage = send("GET", "/structuur", null, null, null);
    assertThat(anonymousPage.statusCode()).isEqualTo(302);
    assertThat(anonymousPage.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/aanmelden"));
  }

  @Test
  void swaggerUiNeedsNoInlineScriptSoTheContentSecurityPolicyKeepsItWorking() {
    HttpResponse<String> redirect = send("GET", "/swagger-ui.html", null, null, null);
    assertThat(redirect.statusCode()).isEqualTo(302);
    HttpResponse<String> page = send("GET", "/swagger-ui/index.html", null, null, null);
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher scripts =
        Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(page.body());
    List<String> sources = new ArrayList<>();
    while (scripts.find()) {
      assertThat(scripts.group(2).strip()).as("inline script").isEmpty();
      Matcher src = Pattern.compile("src=\"([^\"]+)\"").matcher(scripts.group(1));
      assertThat(src.find()).isTrue();
      sources.add(src.group(1));
    }
    assertThat(sources).isNotEmpty().allSatisfy(s -> assertThat(s).doesNotContain("//"));
    assertThat(page.body()).doesNotContainPattern("(?i)<link[^>]+href=\"(https?:)?//");
    for (String source : sources) {
      HttpResponse<String> script =
          send("GET", "/swagger-ui/" + source.replaceFirst("^\\./", ""), null, null, null);
      assertThat(script.statusCode()).as(source).isEqualTo(200);
    }
    HttpResponse<String> initializer =
        send("GET", "/swagger-ui/swagger-initializer.js", null, null, null);
    assertThat(initializer.body()).contains("/v3/api-docs").doesNotContain("validator.swagger.io");
  }

  @Test
  void headAndOptionsAreReadsForTheReadRoles() {
    String address = ADDRESS_PREFIX + 8;
    String path = "/api/structure?asOf=2023-10-01";
    HttpResponse<String> get = get(path, "av-lid", "av-lid", address);
    assertThat(get.statusCode()).isEqualTo(200);

    HttpResponse<String> head =
        send("HEAD", path, "av-lid", "av-lid", null, "X-Forwarded-For", address);
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Type"))
        .isEqualTo(get.headers().firstValue("Content-Type"));

    HttpResponse<String> options =
        send("OPTIONS", path, "av-lid", "av-lid", null, "X-Forwarded-For", address);
    assertThat(options.statusCode()).isEqualTo(200);
    assertThat(options.headers().firstValue("Allow"))
        .hasValueSatisfying(allow -> assertThat(allow).contains("GET", "HEAD", "OPTIONS"));
    assertThat(options.body()).isEmpty();
    HttpResponse<String> commandOptions =
        send("OPTIONS", "/api/gremia", "auditor", "auditor", null, "X-Forwarded-For", address);
    assertThat(commandOptions.statusCode()).as("asking is not writing").isEqualTo(200);
    assertThat(commandOptions.headers().firstValue("Allow"))
        .hasValueSatisfying(allow -> assertThat(allow).contains("POST"));

    assertThat(send("HEAD", path, null, null, null).statusCode()).isEqualTo(401);
    assertThat(
            send(
                    "POST",
                    "/api/gremia",
                    "auditor",
                    "auditor",
                    "{}",
                    "Content-Type",
                    "application/json",
                    "X-Forwarded-For",
                    address)
                .statusCode())
        .as("reading is not writing")
        .isEqualTo(403);
  }

  private static final String BEGROTING =
      """
      # a small begroting
      BEGROTING;2031;Testbegroting %s;1000;test
      PROGRAMMA;1;ROWW;1000;overzicht
      OPGAVE;1.1;Ruimte;BASIS;100;200;100;400;1.1
      OPGAVE;1.2;Water;KASSIER;300;200;100;600;1.2
      TOTAAL;1000;overzicht
      """;

  long storedEvents() {
    return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
  }

  HttpResponse<String> importAs(String contentType, String file) {
    return send(
        "POST",
        "/api/begrotingen/import?draftedOn=2030-05-01",
        "secretariaat",
        "secretariaat",
        file,
        "Content-Type",
        contentType,
        "X-Forwarded-For",
        ADDRESS_PREFIX + 9);
  }

  @Test
  void noCrossSiteFormCanImportABudget_whileTextCsvStoresIt() {
    String file = BEGROTING.formatted(UUID.randomUUID());
    long before = storedEvents();
    for (String formType :
        List.of(
            "text/plain; charset=UTF-8",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x")) {
      HttpResponse<String> refused = importAs(formType, file);
      assertThat(refused.statusCode()).as(formType).isEqualTo(415);
      assertThat(refused.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(refused.headers().firstValue("Accept-Post")).hasValue("text/csv");
      assertThat(body(refused).get("reason").asString())
          .contains("Content-Type: text/csv; charset=UTF-8")
          .contains("in plaats van " + formType);
    }
    assertThat(storedEvents()).isEqualTo(before);

    HttpResponse<String> imported = importAs("text/csv; charset=UTF-8", file);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    String location = imported.headers().firstValue("Location").orElseThrow();
    assertThat(storedEvents()).isGreaterThan(before);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              HttpResponse<String> view =
                  get(location + "?asOf=2030-06-01", "auditor", "auditor", ADDRESS_PREFIX + 9);
              assertThat(view.statusCode()).isEqualTo(200);
              assertThat(body(view).get("status").asString()).isEqualTo("CONCEPT");
            });
  }
}
