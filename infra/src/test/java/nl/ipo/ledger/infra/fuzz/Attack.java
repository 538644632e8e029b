package nl.ipo.ledger.infra.fuzz;

/** How a request was made; the weight is how often the generator chooses it where it applies. */
enum Attack {
  /** A plausible request of the right role, built from the schema and the world. */
  VALID(14, false),
  /** A request sent before, sent again exactly. */
  REPLAY(5, false),
  /** A valid request with one field, at any depth, given a hostile value. */
  MUTATE_FIELD(22, true),
  /** A valid request without one of its fields. */
  DROP_FIELD(4, true),
  /** A valid request with a field the schema does not have. */
  EXTRA_FIELD(3, true),
  /** One field of a valid request given a value of another JSON type. */
  WRONG_TYPE(4, true),
  /** A null in a list, or a list of only null. */
  NULL_IN_LIST(3, true),
  /** A number no read model can hold (1E+999, 244 digits, 1e-400, 0.001). */
  HUGE_NUMBER(4, true),
  /** A text of a hundred thousand characters, or one with control characters. */
  HUGE_STRING(3, true),
  /** Thousands of nested arrays or objects, whole or inside a field. */
  DEEP_NESTING(2, true),
  /** A value outside the closed list of a coded field. */
  UNKNOWN_ENUM(4, true),
  /** A date that does not exist, or lies outside the published range. */
  IMPOSSIBLE_DATE(4, true),
  /** A body that is not JSON: cut short, a stray comma, a lone value, nothing at all. */
  MALFORMED_JSON(4, true),
  /** A body whose bytes are not valid UTF-8. */
  INVALID_UTF8(1, true),
  /** An id of another kind of thing that exists, in the path or a body field. */
  FOREIGN_ID(5, false),
  /** A random or malformed id in the path. */
  RANDOM_ID(3, false),
  /** An encoded slash, a NUL, dot segments, a bad escape in the path. */
  PATH_TRICK(4, false),
  /** Query parameters out of range, malformed, repeated or unknown. */
  QUERY_TRICK(5, false),
  /** A wildcard, absent, wrong or malformed Content-Type. */
  ODD_CONTENT_TYPE(3, true),
  /** An oversize header, an Accept no JSON satisfies, many headers. */
  ODD_HEADERS(3, false),
  /** A valid request by a role that may not make it: must answer 403. */
  WRONG_ROLE(4, false),
  /** No credentials, or a wrong password: must answer 401 (rationed, see the generator). */
  NO_CREDENTIALS(2, false),
  /** Another HTTP method on the path. */
  WRONG_METHOD(3, false);

  final int weight;

  /** Whether it works on a JSON body (and so applies only to operations that take one). */
  final boolean needsJsonBody;

  Attack(int weight, boolean needsJsonBody) {
    this.weight = weight;
    this.needsJsonBody = needsJsonBody;
  }
}
