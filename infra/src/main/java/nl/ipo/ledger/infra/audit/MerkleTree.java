package nl.ipo.ledger.infra.audit;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0), section 2.1, over the chain's entry
 * hashes: a leaf is SHA-256(0x00 ‖ entry hash), an inner node SHA-256(0x01 ‖ left ‖ right), and a
 * tree of n leaves splits at the largest power of two smaller than n. Inclusion proofs are its
 * audit paths (section 2.1.3), so any RFC 9162 verifier can check them.
 */
public final class MerkleTree {

  private MerkleTree() {}

  public static byte[] leaf(byte[] entryHash) {
    MessageDigest digest = ChainHash.sha256();
    digest.update((byte) 0x00);
    digest.update(entryHash);
    return digest.digest();
  }

  static byte[] node(byte[] left, byte[] right) {
    MessageDigest digest = ChainHash.sha256();
    digest.update((byte) 0x01);
    digest.update(left);
    digest.update(right);
    return digest.digest();
  }

  /** The root over the leaves {@code from} (inclusive) to {@code to} (exclusive). */
  public static byte[] root(List<byte[]> entryHashes) {
    if (entryHashes.isEmpty()) {
      return ChainHash.sha256().digest();
    }
    return hash(entryHashes, 0, entryHashes.size());
  }

  private static byte[] hash(List<byte[]> entries, long from, long to) {
    long n = to - from;
    if (n == 1) {
      return leaf(entries.get((int) from));
    }
    long k = largestPowerOfTwoBelow(n);
    return node(hash(entries, from, from + k), hash(entries, from + k, to));
  }

  /** The audit path of leaf {@code index} in the tree of all {@code entryHashes}, bottom up. */
  public static List<byte[]> inclusionProof(List<byte[]> entryHashes, int index) {
    return auditPath(index, entryHashes.size(), (from, to) -> hash(entryHashes, from, to));
  }

  /**
   * MTH(D[from:to]) of the ranges the RFC's recursion meets: every entry hashed anew, or composed
   * from stored subtrees ({@link MerkleNodes}).
   */
  interface Ranges {
    byte[] hash(long from, long to);
  }

  /** RFC 9162 PATH(index, D[0:size]), bottom up, with the ranges' hashes from {@code ranges}. */
  static List<byte[]> auditPath(long index, long size, Ranges ranges) {
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
    }
    List<byte[]> path = new ArrayList<>();
    path(index, 0, size, ranges, path);
    return path;
  }

  private static void path(long index, long from, long to, Ranges ranges, List<byte[]> out) {
    long n = to - from;
    if (n == 1) {
      return;
    }
    long k = largestPowerOfTwoBelow(n);
    if (index - from < k) {
      path(index, from, from + k, ranges, out);
      out.add(ranges.hash(from + k, to));
    } else {
      path(index, from + k, to, ranges, out);
      out.add(ranges.hash(from, from + k));
    }
  }

  /**
   * RFC 9162 section 2.1.4's PROOF(from, D[0:to]): the nodes that let anyone holding the root of
   * the first {@code from} leaves compute both roots, so the larger tree is shown to contain the
   * smaller one unchanged.
   */
  static List<byte[]> consistencyPath(long from, long to, Ranges ranges) {
    if (from < 1 || from > to) {
      throw new IllegalArgumentException("no consistency proof from " + from + " to " + to);
    }
    List<byte[]> proof = new ArrayList<>();
    subproof(from, 0, to, true, ranges, proof);
    return proof;
  }

  /** RFC 9162 SUBPROOF(m, D[from:to], whole), with m counted from {@code from}. */
  private static void subproof(
      long m, long from, long to, boolean whole, Ranges ranges, List<byte[]> out) {
    long n = to - from;
    if (m == n) {
      if (!whole) {
        out.add(ranges.hash(from, to));
      }
      return;
    }
    long k = largestPowerOfTwoBelow(n);
    if (m <= k) {
      subproof(m, from, from + k, whole, ranges, out);
      out.add(ranges.hash(from + k, to));
    } else {
      subproof(m - k, from + k, to, false, ranges, out);
      out.add(ranges.hash(from, from + k));
    }
  }

  /**
   * Checks a consistency proof as RFC 9162 section 2.1.4.2 describes: whether {@code proof} shows
   * that the tree of {@code to} leaves with root {@code toRoot} extends the tree of {@code from}
   * leaves with root {@code fromRoot}. The ledger checks each new checkpoint with it before it
   * signs.
   */
  static boolean consistent(
      long from, long to, byte[] fromRoot, byte[] toRoot, List<byte[]> proof) {
    if (from < 1 || from > to) {
      return false;
    }
    if (from == to) {
      return proof.isEmpty() && java.util.Arrays.equals(fromRoot, toRoot);
    }
    if (proof.isEmpty()) {
      return false;
    }
    List<byte[]> path = new ArrayList<>(proof);
    if (Long.bitCount(from) == 1) {
      path.add(0, fromRoot);
    }
    long fn = from - 1;
    long sn = to - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = path.get(0);
    byte[] sr = path.get(0);
    for (byte[] c : path.subList(1, path.size())) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = node(c, fr);
        sr = node(c, sr);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        sr = node(sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && java.util.Arrays.equals(fr, fromRoot) && java.util.Arrays.equals(sr, toRoot);
  }

  static long largestPowerOfTwoBelow(long n) {
    long k = 1;
    while (k << 1 < n) {
      k <<= 1;
    }
    return k;
  }
}
