package nl.ipo.ledger.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
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
      assertThat(tree.reading().root(size))
          .as("root of %d", size)
          .isEqualTo(MerkleTree.root(first));
      for (int leaf = 0; leaf < size; leaf++) {
        assertThat(tree.reading().inclusionProof(leaf, size))
            .as("leaf %d of %d", leaf, size)
            .containsExactlyElementsOf(MerkleTree.inclusionProof(first, leaf));
      }
    }
    // and the older, smaller trees stay answerable from the grown one
    assertThat(tree.reading().root(33)).isEqualTo(MerkleTree.root(entries.subList(0, 33)));
    assertThat(tree.reading().root(0)).isEqualTo(MerkleTree.root(List.of()));
  }

  /**
   * RFC 9162 section 2.1.4.2, written here from the RFC: whether {@code path} proves that the tree
   * of {@code second} leaves with root {@code secondHash} extends the one of {@code first} leaves.
   */
  static boolean rfcConsistent(
      long first, long second, byte[] firstHash, byte[] secondHash, List<byte[]> path)
      throws Exception {
    if (first == second) {
      return path.isEmpty() && Arrays.equals(firstHash, secondHash);
    }
    if (path.isEmpty()) {
      return false;
    }
    List<byte[]> p = new ArrayList<>(path);
    if ((first & (first - 1)) == 0) {
      p.add(0, firstHash);
    }
    long fn = first - 1;
    long sn = second - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = p.get(0);
    byte[] sr = p.get(0);
    for (int i = 1; i < p.size(); i++) {
      byte[] c = p.get(i);
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = sha256(new byte[] {1}, c, fr);
        sr = sha256(new byte[] {1}, c, sr);
        if ((fn & 1) == 0) {
          while (fn != 0 && (fn & 1) == 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        sr = sha256(new byte[] {1}, sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(fr, firstHash) && Arrays.equals(sr, secondHash);
  }

  private static byte[] sha256(byte[]... parts) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (byte[] part : parts) {
      digest.update(part);
    }
    return digest.digest();
  }

  @Test
  void everyConsistencyProofBetweenEveryPairOfSizesChecksOut_andNoneForAnotherTree()
      throws Exception {
    List<byte[]> entries = entries(40);
    for (int position = 0; position < entries.size(); position++) {
      tree.append(position, entries.get(position));
    }
    for (int to = 1; to <= entries.size(); to++) {
      byte[] toRoot = MerkleTree.root(entries.subList(0, to));
      for (int from = 1; from <= to; from++) {
        byte[] fromRoot = MerkleTree.root(entries.subList(0, from));
        List<byte[]> proof = tree.reading().consistencyProof(from, to);
        assertThat(rfcConsistent(from, to, fromRoot, toRoot, proof))
            .as("from %d to %d", from, to)
            .isTrue();
        assertThat(MerkleTree.consistent(from, to, fromRoot, toRoot, proof)).isTrue();
        if (from < to) {
          // an old tree with another last leaf is not extended by the new one
          List<byte[]> forked = new ArrayList<>(entries.subList(0, from));
          forked.set(from - 1, entries.get(to - 1 == from - 1 ? 0 : to - 1));
          byte[] forkedRoot = MerkleTree.root(forked);
          assertThat(rfcConsistent(from, to, forkedRoot, toRoot, proof)).isFalse();
          assertThat(MerkleTree.consistent(from, to, forkedRoot, toRoot, proof)).isFalse();
        }
      }
    }
    assertThatThrownBy(() -> tree.reading().consistencyProof(0, 3))
        .hasMessageContaining("from 0 to 3");
    assertThatThrownBy(() -> tree.reading().consistencyProof(5, 4))
        .hasMessageContaining("from 5 to 4");
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
    assertThat(tree.reading().root(37)).isEqualTo(MerkleTree.root(entries));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_merkle_node").query(Long.class).single())
        // 37 leaves and the complete subtrees above them: 18 + 9 + 4 + 2 + 1
        .isEqualTo(37 + 18 + 9 + 4 + 2 + 1);
  }

  @Test
  void aTreeAskedForMoreLeavesThanItHoldsSaysSo() throws Exception {
    tree.append(0, entries(1).get(0));
    assertThatThrownBy(() -> tree.reading().root(2))
        .hasMessageContaining("holds 1 leaves, fewer than the 2");
    assertThatThrownBy(() -> tree.reading().inclusionProof(1, 1))
        .hasMessageContaining("not in a tree of 1");
  }
}
