package nl.ipo.ledger.infra.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;
import nl.ipo.ledger.kernel.common.Codes;

/**
 * Says in Dutch what kind of value a field expects, for a person who sent another kind: never the
 * name of a Java type.
 */
final class ExpectedValue {

  private ExpectedValue() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  static String of(Class<?> type) {
    if (type == null) {
      return "een geldige waarde";
    }
    if (type == LocalDate.class) {
      return "een datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2023-09-01)";
    }
    if (type == Instant.class || type == OffsetDateTime.class) {
      return "een tijdstip in de vorm JJJJ-MM-DDTuu:mm:ssZ (bijvoorbeeld 2023-09-01T12:00:00Z)";
    }
    if (type == BigDecimal.class) {
      return "een bedrag in euro, met een punt voor de centen (bijvoorbeeld 1234.56)";
    }
    if (type == int.class
        || type == Integer.class
        || type == long.class
        || type == Long.class
        || type == short.class
        || type == Short.class
        || type == BigInteger.class) {
      return "een geheel getal";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true of false";
    }
    if (type == String.class || type == char.class || type == Character.class) {
      return "tekst";
    }
    if (type == UUID.class || isTypedId(type)) {
      return "een id in de vorm 8-4-4-4-12 hexadecimale tekens (een UUID)";
    }
    if (type.isEnum()) {
      return "een van: " + Codes.allowed((Class) type);
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "een lijst (JSON-array)";
    }
    return "een JSON-object";
  }

  /** The ledger's ids are records of one UUID (GremiumId, BesluitId, …). */
  private static boolean isTypedId(Class<?> type) {
    return type.isRecord()
        && type.getRecordComponents().length == 1
        && type.getRecordComponents()[0].getType() == UUID.class;
  }
}
