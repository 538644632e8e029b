package nl.ipo.ledger.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ipo.ledger.infra.audit.ChainVerifier.Kind;
import nl.ipo.ledger.infra.audit.ChainVerifier.Report;
import nl.ipo.ledger.infra.support.LedgerHttp;
import nl.ipo.ledger.infra.support.LedgerHttp.Response;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tamper evidence on a real database: events are sealed in order, checkpoints are signed, proofs
 * check out with an independent verifier, and every kind of tampering done directly in SQL is found
 * at its exact position. Each tampering is undone afterwards, so the shared database stays intact
 * for the other tests. Run once per database by the subclasses.
 */
abstract class AuditContract {

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired ChainVerifier verifier;
  @Autowired ChainReports reports;
  @Autowired EventProcessingConfiguration processing;
  @Autowired TransactionTemplate transactions;
  LedgerHttp http;

  @BeforeEach
  void client() {
    http = new LedgerHttp(port, json);
  }

  @AfterEach
  void sealerRunsAgain() {
    sealer().start();
  }

  private StreamingEventProcessor sealer() {
    return processing
        .eventProcessor(ChainSealer.PROCESSING_GROUP, StreamingEventProcessor.class)
        .orElseThrow();
  }

  /** Records a gremium with a member; returns the event identifiers of its two events. */
  private long storedEvents() {
    return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
  }

  private List<String> recordSomething() {
    Response created =
        http.post(
            "secretariaat",
            "/api/gremia",
            """
            {"name": "Werkgroep %s", "type": "werkgroep", "beginDate": "2022-01-01",
             "endDate": "2022-12-31", "decisionReference": "Bestuur 2021-12-01"}"""
                .formatted(UUID.randomUUID()));
    String id = created.body().get("id").asString();
    http.post(
        "secretariaat",
        "/api/gremia/" + id + "/members",
        """
        {"personName": "P. Jansen", "province": "Drenthe", "role": "lid", "startDate": "2022-01-01",
         "decisionReference": "Bestuur 2021-12-01"}""");
    return jdbc.sql(
            "SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = :id ORDER BY sequence_number")
        .param("id", id)
        .query(String.class)
        .list();
  }

