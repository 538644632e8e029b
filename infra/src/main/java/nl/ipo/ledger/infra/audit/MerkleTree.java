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

  private static byte[] hash(List<byte[]> entries, int from, int to) {
    int n = to - from;
    if (n == 1) {
      return leaf(entries.get(from));
    }
    int k = largestPowerOfTwoBelow(n);
    return node(hash(entries, from, from + k), hash(entries, from + k, to));
  }

  /** The audit path of leaf {@code index} in the tree of all {@code entryHashes}, bottom up. */
  public static List<byte[]> inclusionProof(List<byte[]> entryHashes, int index) {
    if (index < 0 || index >= entryHashes.size()) {
      throw new IllegalArgumentException(
          "leaf " + index + " is not in a tree of " + entryHashes.size());
    }
    List<byte[]> path = new ArrayList<>();
    path(entryHashes, index, 0, entryHashes.size(), path);
    return path;
  }

  private static void path(List<byte[]> entries, int index, int from, int to, List<byte[]> out) {
    int n = to - from;
    if (n == 1) {
      return;
    }
    int k = largestPowerOfTwoBelow(n);
    if (index - from < k) {
      path(entries, index, from, from + k, out);
      out.add(hash(entries, from + k, to));
    } else {
      path(entries, index, from + k, to, out);
      out.add(hash(entries, from, from + k));
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

  static int largestPowerOfTwoBelow(int n) {
    int k = 1;
    while (k << 1 < n) {
      k <<= 1;
    }
    return k;
  }
}
