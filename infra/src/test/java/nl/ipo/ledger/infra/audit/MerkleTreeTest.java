package nl.ipo.ledger.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks the ledger's Merkle tree and proofs with an independent implementation of RFC 9162,
 * section 2.1.3.2 (verifying an inclusion proof), written here from the RFC and not from the
 * ledger's code.
 */
class MerkleTreeTest {

  private static byte[] sha256(byte[]... parts) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (byte[] part : parts) {
      digest.update(part);
    }
    return digest.digest();
  }

  /** RFC 9162 2.1.3.2, step by step. */
  private static byte[] rootFromProof(
      long leafIndex, long treeSize, byte[] entry, List<byte[]> path) throws Exception {
    if (leafIndex >= treeSize) {
      return null;
    }
    long fn = leafIndex;
    long sn = treeSize - 1;
    byte[] r = sha256(new byte[] {0}, entry);
    for (byte[] p : path) {
      if (sn == 0) {
        return null;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = sha256(new byte[] {1}, p, r);
        if ((fn & 1) == 0) {
          while (fn != 0 && (fn & 1) == 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        r = sha256(new byte[] {1}, r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 ? r : null;
  }

  private static List<byte[]> entries(int n) throws Exception {
    List<byte[]> entries = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      entries.add(sha256(("event " + i).getBytes(StandardCharsets.UTF_8)));
    }
    return entries;
  }

  @Test
  void everyProofOfEveryTreeSizeChecksOutWithAnIndependentVerifier() throws Exception {
    for (int size = 1; size <= 33; size++) {
      List<byte[]> entries = entries(size);
      byte[] root = MerkleTree.root(entries);
      for (int leaf = 0; leaf < size; leaf++) {
        List<byte[]> proof = MerkleTree.inclusionProof(entries, leaf);
        assertThat(rootFromProof(leaf, size, entries.get(leaf), proof))
            .as("leaf %d of %d", leaf, size)
            .isEqualTo(root);
      }
    }
  }

  @Test
  void aProofDoesNotCheckOutForAnotherEntryOrPlace() throws Exception {
    List<byte[]> entries = entries(7);
    byte[] root = MerkleTree.root(entries);
    List<byte[]> proof = MerkleTree.inclusionProof(entries, 3);
    assertThat(rootFromProof(3, 7, entries.get(4), proof)).isNotEqualTo(root);
    assertThat(Arrays.equals(rootFromProof(2, 7, entries.get(3), proof), root)).isFalse();
  }

  @Test
  void theRootOfTwoLeavesIsTheRfcNodeOfTheirLeafHashes() throws Exception {
    List<byte[]> entries = entries(2);
    byte[] expected =
        sha256(
            new byte[] {1},
            sha256(new byte[] {0}, entries.get(0)),
            sha256(new byte[] {0}, entries.get(1)));
    assertThat(MerkleTree.root(entries)).isEqualTo(expected);
  }

  @Test
  void aCheckpointSignedWithTheConfiguredKeyVerifiesWithTheExportedPublicKeyOnly() {
    CheckpointSigner signer = CheckpointSigner.fromPkcs8(CheckpointSigner.newPkcs8Key());
    CheckpointSigner other = CheckpointSigner.fromPkcs8(CheckpointSigner.newPkcs8Key());
    byte[] signature = signer.sign("statement");

    assertThat(
            CheckpointSigner.verify(
                CheckpointSigner.publicKeyFromPem(signer.publicKeyPem()), "statement", signature))
        .isTrue();
    assertThat(signer.verify("statement changed", signature)).isFalse();
    assertThat(other.verify("statement", signature)).isFalse();
  }
}
