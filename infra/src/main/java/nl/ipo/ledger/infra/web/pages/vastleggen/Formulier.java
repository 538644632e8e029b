package nl.ipo.ledger.infra.web.pages.vastleggen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.ipo.ledger.infra.web.pages.vastleggen.Veld.Optie;
import nl.ipo.ledger.infra.web.pages.vastleggen.Veld.Soort;

/**
 * A form of the secretariat as {@code vastleggen/formulier.jte} renders it: its fields in groups,
 * the errors beside them, and the errors that belong to no one field at the top.
 *
 * @param formulierId the form's own id, carried in a hidden field: a second post of the same form
 *     (a double click, the back button) is recognised and records nothing new
 * @param regel the rule a rejection named (its stable code), or null
 * @param terug where "Annuleren" leads
 * @param knop the text of the submit button
 * @param upload whether the form sends a file (multipart)
 * @param stemtabel the vote table of a besluit form, or null
 */
public record Formulier(
    String titel,
    String uitleg,
    String actie,
    String formulierId,
    List<Groep> groepen,
    List<String> fouten,
    String regel,
    String terug,
    String knop,
    boolean upload,
    Stemtabel stemtabel,
    List<Knop> knoppen) {

  public Formulier {
    groepen = List.copyOf(groepen);
    fouten = List.copyOf(fouten);
    knoppen = List.copyOf(knoppen);
  }

  /**
   * A second button that sends the form back to itself without recording anything (one more row,
   * the seats of another day): its name says what it asks.
   */
  public record Knop(String naam, String tekst) {}

  /** A group of fields under a legend (a fieldset). */
  public record Groep(String titel, String uitleg, List<Veld> velden) {
    public Groep {
      velden = List.copyOf(velden);
    }
  }

  /**
   * The votes of the deciding body, one row per seat it has on the day, and the tally the body's
   * voting rule makes of them.
   */
  public record Stemtabel(
      String stemregel, String telling, String tellingActie, List<Stemrij> rijen) {
    public Stemtabel {
      rijen = List.copyOf(rijen);
    }
  }

  /** One seat in the vote table: who votes, for which province, and the choice made. */
  public record Stemrij(
      int index, String stemmer, String provincie, String provincieNaam, String keuze) {
    public String naam(String part) {
      return "votes[" + index + "]." + part;
    }
  }

  public boolean heeftFouten() {
    return !fouten.isEmpty()
        || groepen.stream().flatMap(g -> g.velden().stream()).anyMatch(v -> v.fout() != null);
  }

  /** How many fields carry an error, for the summary at the top. */
  public long aantalFouten() {
    return fouten.size()
        + groepen.stream().flatMap(g -> g.velden().stream()).filter(v -> v.fout() != null).count();
  }

  /** Every field with an error, for the summary's links. */
  public List<Veld> foutVelden() {
    return groepen.stream()
        .flatMap(g -> g.velden().stream())
        .filter(v -> v.fout() != null)
        .toList();
  }

  /**
   * Builds a form field by field. Each field takes what was sent under its name and the error found
   * for it; errors whose field is not on the form are shown at the top.
   */
  public static final class Bouwer {

    private final Map<String, List<String>> sent;
    private final Map<String, String> errors;
    private final Set<String> placed = new LinkedHashSet<>();
    private final List<Groep> groups = new ArrayList<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private String groupTitle;
    private String groupHelp;
    private List<Veld> fields;
    private String rule;
    private Stemtabel votes;
    private final List<Knop> buttons = new ArrayList<>();

    /** An empty form, or one filled with what was sent ({@code sent}) and what was wrong. */
    public Bouwer(Map<String, List<String>> sent, Map<String, String> errors) {
      this.sent = sent;
      this.errors = errors;
    }

    public static Bouwer leeg() {
      return new Bouwer(Map.of(), Map.of());
    }

    public Bouwer groep(String title, String help) {
      close();
      groupTitle = title;
      groupHelp = help;
      fields = new ArrayList<>();
      return this;
    }

    public Bouwer regel(String code) {
      this.rule = code;
      return this;
    }

    public Bouwer tekst(String name, String label, boolean required, String help, String start) {
      return add(name, label, Soort.TEKST, required, help, start, List.of());
    }

    public Bouwer tekstvak(String name, String label, boolean required, String help, String start) {
      return add(name, label, Soort.TEKSTVAK, required, help, start, List.of());
    }

    public Bouwer datum(String name, String label, boolean required, String help, String start) {
      return add(
          name,
          label,
          Soort.DATUM,
          required,
          help == null ? "Kies in de kalender, of typ als dag-maand-jaar (6-7-2023)." : help,
          start,
          List.of());
    }

    public Bouwer bedrag(String name, String label, boolean required, String help, String start) {
      return add(
          name,
          label,
          Soort.BEDRAG,
          required,
          help == null ? "In euro’s, zoals 1.234,56." : help,
          start,
          List.of());
    }

    public Bouwer keuze(
        String name,
        String label,
        boolean required,
        String help,
        String start,
        List<Optie> options) {
      return add(name, label, Soort.KEUZE, required, help, start, options);
    }

    public Bouwer meerkeuze(String name, String label, String help, List<Optie> options) {
      return add(name, label, Soort.MEERKEUZE, false, help, null, options);
    }

    public Bouwer verborgen(String name, String value) {
      return add(name, name, Soort.VERBORGEN, false, null, value, List.of());
    }

    public Bouwer bestand(String name, String label, String help) {
      return add(name, label, Soort.BESTAND, true, help, null, List.of());
    }

    public Bouwer knop(String name, String text) {
      buttons.add(new Knop(name, text));
      return this;
    }

    public Bouwer stemtabel(Stemtabel table) {
      this.votes = table;
      placed.add("votes");
      return this;
    }

    /** What the field shows: what was sent, else the value it starts with. */
    public String waarde(String name, String start) {
      List<String> given = sent.get(name);
      return given == null || given.isEmpty() ? (start == null ? "" : start) : given.get(0);
    }

    private Bouwer add(
        String name,
        String label,
        Soort kind,
        boolean required,
        String help,
        String start,
        List<Optie> options) {
      if (fields == null) {
        groep(null, null);
      }
      String value = kind == Soort.VERBORGEN ? start : waarde(name, start);
      List<String> chosen =
          kind == Soort.MEERKEUZE ? sent.getOrDefault(name, chosenOf(options)) : List.of();
      Veld field =
          new Veld(name, label, kind, value, options, help, required, null)
              .metWaarde(value, chosen);
      fields.add(field);
      placed.add(name);
      if (kind != Soort.VERBORGEN) {
        labels.put(name, label);
      }
      return this;
    }

    /**
     * The field on this form an error belongs to: the one it names, else the first field under that
     * name ({@code effects} for {@code effects[0].name}), else the field it is part of ({@code
     * submittedBy} for {@code submittedBy.personName}); null when none is on the form.
     */
    private String target(String name) {
      if (name == null) {
        return null;
      }
      if (placed.contains(name)) {
        return name;
      }
      for (String field : placed) {
        if (field.startsWith(name + ".") || field.startsWith(name + "[")) {
          return field;
        }
      }
      int dot = name.lastIndexOf('.');
      return dot > 0 ? target(name.substring(0, dot)) : null;
    }

    /**
     * A refusal of the published language names fields as the API does ('startDate'); on a form the
     * same sentence names them by their labels (‘Begindatum’).
     */
    private String leesbaar(String sentence) {
      String text = sentence;
      for (var label : labels.entrySet()) {
        String plain = label.getKey().replaceAll("\\[\\d+\\]", "");
        text = text.replace("'" + label.getKey() + "'", "‘" + label.getValue() + "’");
        text = text.replace("'" + plain + "'", "‘" + label.getValue() + "’");
      }
      return text;
    }

    private static List<String> chosenOf(List<Optie> options) {
      return options.stream().filter(Optie::gekozen).map(Optie::waarde).toList();
    }

    private void close() {
      if (fields != null) {
        groups.add(new Groep(groupTitle, groupHelp, fields));
        fields = null;
      }
    }

    public Formulier bouw(
        String title, String help, String action, String formId, String back, String button) {
      return bouw(title, help, action, formId, back, button, false);
    }

    public Formulier bouw(
        String title,
        String help,
        String action,
        String formId,
        String back,
        String button,
        boolean upload) {
      close();
      List<String> general = new ArrayList<>();
      Map<String, String> byField = new LinkedHashMap<>();
      errors.forEach(
          (name, sentence) -> {
            String target = target(name);
            if (target == null || "votes".equals(target)) {
              general.add(leesbaar(sentence));
            } else {
              byField.putIfAbsent(target, leesbaar(sentence));
            }
          });
      List<Groep> shown =
          groups.stream()
              .map(
                  g ->
                      new Groep(
                          g.titel(),
                          g.uitleg(),
                          g.velden().stream()
                              .map(
                                  v ->
                                      byField.containsKey(v.naam())
                                          ? v.metFout(byField.get(v.naam()))
                                          : v)
                              .toList()))
              .toList();
      Stemtabel table = votes;
      return new Formulier(
          title,
          help,
          action,
          formId == null || formId.isBlank() ? UUID.randomUUID().toString() : formId,
          shown,
          general,
          rule,
          back,
          button,
          upload,
          table,
          buttons);
    }
  }
}
