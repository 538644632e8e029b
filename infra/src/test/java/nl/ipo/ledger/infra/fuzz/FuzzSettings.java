package nl.ipo.ledger.infra.fuzz;

/**
 * How long and from which seed: {@code -Dledger.fuzz.requests=12000 -Dledger.fuzz.seed=42} for the
 * long form (docs/reliability.md); the short form of the normal build runs 1,000 requests from a
 * fixed seed, so a failure in the build is reproduced by running it again.
 */
record FuzzSettings(int requests, long seed) {

  static final int SHORT_FORM = 1000;
  static final long DEFAULT_SEED = 20260901L;

  static FuzzSettings fromSystemProperties() {
    return new FuzzSettings(
        Integer.getInteger("ledger.fuzz.requests", SHORT_FORM),
        Long.getLong("ledger.fuzz.seed", DEFAULT_SEED));
  }
}
