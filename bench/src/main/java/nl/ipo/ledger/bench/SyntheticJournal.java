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
 * appointed every year (the predecessor's membership ended the same day), then dissolved; and
 * beside each committee the work of a synthetic bestuur of 2003–2017 (when the statutory
 * competences are in force): a meeting with {@link #BESLUITEN} voorstellen placed on its agenda and
 * adopted there, and a mandate to a person with a sub-mandate below it. The ledger loads it through
 * its command side, so every entry passes the same rules as a real one. Today's structure is the
 * real one; the store, the journal, the besluiten, the mandates, the lists and the search grow.
 * Budgets do not: a budget's id comes from its import file, and the ledger ships one.
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

  /** The voorstellen the synthetic bestuur adopts beside each committee. */
  static final int BESLUITEN = 4;

  static final String BESTUUR = "bench-bestuur";
  private static final java.time.LocalDate BESTUUR_BEGIN = java.time.LocalDate.of(2003, 1, 1);
  private static final java.time.LocalDate BESTUUR_END = java.time.LocalDate.of(2017, 12, 31);

  /** Days of the bestuur's life its meetings are spread over (a mandate runs a year after one). */
  private static final int MEETING_DAYS = 5000;

  private static final Map<String, String> SOURCE =
      Map.of("document", "synthetisch", "place", "bin/bench", "quote", "synthetische geschiedenis");
  private static final String DECISION = "Synthetisch besluit (benchmark)";

  private final JsonMapper json = JsonMapper.builder().build();

  /**
   * Entries one committee adds: establishment, 2 × years membership facts a province, dissolution;
   * beside it the bestuur's meeting, each voorstel's submission, agenda and decision, and the
   * mandate with its sub-mandate. Each entry is one command, which records one event or more.
   */
  static long eventsPerGremium() {
    return committeeEntries() + 1 + 3L * BESLUITEN + 2;
  }

  /** Entries of one committee's own stream. */
  static long committeeEntries() {
    return 2 + (long) PROVINCES.size() * 2L * YEARS;
  }

  /** The bestuur's establishment and seats before the committees, their end and its dissolution. */
  static long bestuurEntries() {
    return 2 + 2L * PROVINCES.size();
  }

  /** Writes enough committees for at least {@code events} entries; returns the entries written. */
  long write(Path file, long events) {
    long gremia =
        Math.max(1, (events - bestuurEntries() + eventsPerGremium() - 1) / eventsPerGremium());
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("# synthetic journal of bin/bench: " + gremia + " committees\n");
      line(
          out,
          entry("gremium", BESTUUR_BEGIN.toString())
              .with("ref", BESTUUR)
              .with("name", "Synthetisch bestuur")
              .with("type", "BESTUUR"));
      for (String province : PROVINCES) {
        line(
            out,
            entry("member", BESTUUR_BEGIN.toString())
                .with("ref", "bench-bestuurslid-" + province)
                .with("gremium", BESTUUR)
                .with("person", "Gedeputeerde " + province.toLowerCase())
                .with("province", province)
                .with("role", "LID"));
      }
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
        bestuurWork(out, g);
      }
      for (String province : PROVINCES) {
        line(
            out,
            entry("endMember", BESTUUR_END.toString())
                .with("member", "bench-bestuurslid-" + province));
      }
      line(out, entry("dissolve", BESTUUR_END.toString()).with("gremium", BESTUUR));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bestuurEntries() + gremia * eventsPerGremium();
  }

  /** The bestuur's meeting beside committee {@code g}: voorstellen adopted, a mandate granted. */
  private void bestuurWork(BufferedWriter out, int g) throws IOException {
    String day = BESTUUR_BEGIN.plusDays(1 + g % MEETING_DAYS).toString();
    String meeting = "bench-vergadering-" + g;
    line(
        out,
        entry("meeting", day)
            .with("ref", meeting)
            .with("gremium", BESTUUR)
            .with("description", "Synthetische vergadering " + g));
    for (int b = 1; b <= BESLUITEN; b++) {
      String besluit = "bench-voorstel-" + g + "-" + b;
      line(
          out,
          entry("voorstel", day)
              .with("ref", besluit)
              .with("subject", "Synthetisch standpunt " + g + "-" + b)
              .with("type", "STANDPUNT")
              .with("submittedBy", Map.of("gremium", BESTUUR))
              .with("decidingGremium", BESTUUR)
              .with(
                  "effects",
                  List.of(
                      Map.of(
                          "kind",
                          "DESCRIBED",
                          "description",
                          "Het bestuur neemt synthetisch standpunt " + g + "-" + b + " in."))));
      line(out, entry("agenda", day).with("besluit", besluit).with("meeting", meeting));
      line(
          out,
          entry("decide", day)
              .with("besluit", besluit)
              .with("decider", Map.of("gremium", BESTUUR))
              .with("meeting", meeting)
              .with("outcome", "ADOPTED")
              .with("summary", "Aangenomen (synthetisch)"));
    }
    String mandaat = "bench-mandaat-" + g;
    String until = java.time.LocalDate.parse(day).plusYears(1).toString();
    line(
        out,
        entry("mandaat", day)
            .with("ref", mandaat)
            .with("gever", Map.of("gremium", BESTUUR))
            .with("nemer", Map.of("person", "Gedeputeerde mandaat " + g))
            .with("scopeTypes", List.of("STANDPUNT"))
            .with("subjects", List.of("Synthetisch"))
            .with("end", until));
    line(
        out,
        entry("mandaat", day)
            .with("ref", mandaat + "-onder")
            .with("parent", mandaat)
            .with("nemer", Map.of("person", "Ambtenaar mandaat " + g))
            .with("scopeTypes", List.of("STANDPUNT"))
            .with("subjects", List.of("Synthetisch"))
            .with("end", until));
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
