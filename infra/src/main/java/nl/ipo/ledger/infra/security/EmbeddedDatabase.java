package nl.ipo.ledger.infra.security;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * Whether the ledger runs on its embedded H2 database (the default of {@code bin/run}, and the
 * tests' in-memory one). Only there may it fall back on demo users and create its own signing key:
 * on any other database those would be a production ledger's weak spots.
 */
public final class EmbeddedDatabase {

  private EmbeddedDatabase() {}

  /** The configured JDBC URL, empty when none is set. */
  public static String url(Environment environment) {
    return environment.getProperty("spring.datasource.url", "").strip();
  }

  /** H2 in this process (file or memory); an H2 server reached over TCP is another database. */
  public static boolean isEmbedded(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("jdbc:h2:")
        && !lower.startsWith("jdbc:h2:tcp:")
        && !lower.startsWith("jdbc:h2:ssl:");
  }

  public static boolean isEmbedded(Environment environment) {
    return isEmbedded(url(environment));
  }

  /**
   * The base path of an embedded H2 file database ({@code ./data/ipo-ledger} for {@code
   * jdbc:h2:file:./data/ipo-ledger;…}); H2 adds {@code .mv.db}, {@code .trace.db} and the like.
   * Empty for an in-memory database and for anything else.
   */
  public static Optional<Path> h2FileBase(String url) {
    if (!isEmbedded(url)) {
      return Optional.empty();
    }
    String name = url.substring("jdbc:h2:".length());
    int options = name.indexOf(';');
    if (options >= 0) {
      name = name.substring(0, options);
    }
    if (name.regionMatches(true, 0, "file:", 0, 5)) {
      name = name.substring(5);
    } else if (name.matches("(?i)^[a-z]{2,}:.*")) {
      // mem:, and H2's rarer file systems (zip:, nio:, split:, …): nothing of ours on disk
      return Optional.empty();
    }
    if (name.startsWith("~")) {
      name = System.getProperty("user.home") + name.substring(1);
    }
    return name.isBlank() ? Optional.empty() : Optional.of(Path.of(name));
  }

  /** The URL without its options and query, which may carry a password. */
  public static String describe(String url) {
    if (url.isBlank()) {
      return "(none configured)";
    }
    int cut = url.length();
    for (char c : new char[] {'?', ';'}) {
      int at = url.indexOf(c);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return url.substring(0, cut);
  }
}
