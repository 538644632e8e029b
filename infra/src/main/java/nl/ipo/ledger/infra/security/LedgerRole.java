package nl.ipo.ledger.infra.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The roles of the ledger's users. Only the secretariat records; the others read. */
public enum LedgerRole {
  SECRETARIAAT("secretariaat"),
  AV_LID("av-lid"),
  AUDITOR("auditor"),
  BEHEERDER("beheerder");

  private final String code;

  LedgerRole(String code) {
    this.code = code;
  }

  /**
   * The name used in configuration, in Spring's authorities ({@code ROLE_<code>}) and in events.
   */
  public String code() {
    return code;
  }

  public String authority() {
    return "ROLE_" + code;
  }

  public static Optional<LedgerRole> ofCode(String code) {
    return Arrays.stream(values())
        .filter(r -> r.code.equals(code.strip().toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  public static String[] codes(LedgerRole... roles) {
    return Arrays.stream(roles).map(LedgerRole::code).toArray(String[]::new);
  }
}
