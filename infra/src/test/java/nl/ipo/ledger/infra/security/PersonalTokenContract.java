package nl.ipo.ledger.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Personal access tokens: a token acts as its user with the user's roles, is checked without a
 * password hash, records its last use, and once revoked or expired is refused in words, with a
 * Bearer challenge, changing nothing. Its secret is never stored. Bad input for a new token is
 * refused naming the field. Run once per database.
 */
abstract class PersonalTokenContract {

  private static final LocalDate IN_A_MONTH =
      LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(30);

  @LocalServerPort int port;

  private BearerHttp http() {
    return new BearerHttp(port);
  }

  @Autowired PersonalTokens tokens;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;

  @Test
  void aTokenReadsAndWritesAsItsUser_withTheUsersRoles_andItsUseIsNoted() {
    PersonalTokens.Issued reader = tokens.issue("av-lid", "Export naar Excel", IN_A_MONTH);
    assertThat(reader.secret()).startsWith("ipo_pat_").hasSizeGreaterThan(40);

    HttpResponse<String> read = http().get("/api/structure?asOf=2023-10-01", reader.secret());
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    // an AV member's token may read but not record
    assertThat(http().post("/api/gremia", reader.secret(), gremium()).statusCode()).isEqualTo(403);
    assertThat(lastUsed(reader.token().id())).isNotNull();

    PersonalTokens.Issued writer = tokens.issue("secretariaat", "Koppeling agenda", IN_A_MONTH);
    HttpResponse<String> written = http().post("/api/gremia", writer.secret(), gremium());
    assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
    String gremiumId = json.readTree(written.body()).get("id").asString();
    // the fact names the token's user as who recorded it, in the user's role
    byte[] metaData =
        jdbc.sql("SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = :id")
            .param("id", gremiumId)
            .query(byte[].class)
            .single();
    JsonNode recorded = json.readTree(metaData);
    assertThat(recorded.get("actor").asString()).isEqualTo("secretariaat");
    assertThat(recorded.get("actorRole").asString()).isEqualTo("secretariaat");

    // basic keeps working beside it
    assertThat(basic("/api/structure?asOf=2023-10-01", "av-lid").statusCode()).isEqualTo(200);
  }

  @Test
  void onlyTheSecretsFingerprintIsStored() {
    PersonalTokens.Issued issued = tokens.issue("auditor", "Controle-script", IN_A_MONTH);
    String stored =
        jdbc.sql("SELECT * FROM personal_token WHERE id = :id")
            .param("id", issued.token().id().toString())
            .query(
                (rs, row) -> {
                  StringBuilder all = new StringBuilder();
                  for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    all.append(rs.getString(i)).append('|');
                  }
                  return all.toString();
                })
            .single();
    String randomPart = issued.secret().substring(PersonalTokens.PREFIX.length());
    assertThat(stored).doesNotContain(randomPart).contains(PersonalTokens.hash(issued.secret()));
  }

  @Test
  void aRevokedAnExpiredOrAnUnknownTokenIsRefusedInWords_andChangesNothing() {
    long before = storedEvents();
    PersonalTokens.Issued revoked = tokens.issue("secretariaat", "Oud script", IN_A_MONTH);
    assertThat(http().get("/api/structure", revoked.secret()).statusCode()).isEqualTo(200);
    // another user cannot revoke it; its own user can
    assertThat(tokens.revoke(revoked.token().id(), "av-lid", "av-lid")).isFalse();
    assertThat(http().get("/api/structure", revoked.secret()).statusCode()).isEqualTo(200);
    assertThat(tokens.revoke(revoked.token().id(), "secretariaat", "secretariaat")).isTrue();

    PersonalTokens.Issued expired = tokens.issue("secretariaat", "Verlopen script", IN_A_MONTH);
    jdbc.sql("UPDATE personal_token SET expires_at = :past WHERE id = :id")
        .param("past", Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)))
        .param("id", expired.token().id().toString())
        .update();

    assertRefused(revoked.secret(), "is ingetrokken op");
    assertRefused(expired.secret(), "is verlopen; hij was geldig tot en met");
    assertRefused(PersonalTokens.PREFIX + "verzonnen", "is onbekend");
    // not a personal token, and no identity provider configured here for JWTs
    assertRefused("eyJhbGciOiJub25lIn0.e30.", "ongeldig, verlopen");
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void aNewTokenNeedsADescriptionAndALastDayWithinTheLongestValidity() {
    String user = "nieuw-" + UUID.randomUUID();
    assertRefusedField(() -> tokens.issue(user, "  ", IN_A_MONTH), "omschrijving");
    assertRefusedField(() -> tokens.issue(user, "x".repeat(81), IN_A_MONTH), "omschrijving");
    assertRefusedField(() -> tokens.issue(user, "met\nregeleinde", IN_A_MONTH), "omschrijving");
    assertRefusedField(() -> tokens.issue(user, "Script", null), "geldigTot");
    assertRefusedField(
        () -> tokens.issue(user, "Script", LocalDate.now().minusDays(2)), "geldigTot");
    assertRefusedField(
        () -> tokens.issue(user, "Script", tokens.latestExpiryDay().plusDays(1)), "geldigTot");
    // the last allowed day is allowed, and so are as many active tokens as the limit
    for (int i = 0; i < tokens.maxActive(); i++) {
      tokens.issue(user, "Script " + i, tokens.latestExpiryDay());
    }
    assertRefusedField(() -> tokens.issue(user, "Eén te veel", IN_A_MONTH), "omschrijving");
    assertThat(tokens.of(user)).hasSize(tokens.maxActive());
    // a revoked one frees a place
    tokens.revoke(tokens.of(user).get(0).id(), user, user);
    tokens.issue(user, "Nu wel", IN_A_MONTH);
    assertThat(tokens.of(user)).hasSize(tokens.maxActive() + 1);
  }

  private void assertRefused(String secret, String words) {
    HttpResponse<String> response = http().post("/api/gremia", secret, gremium());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate").orElse(""))
        .startsWith("Bearer error=\"invalid_token\"");
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("reason").asString()).contains(words);
    assertThat(http().get("/api/structure", secret).statusCode()).isEqualTo(401);
  }

  private static void assertRefusedField(Runnable issue, String field) {
    assertThatThrownBy(issue::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  private Instant lastUsed(UUID id) {
    return jdbc.sql("SELECT last_used_at FROM personal_token WHERE id = :id")
        .param("id", id.toString())
        .query((rs, row) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
        .single();
  }

  private long storedEvents() {
    return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
  }

  private static String gremium() {
    return """
        {"name": "Werkgroep Sleutel %s", "type": "BAC", "beginDate": "2024-01-01",
         "decisionReference": "Statuten"}"""
        .formatted(UUID.randomUUID());
  }

  private HttpResponse<String> basic(String path, String user) {
    return BearerHttp.send(
        HttpRequest.newBuilder(http().uri(path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
            .build());
  }
}
