package nl.ipo.ledger.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import nl.ipo.ledger.infra.support.LedgerHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded default as a user runs it: an H2 file database, the application stopped and started
 * again. What was recorded before the restart is there after it, exactly once.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDefaultRestartTest {

  @TempDir Path dataDir;

  @Test
  void aRecordedGremiumSurvivesARestart(CapturedOutput output) {
    String url =
        "jdbc:h2:file:"
            + dataDir.resolve("ipo-ledger")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";
    String id;
    try (ConfigurableApplicationContext first = start(url)) {
      LedgerHttp http = http(first);
      LedgerHttp.Response created =
          http.post(
              "secretariaat",
              "/api/gremia",
              """
              {"name": "BAC Klimaat & Leefomgeving", "type": "BAC", "beginDate": "2023-09-01",
               "decisionReference": "Bestuur 2023-07-06"}""");
      assertThat(created.status()).isEqualTo(201);
      id = created.body().get("id").asString();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  occurrences(http.get("av-lid", "/api/structure?asOf=2023-10-01").body(), id)
                      == 1);
    }
    assertThat(output.getOut()).contains("Ledger database: H2").contains(dataDir.toString());

    try (ConfigurableApplicationContext second = start(url)) {
      LedgerHttp http = http(second);
      JsonNode structure = http.get("av-lid", "/api/structure?asOf=2023-10-01").body();
      assertThat(occurrences(structure, id)).isEqualTo(1);
      assertThat(occurrences(http.get("av-lid", "/api/structure?asOf=2023-08-01").body(), id))
          .isZero();
      assertThat(http.get("auditor", "/api/gremia/" + id + "/history").body().get("events"))
          .hasSize(1);
    }
  }

  private static ConfigurableApplicationContext start(String url) {
    return new SpringApplicationBuilder(LedgerApplication.class)
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + url,
            "--ledger.audit.key-file="
                + url.substring("jdbc:h2:file:".length(), url.indexOf(';'))
                + ".key");
  }

  private static LedgerHttp http(ConfigurableApplicationContext context) {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    return new LedgerHttp(port, context.getBean(JsonMapper.class));
  }

  private static long occurrences(JsonNode structure, String id) {
    long count = 0;
    for (JsonNode gremium : structure.get("gremia")) {
      if (gremium.get("id").asString().equals(id)) {
        count++;
      }
    }
    return count;
  }
}
