package nl.ipo.ledger.kernel.common;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ipo.ledger.kernel.error.InvalidValueException;

/**
 * The bounds of the published language: every amount, date, text and list a command or event
 * carries lies within them, so that whatever the ledger accepts, every read model can hold. The
 * command records call these checks; {@link #check(Object)} applies them to a whole message (every
 * command on the command bus, and a correction's replacement fact), so a text or date that no
 * constructor looks at is bounded all the same.
 */
public final class Bounds {

  /** Amounts are less than ten thousand billion euros in size: they fit NUMERIC(17,2) with room. */
  public static final BigDecimal MAX_EUROS_EXCLUSIVE = new BigDecimal("10000000000000");

  public static final LocalDate MIN_DATE = LocalDate.of(1800, 1, 1);
  public static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);
  public static final Instant MIN_INSTANT = MIN_DATE.atStartOfDay().toInstant(ZoneOffset.UTC);
  public static final Instant MAX_INSTANT =
      MAX_DATE.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1_000);

  /** The longest text any field may carry; most fields have a much lower limit of their own. */
  public static final int MAX_TEXT = 100_000;

  /** The most elements a list in a message may have. */
  public static final int MAX_LIST = 1_000;

  private static final int MAX_DEPTH = 16;

  private Bounds() {}

  /**
   * An exact euro amount: at most two decimals (cents) and less than {@link #MAX_EUROS_EXCLUSIVE}
   * in size. Returned without an exponent ({@code 1E+3} becomes {@code 1000}), and without trailing
   * zeros beyond the cents ({@code 1.500} becomes {@code 1.50}). Null stays null.
   */
  public static BigDecimal amount(String field, BigDecimal amount) {
    if (amount == null) {
      return null;
    }
    if (amount.abs().compareTo(MAX_EUROS_EXCLUSIVE) >= 0) {
      throw new InvalidValueException(field, "'" + field + "' " + AMOUNT_RANGE);
    }
    BigDecimal exact = amount;
    if (exact.scale() > 2) {
      BigDecimal stripped = exact.stripTrailingZeros();
      if (stripped.scale() > 2) {
        throw new InvalidValueException(
            field,
            "'" + field + "' heeft meer dan twee decimalen; een bedrag is in euro en centen.");
      }
      exact = stripped.setScale(2);
    }
    return exact.scale() < 0 ? exact.setScale(0) : exact;
  }

  private static final String AMOUNT_RANGE =
      "moet een bedrag zijn tussen -9.999.999.999.999,99 en 9.999.999.999.999,99 euro.";

  /** An amount of zero or more. */
  public static BigDecimal nonNegativeAmount(String field, BigDecimal amount) {
    BigDecimal exact = amount(field, amount);
    if (exact != null && exact.signum() < 0) {
      throw new InvalidValueException(field, "'" + field + "' mag niet negatief zijn.");
    }
    return exact;
  }

  /** A date within {@link #MIN_DATE} .. {@link #MAX_DATE}; null stays null. */
  public static LocalDate date(String field, LocalDate date) {
    if (date != null && (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE))) {
      throw new InvalidValueException(
          field,
          "'" + field + "' moet een datum zijn van " + MIN_DATE + " tot en met " + MAX_DATE + ".");
    }
    return date;
  }

  /** A moment within the same range as the dates; null stays null. */
  public static Instant instant(String field, Instant instant) {
    if (instant != null && (instant.isBefore(MIN_INSTANT) || instant.isAfter(MAX_INSTANT))) {
      throw new InvalidValueException(
          field,
          "'"
              + field
              + "' moet een tijdstip zijn van "
              + MIN_INSTANT
              + " tot en met "
              + MAX_DATE
              + "T23:59:59Z.");
    }
    return instant;
  }

  /**
   * A text of at most {@code maxLength} characters without control characters; line breaks and tabs
   * are allowed. Null stays null.
   */
  public static String text(String field, String text, int maxLength) {
    if (text == null) {
      return null;
    }
    if (text.length() > maxLength) {
      throw new InvalidValueException(
          field,
          "'"
              + field
              + "' mag hoogstens "
              + maxLength
              + " tekens lang zijn, maar is "
              + text.length()
              + " tekens lang.");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        continue;
      }
      if (forbidden(c) || unpairedSurrogate(text, i)) {
        throw new InvalidValueException(
            field,
            "'"
                + field
                + "' bevat een onzichtbaar stuurteken ("
                + String.format("U+%04X", (int) c)
                + ") op positie "
                + (i + 1)
                + "; verwijder het.");
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return text;
  }

  /** A name: a single line of text (no line breaks or tabs) of at most {@code maxLength}. */
  public static String name(String field, String name, int maxLength) {
    String checked = text(field, name, maxLength);
    if (checked != null && checked.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
      throw new InvalidValueException(
          field, "'" + field + "' moet op één regel passen, zonder regeleinde of tab.");
    }
    return checked;
  }

  /** The highest page number any list accepts: with its largest page the offset stays bounded. */
  public static final int MAX_PAGE = 1_000_000;

  /**
   * A page of a list: {@code page} within 0..{@link #MAX_PAGE}, {@code size} within 1..{@code
   * maxSize}; otherwise an {@link InvalidValueException} on the field, in Dutch.
   */
  public static void paging(int page, int size, int maxSize) {
    if (page < 0 || page > MAX_PAGE) {
      throw new InvalidValueException(
          "page", "'page' moet een geheel getal van 0 tot en met " + MAX_PAGE + " zijn.");
    }
    if (size < 1 || size > maxSize) {
      throw new InvalidValueException(
          "size", "'size' moet een geheel getal van 1 tot en met " + maxSize + " zijn.");
    }
  }

  /** A list without null elements and with at most {@code max} of them, copied. */
  public static <T> List<T> list(String field, List<T> list, int max) {
    if (list == null) {
      return null;
    }
    if (list.size() > max) {
      throw new InvalidValueException(
          field,
          "'"
              + field
              + "' mag hoogstens "
              + max
              + " elementen hebben, maar heeft er "
              + list.size()
              + ".");
    }
    List<T> copy = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      T element = list.get(i);
      if (element == null) {
        throw new InvalidValueException(
            field + "[" + i + "]",
            "'" + field + "[" + i + "]' is leeg (null); laat het weg of vul het in.");
      }
      copy.add(element);
    }
    return List.copyOf(copy);
  }

  /** A set without null elements and with at most {@code max} of them, copied. */
  public static <T> Set<T> set(String field, Collection<T> set, int max) {
    if (set == null) {
      return null;
    }
    List<T> checked = list(field, new ArrayList<>(set), max);
    return Set.copyOf(new LinkedHashSet<>(checked));
  }

  /**
   * Applies the bounds to every value a message holds, walking its record components, lists and
   * maps: texts ({@link #MAX_TEXT}, no control characters), amounts, dates, moments and list sizes.
   * The field names in the errors are the paths into the message ({@code changes[2].delta}).
   * Written by hand because Jakarta Bean Validation would put annotations (and a dependency) on the
   * published language for rules that are the same for every field.
   */
  public static void check(Object message) {
    walk("", message, 0);
  }

  private static void walk(String path, Object value, int depth) {
    if (value == null) {
      return;
    }
    if (depth > MAX_DEPTH) {
      throw new InvalidValueException(path, "'" + path + "' is te diep genest.");
    }
    if (value instanceof String s) {
      text(path, s, MAX_TEXT);
    } else if (value instanceof BigDecimal amount) {
      amount(path, amount);
    } else if (value instanceof LocalDate date) {
      date(path, date);
    } else if (value instanceof Instant instant) {
      instant(path, instant);
    } else if (value instanceof Collection<?> collection) {
      List<?> elements = list(path, new ArrayList<>(collection), MAX_LIST);
      for (int i = 0; i < elements.size(); i++) {
        walk(path + "[" + i + "]", elements.get(i), depth + 1);
      }
    } else if (value instanceof Map<?, ?> map) {
      if (map.size() > MAX_LIST) {
        list(path, new ArrayList<>(map.values()), MAX_LIST);
      }
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        walk(path + "[" + entry.getKey() + "]", entry.getValue(), depth + 1);
      }
    } else if (value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        String child = path.isEmpty() ? component.getName() : path + "." + component.getName();
        walk(child, read(component, value), depth + 1);
      }
    }
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      component.getAccessor().setAccessible(true);
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }

  /**
   * C0 and C1 controls, and the invisible format characters that change how text is displayed
   * (bidirectional overrides and isolates, zero-width characters, the byte-order mark): a name
   * carrying one shows differently from what it is.
   */
  private static boolean forbidden(char c) {
    int type = Character.getType(c);
    return type == Character.CONTROL
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || (c >= '\u200B' && c <= '\u200F')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\uFEFF'
        || c == '\uFFFE'
        || c == '\uFFFF';
  }

  private static boolean unpairedSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c);
  }
}
