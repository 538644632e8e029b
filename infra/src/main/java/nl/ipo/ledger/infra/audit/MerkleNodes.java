package nl.ipo.ledger.infra.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Merkle tree of RFC 9162 ({@link MerkleTree}) over the chain, kept in the table {@code
 * audit_merkle_node} as the chain grows: each leaf and each complete subtree, so a root, an
 * inclusion proof or a consistency proof costs O(log n) stored hashes rather than a pass over every
 * entry. Appending a leaf stores it and the subtrees it completes (on average one more), reading
 * only their left halves.
 *
 * <p>Every tree the RFC defines over the first n leaves splits at the largest power of two below n,
 * so each of its subtrees either is complete and aligned to its own size (one stored node) or
 * splits again the same way: a range's hash is composed from at most about 2·log2(n) stored nodes.
 * No library offers this for a relational store (Trillian and Tessera keep tiles of their own), so
 * it is written here, as the RFC's recursion over stored subtrees.
 */
@Component
class MerkleNodes {

  private final JdbcClient jdbc;

  MerkleNodes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores leaf {@code position} and the subtrees it completes. Idempotent: a node already stored
   * (by a catch-up running beside the sealer) is left as it is, holding the same hash.
   */
  void append(long position, byte[] entryHash) {
    byte[] hash = MerkleTree.leaf(entryHash);
    insert(0, position, hash);
    long index = position;
    int level = 0;
    while ((index & 1) == 1) {
      hash = MerkleTree.node(node(level, index - 1), hash);
      index >>= 1;
      level++;
      insert(level, index, hash);
    }
  }

  /**
   * Makes sure the tree holds the first {@code size} chain entries, filling in from the chain what
   * is missing (a store from before this table, or a sealer that has not run here yet).
   */
  @Transactional
  void coverChain(long size) {
    long leaves = leaves();
    if (leaves >= size) {
      return;
    }
    List<byte[]> missing = new ArrayList<>();
    jdbc.sql(
            "SELECT entry_hash FROM audit_chain WHERE position >= :from AND position < :to"
                + " ORDER BY position")
        .param("from", leaves)
        .param("to", size)
        .query((RowCallbackHandler) row -> missing.add(row.getBytes(1)));
    long position = leaves;
    for (byte[] entryHash : missing) {
      append(position++, entryHash);
    }
  }

  /** How many leaves the tree holds. */
  long leaves() {
    return jdbc.sql("SELECT COALESCE(MAX(idx), -1) FROM audit_merkle_node WHERE level = 0")
            .query(Long.class)
            .single()
        + 1;
  }

  /** A stored node, as {@link #forEachNode} hands it over. */
  interface NodeVisitor {
    void visit(int level, long index, byte[] hash);
  }

  /**
   * Every stored node within the first {@code size} leaves, level by level from the leaves up, in
   * index order within a level; for the verifier to compare with the chain.
   */
  void forEachNode(long size, NodeVisitor visitor) {
    jdbc.sql("SELECT level, idx, hash FROM audit_merkle_node ORDER BY level, idx")
        .query(
            (RowCallbackHandler)
                row -> {
                  int level = row.getInt(1);
                  long index = row.getLong(2);
                  if (level < 63 && (index + 1) << level <= size) {
                    visitor.visit(level, index, row.getBytes(3));
                  }
                });
  }

  /**
   * The tree as stored now, for several answers over it (a checkpoint's root and its consistency
   * with the last one; a proof and both its roots): its leaves are counted once, and each stored
   * node is read once, since proofs and roots over the same tree share their subtrees.
   */
  Reading reading() {
    return new Reading(leaves());
  }

  final class Reading {
    private final long leaves;
    private final Map<Long, byte[]> read = new HashMap<>();

    private Reading(long leaves) {
      this.leaves = leaves;
    }

    /** How many leaves the tree held when it was read. */
    long leaves() {
      return leaves;
    }

    /** The root of the tree over the first {@code size} leaves (RFC 9162 MTH). */
    byte[] root(long size) {
      if (size == 0) {
        return ChainHash.sha256().digest();
      }
      return range(0, holding(size));
    }

    /** The audit path of leaf {@code index} in the tree over the first {@code size} leaves. */
    List<byte[]> inclusionProof(long index, long size) {
      return MerkleTree.auditPath(index, holding(size), this::range);
    }

    /** The consistency proof between the trees over the first {@code from} and {@code to}. */
    List<byte[]> consistencyProof(long from, long to) {
      return MerkleTree.consistencyPath(from, holding(to), this::range);
    }

    private long holding(long size) {
      if (leaves < size) {
        throw new IllegalStateException(
            "the Merkle tree holds " + leaves + " leaves, fewer than the " + size + " asked for");
      }
      return size;
    }

    /**
     * MTH(D[from:to]) for a range of the RFC's recursion: a complete subtree aligned to its size is
     * one stored node; any other range splits as the RFC splits it.
     */
    private byte[] range(long from, long to) {
      long n = to - from;
      if (Long.bitCount(n) == 1 && from % n == 0) {
        int level = Long.numberOfTrailingZeros(n);
        return read.computeIfAbsent(key(level, from / n), k -> node(level, from / n));
      }
      long k = MerkleTree.largestPowerOfTwoBelow(n);
      return MerkleTree.node(range(from, from + k), range(from + k, to));
    }

    private long key(int level, long index) {
      return ((long) level << 56) | index;
    }
  }

  private byte[] node(int level, long index) {
    return jdbc.sql("SELECT hash FROM audit_merkle_node WHERE level = :level AND idx = :idx")
        .param("level", level)
        .param("idx", index)
        .query(byte[].class)
        .optional()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the Merkle tree lacks its node at level " + level + ", index " + index));
  }

  private void insert(int level, long index, byte[] hash) {
    jdbc.sql(
            "INSERT INTO audit_merkle_node (level, idx, hash) VALUES (:level, :idx, :hash)"
                + " ON CONFLICT DO NOTHING")
        .param("level", level)
        .param("idx", index)
        .param("hash", hash)
        .update();
  }
}
