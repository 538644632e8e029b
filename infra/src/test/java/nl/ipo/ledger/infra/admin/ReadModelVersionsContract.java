package nl.ipo.ledger.infra.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import nl.ipo.ledger.infra.support.LedgerHttp;
import nl.ipo.ledger.query.gremium.StructureProjection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A read model projected by an older version of its code is rebuilt from the events once, and then
 * left alone: what a release that adds a table to a projection relies on.
 */
abstract class ReadModelVersionsContract {

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired ReadModelVersions versions;

  @Test
  void anOlderReadModelIsRebuiltOnceAndTheCurrentOnesAreLeftAlone() {
    LedgerHttp http = new LedgerHttp(port, json);
    String name = "Werkgroep versies " + UUID.randomUUID().toString().substring(0, 8);
    var created =
        http.post(
            "secretariaat",
            "/api/gremia",
            "{\"name\":\""
                + name
                + "\",\"type\":\"WERKGROEP\",\"beginDate\":\"2024-01-01\",\"endDate\":\"2024-12-31\","
                + "\"decisionReference\":\"Bestuur 2023-12-14\"}");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.body().get("id").asString();
    await().atMost(Duration.ofSeconds(30)).until(() -> changes(id) == 1);
    assertThat(versions.upgrade()).as("every read model is current").isEmpty();

    // the database as an older release left it: the structure projected by version 1, which
    // wrote no change rows
    jdbc.sql("UPDATE read_model_version SET version = 1 WHERE processing_group = :g")
        .param("g", StructureProjection.PROCESSING_GROUP)
        .update();
    jdbc.sql("DELETE FROM structure_change WHERE gremium_id = :id").param("id", id).update();
    assertThat(changes(id)).isZero();

    assertThat(versions.upgrade()).containsExactly(StructureProjection.PROCESSING_GROUP);
    await().atMost(Duration.ofSeconds(60)).until(() -> changes(id) == 1);
    assertThat(
            jdbc.sql("SELECT version FROM read_model_version WHERE processing_group = :g")
                .param("g", StructureProjection.PROCESSING_GROUP)
                .query(Integer.class)
                .single())
        .isEqualTo(StructureProjection.READ_MODEL_VERSION);
    assertThat(versions.upgrade()).isEmpty();
    assertThat(http.get("av-lid", "/api/gremia/" + id + "?asOf=2024-06-01").status())
        .isEqualTo(200);
  }

  private int changes(String id) {
    return jdbc.sql("SELECT COUNT(*) FROM structure_change WHERE gremium_id = :id")
        .param("id", id)
        .query(Integer.class)
        .single();
  }
}
