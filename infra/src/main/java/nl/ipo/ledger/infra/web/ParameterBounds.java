package nl.ipo.ledger.infra.web;

import java.beans.PropertyEditorSupport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import nl.ipo.ledger.kernel.common.Bounds;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Holds the dates and moments of query parameters and path variables ({@code asOf}, {@code
 * knownAt}, …) to the published language's range, as the command bus does for what is recorded: a
 * moment such as {@code +1000000000-01-01T00:00:00Z} parses, but no database can compare with it. A
 * custom editor, because Spring's ISO formatters accept the whole range of {@code java.time}.
 */
@ControllerAdvice
class ParameterBounds {

  @InitBinder
  void bounded(WebDataBinder binder) {
    String name = binder.getObjectName();
    binder.registerCustomEditor(
        LocalDate.class,
        new Bounded<>(text -> Bounds.date(name, LocalDate.parse(text)), LocalDate.class));
    binder.registerCustomEditor(
        Instant.class,
        new Bounded<>(text -> Bounds.instant(name, Instant.parse(text)), Instant.class));
  }

  /**
   * Parses ISO text; a malformed text is a type mismatch, an out-of-range value a 400 of its own.
   */
  private static final class Bounded<T> extends PropertyEditorSupport {
    private final Function<String, T> parse;
    private final Class<T> type;

    Bounded(Function<String, T> parse, Class<T> type) {
      this.parse = parse;
      this.type = type;
    }

    @Override
    public void setAsText(String text) {
      if (text == null || text.isBlank()) {
        setValue(null);
        return;
      }
      try {
        setValue(parse.apply(text.strip()));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a " + type.getSimpleName(), e);
      }
    }
  }
}