  private void awaitSealed(List<String> eventIds) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.sql("SELECT COUNT(*) FROM audit_chain WHERE event_identifier IN (:ids)")
                        .param("ids", eventIds)
                        .query(Long.class)
                        .single()
                    == eventIds.size());
  }

  private long position(String eventId) {
    return jdbc.sql("SELECT position FROM audit_chain WHERE event_identifier = :id")
        .param("id", eventId)
        .query(Long.class)
        .single();
  }

  private Map<String, Object> row(String eventId) {
    return jdbc.sql("SELECT * FROM domain_event_entry WHERE event_identifier = :id")
        .param("id", eventId)
        .query()
        .singleRow();
  }

  private JsonNode checkpoint() {
    Response created = http.post("beheerder", "/api/audit/checkpoints", "");
    assertThat(created.status()).isIn(201, 204);
    JsonNode all = http.get("auditor", "/api/audit/checkpoints").body();
    return all.get(all.size() - 1);
  }

  @Test
  void theKeptVerificationSaysWhenItWasMadeAndHowManyFactsWereSealedSince() {
    awaitSealed(recordSomething());
    ChainReports.Verified first = reports.verifyNow();
    assertThat(first.report().intact()).isTrue();
    assertThat(first.took()).isPositive();
    assertThat(reports.latest().at()).isAfterOrEqualTo(first.at());
    assertThat(reports.sealedSince(first)).isZero();

    awaitSealed(recordSomething());
    // every fact stored since the verification, this test's two and any a background deadline of
    // another context on the same database recorded (a mandate's expiry), once the chain has them
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(reports.sealedSince(first))
                    .isEqualTo(storedEvents() - first.report().sealedEvents()));
    assertThat(reports.sealedSince(first)).isGreaterThanOrEqualTo(2);

    // the API's verification is a fresh one, and is kept for the page
    Response verified = http.get("auditor", "/api/audit/verify");
    assertThat(verified.status()).isEqualTo(200);
    long sealed = verified.body().get("sealedEvents").asLong();
    assertThat(sealed).isGreaterThanOrEqualTo(first.report().sealedEvents() + 2);
    assertThat(reports.latest().report().sealedEvents()).isEqualTo(sealed);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(reports.sealedSince(reports.latest()))
                    .isEqualTo(storedEvents() - reports.latest().report().sealedEvents()));
  }

  @Test
  void checkpointsAskedForAtOnceAreAllMadeOrFoundUnneeded() throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 5; round++) {
        awaitSealed(recordSomething());
        List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
          answers.add(
              pool.submit(() -> http.post("beheerder", "/api/audit/checkpoints", "").status()));
        }
        for (var answer : answers) {
          assertThat(answer.get()).isIn(201, 204);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    JsonNode all = http.get("auditor", "/api/audit/checkpoints").body();
    for (int i = 0; i < all.size(); i++) {
      assertThat(all.get(i).get("number").asLong()).isEqualTo(i + 1);
    }
  }

  @Test
  void anUntouchedStoreVerifiesAndEveryEventHasAProofAnOutsiderCanCheck() throws Exception {
    List<String> events = recordSomething();
    awaitSealed(events);
    while (jdbc.sql("SELECT COUNT(*) FROM audit_chain").query(Long.class).single() < 25) {
      awaitSealed(recordSomething());
    }
    JsonNode checkpoint = checkpoint();
    assertThat(http.post("auditor", "/api/audit/checkpoints", "").status()).isEqualTo(403);

    JsonNode report = http.get("auditor", "/api/audit/verify").body();
    assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
    assertThat(report.get("sealedEvents").asLong()).isGreaterThanOrEqualTo(2);

    JsonNode proof = http.get("auditor", "/api/audit/proof/" + events.get(1)).body();
    String pem = http.get("av-lid", "/api/audit/public-key").text();
    assertThat(outsiderChecks(proof, pem)).isTrue();
    assertThat(proof.get("checkpoint").asLong())
        .isLessThanOrEqualTo(checkpoint.get("number").asLong());
    JsonNode forged =
        ((tools.jackson.databind.node.ObjectNode) proof.deepCopy())
            .put("leafIndex", proof.get("leafIndex").asLong() + 1);
    assertThat(outsiderChecks(forged, pem)).isFalse();
    assertThat(http.get("auditor", "/api/audit/checkpoints").body().toString())
        .contains("\"treeSize\":25");
  }

  /** What an outside party does with a proof, the published key and nothing of this code. */
  private static boolean outsiderChecks(JsonNode proof, String pem) throws Exception {
    HexFormat hex = HexFormat.of();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update((byte) 0);
    byte[] r = sha.digest(hex.parseHex(proof.get("entryHash").asString()));
    long fn = proof.get("leafIndex").asLong();
    long sn = proof.get("treeSize").asLong() - 1;
    if (fn > sn) {
      return false;
    }
    for (JsonNode node : proof.get("auditPath")) {
      byte[] p = hex.parseHex(node.asString());
      if (sn == 0) {
        return false;
      }
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update((byte) 1);
      if ((fn & 1) == 1 || fn == sn) {
        d.update(p);
        d.update(r);
        if ((fn & 1) == 0) {
          while (fn != 0 && (fn & 1) == 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        d.update(r);
        d.update(p);
      }
      r = d.digest();
      fn >>= 1;
      sn >>= 1;
    }
    String statement = proof.get("statement").asString();
    boolean rootSigned =
        sn == 0
            && statement.contains("merkle-root: " + hex.formatHex(r) + "\n")
            && statement.contains("tree-size: " + proof.get("treeSize").asLong() + "\n");
    PublicKey key =
        java.security.KeyFactory.getInstance("Ed25519")
            .generatePublic(
                new java.security.spec.X509EncodedKeySpec(
                    Base64.getDecoder()
                        .decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""))));
    Signature signature = Signature.getInstance("Ed25519");
    signature.initVerify(key);
    signature.update(statement.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return rootSigned
        && signature.verify(Base64.getDecoder().decode(proof.get("signature").asString()));
  }

  @Test
  void everyKindOfTamperingIsFoundAtItsExactPosition() {
    // a gap in the global index below the head, where a forged row could hide
    long gap =
        transactions.execute(
            status -> {
              jdbc.sql(
                      """
                      INSERT INTO domain_event_entry (event_identifier, aggregate_identifier,
                          sequence_number, type, time_stamp, payload_type, payload)
                      VALUES (:id, 'gap', 0, 'Test', '2020-01-01T00:00:00Z', 'Test', :payload)""")
                  .param("id", UUID.randomUUID().toString())
                  .param("payload", new byte[] {1})
                  .update();
              long index =
                  jdbc.sql(
                          "SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = 'gap'")
                      .query(Long.class)
                      .single();
              status.setRollbackOnly();
              return index;
            });
    List<String> events = recordSomething();
    List<String> more = recordSomething();
    awaitSealed(events);
    awaitSealed(more);
    JsonNode exported = checkpoint();
    sealer().shutDown();
    assertThat(verifier.verify().intact()).isTrue();

    String target = events.get(1);
    long at = position(target);
    Map<String, Object> original = row(target);

    // 1. a payload changed
    jdbc.sql("UPDATE domain_event_entry SET payload = :p WHERE event_identifier = :id")
        .param(
            "p",
            "{\"personName\":\"Iemand anders\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .param("id", target)
        .update();
    expect(Kind.CHANGED, at, exported);
    jdbc.sql("UPDATE domain_event_entry SET payload = :p WHERE event_identifier = :id")
        .param("p", original.get("payload"))
        .param("id", target)
        .update();
    assertThat(verifier.verify().intact()).isTrue();
    assertThat(exportedVerifies(exported)).isTrue();

    // 2. a row deleted
    jdbc.sql("DELETE FROM domain_event_entry WHERE event_identifier = :id")
        .param("id", target)
        .update();
    expect(Kind.DELETED, at, exported);
    restore(original);
    assertThat(verifier.verify().intact()).isTrue();

    // 3. a forged row inserted in the gap
    String forgedId = UUID.randomUUID().toString();
    jdbc.sql(
            """
            INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,
                sequence_number, type, time_stamp, payload_type, payload)
            VALUES (:index, :id, 'forged', 0, 'Gremium', '2020-01-01T00:00:00Z', 'Forged', :payload)""")
        .param("index", gap)
        .param("id", forgedId)
        .param("payload", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .update();
    long expectedAt =
        jdbc.sql("SELECT COUNT(*) FROM audit_chain WHERE global_index < :gap")
            .param("gap", gap)
            .query(Long.class)
            .single();
    Report inserted = verifier.verify();
    assertThat(inserted.firstProblem().kind()).isEqualTo(Kind.INSERTED);
    assertThat(inserted.firstProblem().position()).isEqualTo(expectedAt);
    assertThat(inserted.firstProblem().eventIdentifier()).isEqualTo(forgedId);
    jdbc.sql("DELETE FROM domain_event_entry WHERE event_identifier = :id")
        .param("id", forgedId)
        .update();
    assertThat(verifier.verify().intact()).isTrue();

    // 4. two positions swapped
    String first = more.get(0);
    String second = more.get(1);
    long firstIndex = ((Number) row(first).get("global_index")).longValue();
    long secondIndex = ((Number) row(second).get("global_index")).longValue();
    swap(first, second, secondIndex, firstIndex);
    expect(Kind.REORDERED, Math.min(position(first), position(second)), exported);
    swap(first, second, firstIndex, secondIndex);
    assertThat(verifier.verify().intact()).isTrue();
    assertThat(exportedVerifies(exported)).isTrue();
  }

  @Test
  void aChangedNodeOfTheStoredMerkleTreeIsFound_andTheTreeIsFilledInAgainFromTheChain()
      throws Exception {
    List<String> events = recordSomething();
    awaitSealed(events);
    JsonNode exported = checkpoint();
    sealer().shutDown();
    String target = events.get(1);
    long at = position(target);
    long sealed = jdbc.sql("SELECT COUNT(*) FROM audit_chain").query(Long.class).single();
    assertThat(leavesStored()).isEqualTo(sealed);
    String pem = http.get("av-lid", "/api/audit/public-key").text();

    // the proof of the leaf beside it carries the leaf changed below (the last, lone leaf is
    // carried
    // by the proof of the one before it)
    String neighbour =
        jdbc.sql("SELECT event_identifier FROM audit_chain WHERE position = :p")
            .param("p", (at ^ 1) < sealed ? at ^ 1 : at - 1)
            .query(String.class)
            .single();
    try {
      jdbc.sql("UPDATE audit_merkle_node SET hash = :h WHERE level = 0 AND idx = :i")
          .param("h", new byte[32])
          .param("i", at)
          .update();
      Report altered = verifier.verify();
      assertThat(altered.intact()).isFalse();
      assertThat(altered.firstProblem().kind()).isEqualTo(Kind.MERKLE_TREE_ALTERED);
      assertThat(altered.firstProblem().position()).isEqualTo(at);
      assertThat(altered.firstProblem().eventIdentifier()).isEqualTo(target);
      // the events and the checkpoints are untouched: only proofs from the tree would fail
      assertThat(altered.brokenCheckpoints()).isEmpty();
      assertThat(exportedVerifies(exported)).isTrue();
      assertThat(outsiderChecks(http.get("auditor", "/api/audit/proof/" + neighbour).body(), pem))
          .isFalse();

      // a missing inner node is found too
      jdbc.sql("UPDATE audit_merkle_node SET hash = :h WHERE level = 0 AND idx = :i")
          .param("h", leafOf(target))
          .param("i", at)
          .update();
      assertThat(verifier.verify().intact()).isTrue();
      // (the node over the first two leaves: there is one in any chain of two or more)
      assertThat(jdbc.sql("DELETE FROM audit_merkle_node WHERE level = 1 AND idx = 0").update())
          .isEqualTo(1);
      Report missing = verifier.verify();
      assertThat(missing.firstProblem().kind()).isEqualTo(Kind.MERKLE_TREE_ALTERED);
      assertThat(missing.firstProblem().position()).isZero();
      assertThat(missing.firstProblem().detail()).contains("misses a node");
    } finally {
      // whatever failed above, the next test finds a tree the ledger can fill in again
      jdbc.sql("DELETE FROM audit_merkle_node").update();
    }
    // derived data: without its rows, proofs are answered from the chain, and the sealer fills
    // the tree in again
    jdbc.sql("DELETE FROM audit_merkle_node").update();
    assertThat(verifier.verify().intact()).isTrue();
    assertThat(outsiderChecks(http.get("auditor", "/api/audit/proof/" + neighbour).body(), pem))
        .isTrue();
    sealer().start();
    List<String> later = recordSomething();
    awaitSealed(later);
    assertThat(leavesStored())
        .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM audit_chain").query(Long.class).single());
    assertThat(verifier.verify().intact()).isTrue();
    assertThat(outsiderChecks(http.get("auditor", "/api/audit/proof/" + target).body(), pem))
        .isTrue();
  }

  @Test
  void aConsistencyProofBetweenTwoCheckpointsChecksOutForAnOutsider_andAForkIsNotSigned()
      throws Exception {
    awaitSealed(recordSomething());
    JsonNode older = checkpoint();
    awaitSealed(recordSomething());
    JsonNode newer = checkpoint();
    long from = older.get("treeSize").asLong();
    long to = newer.get("treeSize").asLong();
    assertThat(from).isLessThan(to);

    JsonNode proof = http.get("av-lid", "/api/audit/consistency?from=" + from + "&to=" + to).body();
    assertThat(proof.get("fromCheckpoint").asLong()).isEqualTo(older.get("number").asLong());
    assertThat(proof.get("toCheckpoint").asLong()).isEqualTo(newer.get("number").asLong());
    assertThat(proof.get("fromRoot").asString()).isEqualTo(older.get("merkleRoot").asString());
    assertThat(proof.get("toRoot").asString()).isEqualTo(newer.get("merkleRoot").asString());
    HexFormat hex = HexFormat.of();
    List<byte[]> path = new ArrayList<>();
    proof.get("proof").forEach(node -> path.add(hex.parseHex(node.asString())));
    // what someone who kept the older checkpoint does, with its signed root, not the ledger's word
    assertThat(
            MerkleNodesTest.rfcConsistent(
                from,
                to,
                hex.parseHex(older.get("merkleRoot").asString()),
                hex.parseHex(newer.get("merkleRoot").asString()),
                path))
        .isTrue();

    // bad input is refused naming the field
    assertThat(problemField(http.get("auditor", "/api/audit/consistency?from=0")))
        .isEqualTo("from");
    assertThat(problemField(http.get("auditor", "/api/audit/consistency?from=5&to=4")))
        .isEqualTo("to");
    assertThat(problemField(http.get("auditor", "/api/audit/consistency?from=1&to=999999999")))
        .isEqualTo("to");
    assertThat(problemField(http.get("auditor", "/api/audit/consistency?from=een")))
        .isEqualTo("from");

    // a tree that no longer extends the last checkpoint is not signed
    long checkpointsBefore =
        jdbc.sql("SELECT COUNT(*) FROM audit_checkpoint").query(Long.class).single();
    try {
      jdbc.sql("UPDATE audit_merkle_node SET hash = :h").param("h", new byte[32]).update();
      awaitSealed(recordSomething());
      Response refused = http.post("beheerder", "/api/audit/checkpoints", "");
      assertThat(refused.status()).isEqualTo(409);
      assertThat(refused.body().get("reason").asString())
          .contains("sluit niet meer aan op controlepunt");
      assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_checkpoint").query(Long.class).single())
          .isEqualTo(checkpointsBefore);
    } finally {
      jdbc.sql("DELETE FROM audit_merkle_node").update();
    }
    // filled in again from the chain, the tree extends the checkpoints and is signed again
    awaitSealed(recordSomething());
    assertThat(http.post("beheerder", "/api/audit/checkpoints", "").status()).isIn(201, 204);
    assertThat(verifier.verify().intact()).isTrue();
  }

  private static String problemField(Response response) {
    assertThat(response.status()).isEqualTo(400);
    return response.body().get("field").asString();
  }

  private byte[] leafOf(String eventId) {
    byte[] entry =
        jdbc.sql("SELECT entry_hash FROM audit_chain WHERE event_identifier = :id")
            .param("id", eventId)
            .query(byte[].class)
            .single();
    return MerkleTree.leaf(entry);
  }

  private long leavesStored() {
    return jdbc.sql("SELECT COUNT(*) FROM audit_merkle_node WHERE level = 0")
        .query(Long.class)
        .single();
  }

  private void expect(Kind kind, long position, JsonNode exported) {
    Report report = verifier.verify();
    assertThat(report.intact()).isFalse();
    assertThat(report.firstProblem().kind()).as(report.problems().toString()).isEqualTo(kind);
    assertThat(report.firstProblem().position()).isEqualTo(position);
    assertThat(report.brokenCheckpoints()).contains(exported.get("number").asLong());
    assertThat(exportedVerifies(exported)).isFalse();
    JsonNode overHttp = http.get("auditor", "/api/audit/verify").body();
    assertThat(overHttp.get("firstProblem").get("kind").asString()).isEqualTo(kind.name());
  }

  private boolean exportedVerifies(JsonNode checkpoint) {
    Response response =
        http.post(
            "auditor",
            "/api/audit/checkpoints/verify",
            json.writeValueAsString(
                Map.of(
                    "statement",
                    checkpoint.get("statement").asString(),
                    "signature",
                    checkpoint.get("signature").asString())));
    assertThat(response.status()).isEqualTo(200);
    return response.body().get("valid").asBoolean();
  }

  private void restore(Map<String, Object> row) {
    jdbc.sql(
            """
            INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,
                sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
            VALUES (:global_index, :event_identifier, :aggregate_identifier, :sequence_number, :type,
                :time_stamp, :payload_type, :payload_revision, :payload, :meta_data)""")
        .params(row)
        .update();
  }

  private void swap(String first, String second, long firstTo, long secondTo) {
    transactions.executeWithoutResult(
        status -> {
          jdbc.sql("UPDATE domain_event_entry SET global_index = -1 WHERE event_identifier = :id")
              .param("id", first)
              .update();
          jdbc.sql("UPDATE domain_event_entry SET global_index = :to WHERE event_identifier = :id")
              .param("to", secondTo)
              .param("id", second)
              .update();
          jdbc.sql("UPDATE domain_event_entry SET global_index = :to WHERE event_identifier = :id")
              .param("to", firstTo)
              .param("id", first)
              .update();
        });
  }

  @Test
  void rebuildingEveryReadModelFromTheEventsGivesTheLiveOnes() {
    recordSomething();
    List<String> tables =
        List.of(
            "structure_gremium",
            "structure_gremium_name",
            "structure_membership",
            "besluit_view",
            "besluit_agenda",
            "mandaat_view",
            "mandaat_version",
            "competence_version",
            "begroting_view",
            "begroting_programma",
            "begroting_opgave",
            "begroting_line",
            "begroting_mutation",
            "begroting_samenvatting",
            "begroting_verklaring",
            "begroting_tegel",
            "journal_entry");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> http.get("beheerder", "/api/admin/rebuild").body().get("done").asBoolean());
    List<List<String>> live = snapshot(tables);

    Response started = http.post("beheerder", "/api/admin/rebuild", "");
    assertThat(started.status()).isEqualTo(202);
    assertThat(http.post("secretariaat", "/api/admin/rebuild", "").status()).isEqualTo(403);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> http.get("beheerder", "/api/admin/rebuild").body().get("done").asBoolean());

    assertThat(snapshot(tables)).isEqualTo(live);
  }

  private List<List<String>> snapshot(List<String> tables) {
    List<List<String>> all = new ArrayList<>();
    for (String table : tables) {
      List<String> rows =
          new ArrayList<>(
              jdbc.sql("SELECT * FROM " + table).query().listOfRows().stream()
                  .map(row -> table + new java.util.TreeMap<>(row).toString())
                  .toList());
      rows.sort(String::compareTo);
      all.add(rows);
    }
    return all;
  }
}
