package nl.ipo.ledger.infra.web.pages.vastleggen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.ipo.ledger.kernel.common.Codes;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/**
 * What a form sent, read field by field into the published language's types. A value that cannot be
 * read is noted against its field (in Dutch) and read as absent, so that one pass finds every such
 * mistake and the form can show them all at once; the command's own checks then judge the rest.
 */
public final class Invoer {

  private final Map<String, List<String>> values;
  private final Map<String, String> errors = new LinkedHashMap<>();

  public Invoer(Map<String, String[]> parameters) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    parameters.forEach((name, given) -> copy.put(name, List.of(given)));
    this.values = copy;
  }

  /** The form as it was sent, to show it again. */
  public Map<String, List<String>> waarden() {
    return values;
  }

  /** The errors found so far, by field name. */
  public Map<String, String> fouten() {
    return errors;
  }

  public boolean heeftFouten() {
    return !errors.isEmpty();
  }

  public void fout(String field, String sentence) {
    errors.putIfAbsent(field, sentence);
  }

  /** The text typed, stripped; null when left empty. */
  public String tekst(String field) {
    List<String> given = values.get(field);
    if (given == null || given.isEmpty() || given.get(0) == null || given.get(0).isBlank()) {
      return null;
    }
    return given.get(0).strip();
  }

  /** Every value sent under the name (a multiple select), blanks left out. */
  public List<String> lijst(String field) {
    return values.getOrDefault(field, List.of()).stream()
        .filter(v -> v != null && !v.isBlank())
        .map(String::strip)
        .toList();
  }

  public LocalDate datum(String field) {
    String text = tekst(field);
    if (text == null) {
      return null;
    }
    return NederlandseNotatie.datum(text)
        .orElseGet(
            () -> {
              fout(
                  field,
                  "‘"
                      + Codes.abbreviate(text)
                      + "’ is geen datum. Kies de datum in de kalender of typ hem als dag-maand-jaar,"
                      + " bijvoorbeeld 6-7-2023.");
              return null;
            });
  }

  public BigDecimal bedrag(String field) {
    String text = tekst(field);
    if (text == null) {
      return null;
    }
    return NederlandseNotatie.bedrag(text)
        .orElseGet(
            () -> {
              fout(
                  field,
                  "‘"
                      + Codes.abbreviate(text)
                      + "’ is geen bedrag. Typ het bedrag in euro’s zoals 1.234,56: punten tussen"
                      + " de duizendtallen, een komma voor de centen.");
              return null;
            });
  }

  /** An id chosen in a picker; a value the picker never offered is an error, not a new id. */
  public <T> T id(String field, java.util.function.BiFunction<String, String, T> parse) {
    String text = tekst(field);
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(field, text);
    } catch (InvalidValueException notOffered) {
      fout(field, "Kies een waarde uit de lijst.");
      return null;
    }
  }

  /** A code chosen in a picker (a province, a type), read by the published language's parser. */
  public <T> T code(String field, java.util.function.BiFunction<String, String, T> parse) {
    String text = tekst(field);
    if (text == null) {
      return null;
    }
    return lees(field, () -> parse.apply(field, text));
  }

  /**
   * Builds part of a command; a value the published language refuses is noted against {@code field}
   * (or against the field the refusal names, under {@code prefix}) and read as absent.
   */
  public <T> T lees(String field, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      fout(field, e.getMessage());
      return null;
    }
  }
}
