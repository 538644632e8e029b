package nl.ipo.ledger.infra.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Signs and verifies checkpoints with Ed25519 (the JDK's own implementation). The private key comes
 * from configuration as base64 PKCS#8; the public key is exported as PEM (X.509
 * SubjectPublicKeyInfo), which OpenSSL and every other Ed25519 implementation read.
 */
public final class CheckpointSigner {

  private final PrivateKey privateKey;
  private final PublicKey publicKey;

  CheckpointSigner(PrivateKey privateKey, PublicKey publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  public static CheckpointSigner fromPkcs8(String base64) {
    try {
      KeyFactory factory = KeyFactory.getInstance("Ed25519");
      PrivateKey key =
          factory.generatePrivate(
              new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
      return new CheckpointSigner(key, publicKeyOf(factory, (EdECPrivateKey) key));
    } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
      throw new IllegalStateException(
          "ledger.audit.signing-key is not a base64 PKCS#8 Ed25519 private key", e);
    }
  }

  /** A new random key pair, returned as base64 PKCS#8 for storing. */
  public static String newPkcs8Key() {
    try {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is part of every Java 15+ runtime", e);
    }
  }

  public byte[] sign(String message) {
    try {
      Signature signature = Signature.getInstance("Ed25519");
      signature.initSign(privateKey);
      signature.update(message.getBytes(StandardCharsets.UTF_8));
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("signing a checkpoint failed", e);
    }
  }

  public boolean verify(String message, byte[] signatureBytes) {
    return verify(publicKey, message, signatureBytes);
  }

  public static boolean verify(PublicKey key, String message, byte[] signatureBytes) {
    try {
      Signature signature = Signature.getInstance("Ed25519");
      signature.initVerify(key);
      signature.update(message.getBytes(StandardCharsets.UTF_8));
      return signature.verify(signatureBytes);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  public PublicKey publicKey() {
    return publicKey;
  }

  public String publicKeyPem() {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(publicKey.getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  public static PublicKey publicKeyFromPem(String pem) {
    try {
      String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      return KeyFactory.getInstance("Ed25519")
          .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 public key", e);
    }
  }

  /**
   * Derives the public key: an Ed25519 key pair is generated deterministically from the private
   * key's 32 bytes, so the JDK's generator with those bytes as its only randomness yields it.
   */
  private static PublicKey publicKeyOf(KeyFactory factory, EdECPrivateKey key)
      throws GeneralSecurityException {
    byte[] seed =
        key.getBytes().orElseThrow(() -> new GeneralSecurityException("the key has no bytes"));
    KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
    generator.initialize(NamedParameterSpec.ED25519, new FixedRandom(seed));
    PublicKey derived = generator.generateKeyPair().getPublic();
    return factory.generatePublic(new X509EncodedKeySpec(derived.getEncoded()));
  }

  /** Hands out exactly the given bytes: the key generator's only source of "randomness". */
  private static final class FixedRandom extends java.security.SecureRandom {
    private static final long serialVersionUID = 1L;
    private final byte[] bytes;

    FixedRandom(byte[] bytes) {
      this.bytes = bytes.clone();
    }

    @Override
    public void nextBytes(byte[] out) {
      System.arraycopy(bytes, 0, out, 0, Math.min(bytes.length, out.length));
    }
  }
}
