package nl.ipo.ledger.infra.fuzz;

import java.util.List;
import nl.ipo.ledger.infra.fuzz.ApiSurface.Operation;
import nl.ipo.ledger.infra.security.LedgerRole;

/**
 * Who may do what, as docs/api.md states it: every role reads, only the secretariat records, only
 * the beheerder administers (rebuild, parked events, a checkpoint on demand). The test users are
 * those of {@code H2Ledger} and {@code PostgresLedger}: one per role, password = user name.
 */
final class Roles {

  static final List<String> USERS =
      List.of(
          LedgerRole.SECRETARIAAT.code(),
          LedgerRole.AV_LID.code(),
          LedgerRole.AUDITOR.code(),
          LedgerRole.BEHEERDER.code());

  static final String WRITER = LedgerRole.SECRETARIAAT.code();
  static final String READER = LedgerRole.AUDITOR.code();
  static final String ADMIN = LedgerRole.BEHEERDER.code();

  private Roles() {}

  static boolean may(String user, Operation operation) {
    return may(user, operation.method(), operation.path());
  }

  static boolean may(String user, String method, String path) {
    if (user == null) {
      return false;
    }
    if (path.startsWith("/api/admin/")
        || path.equals("/api/admin")
        || (method.equals("POST") && path.equals("/api/audit/checkpoints"))) {
      return user.equals(ADMIN);
    }
    if (method.equals("GET")
        || method.equals("HEAD")
        || method.equals("OPTIONS")
        || (method.equals("POST") && path.equals("/api/audit/checkpoints/verify"))) {
      return true;
    }
    return user.equals(WRITER);
  }

  /** The user that may perform the operation: the beheerder for administration, else a writer. */
  static String rightUser(Operation operation) {
    if (may(READER, operation)) {
      return READER;
    }
    return may(WRITER, operation) ? WRITER : ADMIN;
  }
}
