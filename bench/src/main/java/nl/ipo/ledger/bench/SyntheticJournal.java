package nl.ipo.ledger.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A synthetic journal (docs/journal-format.md) that grows the store the way governance grows it:
 * advisory committees of the past century, each living for two decades with a member per province
 * appointed every year (the predecessor's membership ended the same day), then dissolved. The
 * ledger loads it through its command side, so every entry passes the same rules as a real one.
 * Today's structure is the real one; the store, the journal, the lists and the search grow.
 */
final class SyntheticJournal {

  static final List<String> PROVINCES =
      List.of(
          "GRONINGEN",
          "FRYSLAN",
          "DRENTHE",
          "OVERIJSSEL",
          "FLEVOLAND",
          "GELDERLAND",
          "UTRECHT",
          "NOORD_HOLLAND",
          "ZUID_HOLLAND",
          "ZEELAND",
          "NOORD_BRABANT",
          "LIMBURG");
  static final int FIRST_YEAR = 1901;
  static final int YEARS = 20;

  private static final Map<String, String> SOURCE =
      Map.of("document", "synthetisch", "place", "bin/bench", "quote", "synthetische geschiedenis");
  private static final String DECISION = "Synthetisch besluit (benchmark)";

  private final JsonMapper json = JsonMapper.builder().build();

  /**
   * Events one committee adds: establishment, 2 × years membership facts a province, dissolution.
   */
  static long eventsPerGremium() {
    return 2 + (long) PROVINCES.size() * 2L * YEARS;
  }

  /** Writes enough committees for at least {@code events} events; returns the events written. */
  long write(Path file, long events) {
    long gremia = Math.max(1, (events + eventsPerGremium() - 1) / eventsPerGremium());
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("# synthetic journal of bin/bench: " + gremia + " committees\n");
      for (int g = 1; g <= gremia; g++) {
        String gremium = "bench-g" + g;
        int first = FIRST_YEAR + g % 80;
        line(
            out,
            entry("gremium", first + "-01-01")
                .with("ref", gremium)
                .with("name", "Synthetische BAC " + g)
                .with("type", "BAC"));
        for (int y = first; y < first + YEARS; y++) {
          for (String province : PROVINCES) {
            if (y > first) {
              line(
                  out, entry("endMember", y + "-01-01").with("member", member(g, province, y - 1)));
            }
            line(
                out,
                entry("member", y + "-01-01")
                    .with("ref", member(g, province, y))
                    .with("gremium", gremium)
                    .with("person", "Lid " + g + "-" + province.toLowerCase() + "-" + y)
                    .with("province", province)
                    .with("role", "LID"));
          }
        }
        int end = first + YEARS;
        for (String province : PROVINCES) {
          line(
              out, entry("endMember", end + "-01-01").with("member", member(g, province, end - 1)));
        }
        line(out, entry("dissolve", end + "-01-01").with("gremium", gremium));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return gremia * eventsPerGremium();
  }

  private static String member(int g, String province, int year) {
    return "bench-m-" + g + "-" + province + "-" + year;
  }

  private Entry entry(String kind, String date) {
    return new Entry()
        .with("do", kind)
        .with("date", date)
        .with("decision", DECISION)
        .with("source", SOURCE);
  }

  private void line(BufferedWriter out, Entry entry) throws IOException {
    out.write(json.writeValueAsString(entry.fields));
    out.write('\n');
  }

  /** One journal entry's fields, in the order written. */
  private static final class Entry {
    final Map<String, Object> fields = new LinkedHashMap<>();

    Entry with(String name, Object value) {
      fields.put(name, value);
      return this;
    }
  }
}
