package nl.ipo.ledger.infra.fuzz;

import java.util.List;
import java.util.Random;

/**
 * The catalogue of hostile input, written as JSON text so that numbers keep every digit (a parser
 * would turn 1E+999 into infinity before the ledger saw it). Boundary values that are valid
 * (1800-01-01, 9999999999999.99, a 200-character name) sit beside invalid ones, so some mutated
 * requests are accepted and reach the rules.
 */
final class HostileValues {

  static final List<String> HUGE_NUMBERS =
      List.of(
          "1E+999",
          "-1E+999",
          "1e308",
          "1e-400",
          "9".repeat(244),
          "-" + "9".repeat(40),
          "10000000000000",
          "9999999999999.99",
          "-9999999999999.99",
          "0.001",
          "1.005",
          "-0",
          "0E-50",
          "123456789012345678901234567890.123456789",
          "2147483648",
          "-9223372036854775809",
          "18446744073709551616",
          "1.7976931348623157E309");

  static final List<String> DATES =
      List.of(
          "\"2023-02-30\"",
          "\"2023-13-01\"",
          "\"2023-00-10\"",
          "\"2023-04-31\"",
          "\"2021-02-29\"",
          "\"1799-12-31\"",
          "\"1800-01-01\"",
          "\"2199-12-31\"",
          "\"2200-01-01\"",
          "\"+999999999-12-31\"",
          "\"-999999999-01-01\"",
          "\"+1000000000-01-01\"",
          "\"0000-01-01\"",
          "\"-0001-01-01\"",
          "\"2023-1-1\"",
          "\"01-01-2023\"",
          "\"2023/01/01\"",
          "\"2023-01-01T00:00:00Z\"",
          "\"morgen\"",
          "\"\"",
          "20230101",
          "[2023,1,1]",
          "\"2023-01-01 \"",
          "\"\\u00002023-01-01\"");

  static final List<String> TEXTS =
      List.of(
          "\"\"",
          "\"   \"",
          "\"\\u0000\"",
          "\"BAC \\u202Eemmarg\"",
          "\"bel\\u0007\"",
          "\"regel\\nnieuwe regel\"",
          "\"\\t\"",
          "\"\\uD800\"",
          "\"\\uDFFF\\uD800\"",
          "\"\\uFEFF\"",
          "\"=HYPERLINK(\\\"http://x\\\")\"",
          "\"+1\"",
          "\"-2\"",
          "\"@SUM(A1)\"",
          "\"<script>alert(1)</script>\"",
          "\"' OR '1'='1\"",
          "\"%\"",
          "\"%00\"",
          "\"../../etc/passwd\"",
          "\"${jndi:ldap://x/a}\"",
          "\"#{7*7}\"",
          "\"ZeeuwsVlaanderen \\uD83D\\uDE00\"",
          "\"x\"",
          "\"" + "x".repeat(200) + "\"",
          "\"" + "x".repeat(201) + "\"",
          "\"" + "é".repeat(2001) + "\"");

  static final List<String> ENUMS =
      List.of(
          "\"BESTAAT_NIET\"",
          "\"bestuur \"",
          "\"BESTUUR_\"",
          "\"\"",
          "\"null\"",
          "\"0\"",
          "\"Bestuur;DROP TABLE\"",
          "\"" + "A".repeat(5000) + "\"",
          "\"NOORD-HOLLAND-EXTRA\"",
          "\"ａｖ\"");

  static final List<String> WRONG_TYPES =
      List.of(
          "null",
          "true",
          "false",
          "0",
          "-1",
          "3.14",
          "\"7\"",
          "[]",
          "[1,2]",
          "{}",
          "{\"a\":1}",
          "[{}]",
          "\"\"");

  static final List<String> IDS =
      List.of(
          "\"not-a-uuid\"",
          "\"00000000-0000-0000-0000-000000000000\"",
          "\"ffffffff-ffff-ffff-ffff-ffffffffffff\"",
          "\"0-0-0-0-0\"",
          "\"123e4567-e89b-12d3-a456-4266141740000\"",
          "\"{00000000-0000-0000-0000-000000000000}\"",
          "\"%2E%2E\"",
          "\"" + "a".repeat(300) + "\"");

  static final List<String> MALFORMED =
      List.of(
          "",
          "{",
          "}",
          "{\"a\":",
          "{\"a\" 1}",
          "{\"a\":1,}",
          "{,}",
          "[",
          "null",
          "true",
          "42",
          "\"text\"",
          "{'a':1}",
          "{\"a\":NaN}",
          "{\"a\":Infinity}",
          "{\"a\":01}",
          "{\"a\":0x10}",
          "{\"a\":1}{\"b\":2}",
          "{\"a\":1} trailing",
          "/* comment */ {}",
          "{\"a\":\"\\x41\"}",
          "{\"a\":\"\\u12\"}",
          "\uFEFF{}",
          "{\"a\":\"unterminated}",
          "<xml/>",
          "a=1&b=2");

  private HostileValues() {}

  static String any(List<String> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  /** Anything from the catalogue. */
  static String anything(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> any(HUGE_NUMBERS, random);
      case 1 -> any(DATES, random);
      case 2 -> any(TEXTS, random);
      case 3 -> any(ENUMS, random);
      case 4 -> any(IDS, random);
      default -> any(WRONG_TYPES, random);
    };
  }

  static String hugeString(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> "\"" + "x".repeat(100_000) + "\"";
      case 1 -> "\"" + "\\u0000".repeat(1000) + "\"";
      default -> "\"" + "€".repeat(20_000) + "\"";
    };
  }

  static String deepNesting(Random random) {
    int depth = 500 + random.nextInt(5000);
    return random.nextBoolean()
        ? "[".repeat(depth) + "]".repeat(depth)
        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
  }
}
