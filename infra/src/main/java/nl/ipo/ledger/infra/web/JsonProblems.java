package nl.ipo.ledger.infra.web;

import java.util.stream.Collectors;
import nl.ipo.ledger.kernel.common.Codes;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says in Dutch what is wrong with JSON that could not be read, naming the field by its path in the
 * request ({@code effects[0].beginDate}); Jackson's own message names Java types and is never
 * shown.
 */
public final class JsonProblems {

  private JsonProblems() {}

  /**
   * @param prefix the path of the JSON that was read inside the request, or null for the request
   */
  public static InvalidValueException invalid(String prefix, JacksonException jackson) {
    String inner = fieldPath(jackson);
    String field;
    if (prefix == null || inner == null) {
      field = prefix == null ? inner : prefix;
    } else {
      field = inner.startsWith("[") ? prefix + inner : prefix + "." + inner;
    }
    return new InvalidValueException(field, readableReason(jackson, field));
  }

  private static String fieldPath(JacksonException jackson) {
    String field =
        jackson.getPath().stream()
            .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining("."))
            .replace(".[", "[");
    return field.isEmpty() ? null : field;
  }

  private static String readableReason(JacksonException exception, String field) {
    if (exception instanceof StreamConstraintsException) {
      return "De inhoud is te groot of te diep genest om te lezen (een getal, tekst of nesting"
          + " overschrijdt de grens); stuur kleinere waarden.";
    }
    if (exception instanceof StreamReadException) {
      return "De inhoud is geen geldige JSON" + where(exception.getLocation()) + ".";
    }
    String named = field == null ? "De inhoud" : "'" + field + "'";
    if (exception instanceof UnrecognizedPropertyException unknown) {
      return "Het veld '" + Codes.abbreviate(unknown.getPropertyName()) + "' is onbekend.";
    }
    if (exception instanceof InvalidFormatException invalid) {
      return named
          + " moet "
          + ExpectedValue.of(invalid.getTargetType())
          + " zijn, maar is '"
          + Codes.abbreviate(String.valueOf(invalid.getValue()))
          + "'.";
    }
    if (exception instanceof MismatchedInputException mismatch) {
      return named + " moet " + ExpectedValue.of(mismatch.getTargetType()) + " zijn.";
    }
    return named + " kan niet worden gelezen; controleer de waarde.";
  }

  private static String where(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " (regel " + location.getLineNr() + ", kolom " + location.getColumnNr() + ")";
  }
}
