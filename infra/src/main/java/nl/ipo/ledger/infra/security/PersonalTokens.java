package nl.ipo.ledger.infra.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens (persoonlijke toegangssleutels), table {@code personal_token}: a user
 * makes one for a program that reads or records on their behalf, sees its secret once, and can
 * revoke it at any time. The secret is 32 random bytes behind the prefix {@value #PREFIX}, so a
 * secret scanner can tell a leaked one; only its SHA-256 is stored. A password needs a slow hash
 * because people choose guessable ones; 256 random bits are not guessable, so one fast hash and an
 * indexed lookup check a token in microseconds, where the password's bcrypt costs tens of
 * milliseconds of CPU per request.
 *
 * <p>A token carries no roles of its own: it acts as its user, with the roles configured for that
 * user at the moment of use, so a user whose roles change or who is removed changes or loses what
 * the token may do at once. Kept in the database, so every instance of the ledger knows every
 * token.
 */
@Component
public class PersonalTokens {

  /** The start of every secret. */
  public static final String PREFIX = "ipo_pat_";

  /** Longest description a token may have (the column's width). */
  static final int MAX_LABEL = 80;

  /** How often at most a token's last use is written: a burst of requests writes once. */
  private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A token as its user sees it listed. */
  public record Token(
      UUID id,
      String username,
      String label,
      Instant createdAt,
      Instant expiresAt,
      Instant revokedAt,
      String revokedBy,
      Instant lastUsedAt) {

    /** Neither revoked nor expired at {@code now}. */
    public boolean activeAt(Instant now) {
      return revokedAt == null && now.isBefore(expiresAt);
    }
  }

  /** A token just made, with its secret: the only time the secret is known to anyone. */
  public record Issued(Token token, String secret) {}

  /** Why a presented secret does not sign anyone in. */
  public enum Refusal {
    UNKNOWN,
    REVOKED,
    EXPIRED
  }

  /** The user a presented secret signs in, or why it does not. */
  public record Check(Optional<Token> token, Refusal refusal) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final LedgerSecurityProperties.PersonalTokens settings;

  PersonalTokens(JdbcClient jdbc, Clock clock, LedgerSecurityProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.settings = properties.personalTokens();
  }

  public boolean enabled() {
    return settings.enabled();
  }

  /** The last day the form may offer, and the day it proposes. */
  public LocalDate latestExpiryDay() {
    return today().plusDays(settings.maxValidity().toDays());
  }

  public LocalDate proposedExpiryDay() {
    return today().plusDays(settings.defaultValidity().toDays());
  }

  public int maxActive() {
    return settings.maxActive();
  }

  /**
   * Makes a token for {@code username}, valid to the end of {@code lastDay} (in the ledger's time
   * zone). Refused, naming the field, when the description is empty or too long, the day is not
   * after today or beyond the longest validity, or the user holds the most active tokens allowed.
   */
  @Transactional
  public Issued issue(String username, String label, LocalDate lastDay) {
    if (!enabled()) {
      throw new InvalidValueException(
          "omschrijving", "Persoonlijke toegangssleutels zijn in deze installatie uitgeschakeld.");
    }
    String description = label == null ? "" : label.strip();
    if (description.isEmpty()) {
      throw new InvalidValueException(
          "omschrijving",
          "Geef een omschrijving, zodat u de sleutel later herkent (bijvoorbeeld het programma dat"
              + " hem gebruikt).");
    }
    if (description.length() > MAX_LABEL) {
      throw new InvalidValueException(
          "omschrijving", "De omschrijving is te lang: ten hoogste " + MAX_LABEL + " tekens.");
    }
    if (description.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidValueException(
          "omschrijving", "De omschrijving mag geen regeleinden of stuurtekens bevatten.");
    }
    if (lastDay == null) {
      throw new InvalidValueException(
          "geldigTot", "Kies de laatste dag waarop de sleutel geldig is.");
    }
    if (lastDay.isBefore(today())) {
      throw new InvalidValueException(
          "geldigTot", "De laatste geldige dag ligt in het verleden; kies vandaag of later.");
    }
    if (lastDay.isAfter(latestExpiryDay())) {
      throw new InvalidValueException(
          "geldigTot",
          "Een sleutel is ten hoogste "
              + settings.maxValidity().toDays()
              + " dagen geldig; kies uiterlijk "
              + latestExpiryDay()
              + ".");
    }
    Instant now = clock.instant();
    long active =
        jdbc.sql(
                "SELECT COUNT(*) FROM personal_token WHERE username = :user"
                    + " AND revoked_at IS NULL AND expires_at > :now")
            .param("user", username)
            .param("now", Timestamp.from(now))
            .query(Long.class)
            .single();
    if (active >= settings.maxActive()) {
      throw new InvalidValueException(
          "omschrijving",
          "U heeft al "
              + active
              + " geldige sleutels, het grootste aantal dat mag; trek er eerst een in.");
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Instant expires = lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    Token token =
        new Token(UUID.randomUUID(), username, description, now, expires, null, null, null);
    jdbc.sql(
            "INSERT INTO personal_token (id, username, label, secret_hash, created_at, expires_at)"
                + " VALUES (:id, :user, :label, :hash, :created, :expires)")
        .param("id", token.id().toString())
        .param("user", username)
        .param("label", description)
        .param("hash", hash(secret))
        .param("created", Timestamp.from(now))
        .param("expires", Timestamp.from(expires))
        .update();
    return new Issued(token, secret);
  }

  /** The user's tokens, newest first, revoked and expired ones included. */
  public List<Token> of(String username) {
    return jdbc.sql("SELECT * FROM personal_token WHERE username = :user ORDER BY created_at DESC")
        .param("user", username)
        .query(PersonalTokens::token)
        .list();
  }

  /** Every user's tokens that are still active, for the administrator. */
  public List<Token> active() {
    return jdbc.sql(
            "SELECT * FROM personal_token WHERE revoked_at IS NULL AND expires_at > :now"
                + " ORDER BY username, created_at DESC")
        .param("now", Timestamp.from(clock.instant()))
        .query(PersonalTokens::token)
        .list();
  }

  /**
   * Revokes a token of {@code owner}'s (any user's when {@code owner} is null, for the
   * administrator), recording who did; a token already revoked stays as it was. False when there is
   * no such token.
   */
  @Transactional
  public boolean revoke(UUID id, String owner, String revokedBy) {
    Optional<Token> token =
        jdbc.sql("SELECT * FROM personal_token WHERE id = :id")
            .param("id", id.toString())
            .query(PersonalTokens::token)
            .optional()
            .filter(t -> owner == null || t.username().equals(owner));
    if (token.isEmpty()) {
      return false;
    }
    jdbc.sql(
            "UPDATE personal_token SET revoked_at = :now, revoked_by = :by"
                + " WHERE id = :id AND revoked_at IS NULL")
        .param("now", Timestamp.from(clock.instant()))
        .param("by", revokedBy)
        .param("id", id.toString())
        .update();
    return true;
  }

  /** Whose token a presented secret is, if it is active; notes its use. */
  public Check check(String secret) {
    if (secret == null || !secret.startsWith(PREFIX)) {
      return new Check(Optional.empty(), Refusal.UNKNOWN);
    }
    Optional<Token> found =
        jdbc.sql("SELECT * FROM personal_token WHERE secret_hash = :hash")
            .param("hash", hash(secret))
            .query(PersonalTokens::token)
            .optional();
    if (found.isEmpty()) {
      return new Check(Optional.empty(), Refusal.UNKNOWN);
    }
    Token token = found.get();
    Instant now = clock.instant();
    if (token.revokedAt() != null) {
      return new Check(found, Refusal.REVOKED);
    }
    if (!now.isBefore(token.expiresAt())) {
      return new Check(found, Refusal.EXPIRED);
    }
    if (token.lastUsedAt() == null || token.lastUsedAt().plus(LAST_USE_PRECISION).isBefore(now)) {
      jdbc.sql("UPDATE personal_token SET last_used_at = :now WHERE id = :id")
          .param("now", Timestamp.from(now))
          .param("id", token.id().toString())
          .update();
    }
    return new Check(found, null);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static Token token(ResultSet rs, int row) throws SQLException {
    return new Token(
        UUID.fromString(rs.getString("id")),
        rs.getString("username"),
        rs.getString("label"),
        instant(rs, "created_at"),
        instant(rs, "expires_at"),
        instant(rs, "revoked_at"),
        rs.getString("revoked_by"),
        instant(rs, "last_used_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
