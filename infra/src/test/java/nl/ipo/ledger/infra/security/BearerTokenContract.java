package nl.ipo.ledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bearer tokens of the organisation's identity provider: a token signed with its key names the
 * actor and the ledger roles (here in Keycloak's shape, realm roles under {@code
 * realm_access.roles} with a prefix), is checked locally against the configured public key, and is
 * refused, in words and with a Bearer challenge, when it is expired, signed by another key or
 * grants no ledger role. HTTP basic keeps working beside it. Run once per database.
 */
abstract class BearerTokenContract {

  private static final KeyPair PROVIDER = rsa();
  private static final KeyPair STRANGER = rsa();

  @LocalServerPort int port;

  private BearerHttp http() {
    return new BearerHttp(port);
  }

  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;

  @DynamicPropertySource
  static void identityProvider(DynamicPropertyRegistry registry) throws IOException {
    Path key = Files.createTempFile("ipo-ledger-idp", ".pem");
    key.toFile().deleteOnExit();
    Files.writeString(
        key,
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(PROVIDER.getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----\n");
    registry.add(
        "spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + key);
    registry.add("ledger.security.bearer.roles-claim", () -> "realm_access.roles");
    registry.add("ledger.security.bearer.role-prefix", () -> "ipo-ledger-");
  }

  @Test
  void aTokenOfTheProviderReadsAndWritesAsItsRoles_andNamesItsUserAsTheActor() {
    String reader =
        token(PROVIDER, "m.devries", List.of("ipo-ledger-av-lid", "offline_access"), 300);
    HttpResponse<String> read = http().get("/api/structure?asOf=2023-10-01", reader);
    assertThat(read.statusCode()).as(read.headers() + " " + read.body()).isEqualTo(200);

    HttpResponse<String> refused = http().post("/api/gremia", reader, gremium());
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");

    String writer = token(PROVIDER, "j.jansen", List.of("ipo-ledger-secretariaat"), 300);
    HttpResponse<String> created = http().post("/api/gremia", writer, gremium());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = json.readTree(created.body()).get("id").asString();
    byte[] metaData =
        jdbc.sql("SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = :id")
            .param("id", id)
            .query(byte[].class)
            .single();
    JsonNode recorded = json.readTree(metaData);
    assertThat(recorded.get("actor").asString()).isEqualTo("j.jansen");
    assertThat(recorded.get("actorRole").asString()).isEqualTo("secretariaat");

    // basic credentials keep working beside tokens
    HttpResponse<String> basic =
        BearerHttp.send(
            HttpRequest.newBuilder(http().uri("/api/structure?asOf=2023-10-01"))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString("av-lid:av-lid".getBytes(StandardCharsets.UTF_8)))
                .build());
    assertThat(basic.statusCode()).isEqualTo(200);

    // and the API's description offers both to whoever tries it out
    JsonNode schemes =
        json.readTree(
                BearerHttp.send(HttpRequest.newBuilder(http().uri("/v3/api-docs")).build()).body())
            .get("components")
            .get("securitySchemes");
    assertThat(schemes.get("toegangstoken").get("scheme").asString()).isEqualTo("bearer");
    assertThat(schemes.get("gebruikersnaam-wachtwoord").get("scheme").asString())
        .isEqualTo("basic");
  }

  @Test
  void anExpiredForeignOrRolelessTokenIsRefusedAndChangesNothing() {
    long before = storedEvents();
    for (String bad :
        List.of(
            // expired ten minutes ago: well beyond the decoder's minute of allowed clock skew
            token(PROVIDER, "j.jansen", List.of("ipo-ledger-secretariaat"), -600),
            token(STRANGER, "j.jansen", List.of("ipo-ledger-secretariaat"), 300),
            "niet-een-token")) {
      HttpResponse<String> response = http().post("/api/gremia", bad, gremium());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(json.readTree(response.body()).get("reason").asString())
          .contains("toegangstoken")
          .contains("ongeldig, verlopen");
    }
    // a valid token that grants no role of the ledger reads nothing
    String roleless = token(PROVIDER, "k.klant", List.of("ipo-intranet-lezer"), 300);
    assertThat(http().get("/api/structure?asOf=2023-10-01", roleless).statusCode()).isEqualTo(403);
    assertThat(http().post("/api/gremia", roleless, gremium()).statusCode()).isEqualTo(403);
    assertThat(storedEvents()).isEqualTo(before);
  }

  private long storedEvents() {
    return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
  }

  private static String gremium() {
    return """
        {"name": "Werkgroep Token %s", "type": "BAC", "beginDate": "2024-01-01",
         "decisionReference": "Statuten"}"""
        .formatted(UUID.randomUUID());
  }

  private static String token(KeyPair key, String user, List<String> roles, long validSeconds) {
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .subject(UUID.randomUUID().toString())
            .claim("preferred_username", user)
            .claim("realm_access", Map.of("roles", roles))
            .issueTime(Date.from(now.minusSeconds(120)))
            .expirationTime(Date.from(now.plusSeconds(validSeconds)))
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(new RSASSASigner(key.getPrivate()));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
