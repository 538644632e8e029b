package nl.ipo.ledger.infra.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ipo.ledger.infra.fuzz.EventAccounting.StoredEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every answer must satisfy, whatever was asked: no 5xx; every error RFC 9457 problem+json
 * with a reason for people and no Java or library names; a role that may not act is turned away;
 * and nothing stored by a request that was not accepted (see {@link EventAccounting}).
 */
final class Oracle {

  /** Names of the implementation that no answer may show: Java types, packages, Jackson. */
  static final Pattern IMPLEMENTATION_NAMES =
      Pattern.compile(
          "java\\.|javax\\.|jakarta\\.|\\$[A-Z]|Exception|LocalDate|Instant\\b|BigDecimal"
              + "|(?i:jackson)|nl\\.ipo|org\\.springframework|org\\.apache|com\\.fasterxml"
              + "|\\bat [a-z]+\\.[a-z]+\\.|Tomcat|<html");

  /** One broken promise, with what it takes to reproduce it. */
  record Violation(int index, String rule, String request, int status, String answer) {
    @Override
    public String toString() {
      return "#" + index + " " + rule + " → " + status + " " + answer + "\n    request: " + request;
    }
  }

  private final JsonMapper json;
  private final List<Violation> violations = new ArrayList<>();

  Oracle(JsonMapper json) {
    this.json = json;
  }

  List<Violation> violations() {
    return violations;
  }

  /**
   * Judges one answer.
   *
   * @return whether the request was accepted (2xx and not an explicit no-op)
   */
  boolean judge(int index, FuzzRequest request, RawHttp.Response response) {
    int status = response.status();
    String text = response.text();
    if (status >= 500) {
      fail(index, "no 5xx", request, response);
    }
    boolean hasBody = !request.method().equals("HEAD") && response.body().length > 0;
    if (status >= 400 && !request.method().equals("HEAD")) {
      String type = response.contentType();
      if (type == null || !type.startsWith("application/problem+json")) {
        fail(index, "an error is problem+json", request, response);
      } else {
        problem(index, request, response);
      }
    }
    if (hasBody && status >= 400) {
      Matcher names = IMPLEMENTATION_NAMES.matcher(text);
      if (names.find()) {
        fail(index, "no implementation names (" + names.group() + ")", request, response);
      }
    }
    if (request.mayNotAct()) {
      boolean plainRefusal =
          request.attack() == Attack.WRONG_ROLE || request.attack() == Attack.NO_CREDENTIALS;
      // 429: the user or address is locked out for a while after failed sign-ins
      if (status < 400 || (plainRefusal && status != 401 && status != 403 && status != 429)) {
        fail(index, "a role that may not act is turned away", request, response);
      }
    }
    return status >= 200 && status < 300 && !unchanged(response);
  }

  private void problem(int index, FuzzRequest request, RawHttp.Response response) {
    JsonNode body;
    try {
      body = json.readTree(response.text());
    } catch (JacksonException e) {
      fail(index, "a problem is JSON", request, response);
      return;
    }
    if (body.path("status").asInt(-1) != response.status()) {
      fail(index, "a problem states its status", request, response);
    }
    if (body.path("reason").asString("").isBlank()) {
      fail(index, "a problem gives a reason", request, response);
    }
  }

  private boolean unchanged(RawHttp.Response response) {
    String type = response.contentType();
    if (type == null || !type.contains("json") || response.body().length == 0) {
      return false;
    }
    try {
      return "UNCHANGED".equals(json.readTree(response.text()).path("outcome").asString(null));
    } catch (JacksonException e) {
      return false;
    }
  }

  /** Events that appeared while a request that was not accepted was answered. */
  void unexplainedEvents(
      int index, FuzzRequest request, RawHttp.Response response, List<StoredEvent> events) {
    for (StoredEvent e : events) {
      violations.add(
          new Violation(
              index,
              "no event from a rejected request ("
                  + e.payloadType()
                  + " on "
                  + e.aggregateId()
                  + ")",
              request.describe(),
              response.status(),
              abbreviate(response.text())));
    }
  }

  void fail(String rule, String detail) {
    violations.add(new Violation(-1, rule, "", 0, detail));
  }

  private void fail(int index, String rule, FuzzRequest request, RawHttp.Response response) {
    violations.add(
        new Violation(
            index,
            rule,
            request.describe(),
            response.status(),
            response.contentType() + " " + abbreviate(response.text())));
  }

  private static String abbreviate(String text) {
    return text.length() <= 400 ? text : text.substring(0, 400) + "…";
  }
}
