package nl.ipo.ledger.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stored Merkle tree gives, for every tree size and every leaf, the root and audit path the
 * tree computed from every entry gives (which {@link MerkleTreeTest} checks against an independent
 * RFC 9162 verifier), filled leaf by leaf as the sealer does, or caught up from the chain table at
 * once. On the migrations' own tables, in H2; on PostgreSQL through {@code AuditContract}.
 */
class MerkleNodesTest {

  private JdbcClient jdbc;
  private MerkleNodes tree;

  @BeforeEach
  void database() throws IOException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:merkle-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
    jdbc = JdbcClient.create(h2);
    for (String migration :
        List.of("/db/migration/V6__audit_chain.sql", "/db/migration/V24__audit_merkle_nodes.sql")) {
      try (InputStream in = getClass().getResourceAsStream(migration)) {
        String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
          if (!statement.isBlank()) {
            jdbc.sql(statement).update();
          }
        }
      }
    }
    tree = new MerkleNodes(jdbc);
  }

  private static List<byte[]> entries(int n) throws Exception {
    List<byte[]> entries = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      entries.add(
          MessageDigest.getInstance("SHA-256")
              .digest(("event " + i).getBytes(StandardCharsets.UTF_8)));
    }
    return entries;
  }

  @Test
  void grownLeafByLeaf_everyRootAndEveryProofIsTheRfcOne() throws Exception {
    List<byte[]> entries = entries(70);
    for (int size = 1; size <= entries.size(); size++) {
      tree.append(size - 1, entries.get(size - 1));
      List<byte[]> first = entries.subList(0, size);
      assertThat(tree.leaves()).isEqualTo(size);
      assertThat(tree.root(size)).as("root of %d", size).isEqualTo(MerkleTree.root(first));
      for (int leaf = 0; leaf < size; leaf++) {
        assertThat(tree.inclusionProof(leaf, size))
            .as("leaf %d of %d", leaf, size)
            .containsExactlyElementsOf(MerkleTree.inclusionProof(first, leaf));
      }
    }
    // and the older, smaller trees stay answerable from the grown one
    assertThat(tree.root(33)).isEqualTo(MerkleTree.root(entries.subList(0, 33)));
    assertThat(tree.root(0)).isEqualTo(MerkleTree.root(List.of()));
  }

  @Test
  void aStoreFromBeforeTheTreeIsCaughtUpFromItsChain_andAppendingTwiceChangesNothing()
      throws Exception {
    List<byte[]> entries = entries(37);
    for (int position = 0; position < entries.size(); position++) {
      jdbc.sql(
              "INSERT INTO audit_chain (position, global_index, event_identifier, entry_hash,"
                  + " chain_hash, sealed_at) VALUES (:p, :p, :id, :entry, :entry, 'now')")
          .param("p", position)
          .param("id", "event-" + position)
          .param("entry", entries.get(position))
          .update();
    }
    tree.coverChain(20);
    assertThat(tree.leaves()).isEqualTo(20);
    tree.coverChain(37);
    tree.coverChain(37);
    assertThat(tree.leaves()).isEqualTo(37);
    tree.append(36, entries.get(36));
    assertThat(tree.root(37)).isEqualTo(MerkleTree.root(entries));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_merkle_node").query(Long.class).single())
        // 37 leaves and the complete subtrees above them: 18 + 9 + 4 + 2 + 1
        .isEqualTo(37 + 18 + 9 + 4 + 2 + 1);
  }

  @Test
  void aTreeAskedForMoreLeavesThanItHoldsSaysSo() throws Exception {
    tree.append(0, entries(1).get(0));
    assertThatThrownBy(() -> tree.root(2)).hasMessageContaining("holds 1 leaves, fewer than the 2");
    assertThatThrownBy(() -> tree.inclusionProof(1, 1)).hasMessageContaining("not in a tree of 1");
  }
}
