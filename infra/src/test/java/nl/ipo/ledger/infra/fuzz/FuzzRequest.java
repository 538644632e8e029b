package nl.ipo.ledger.infra.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One generated request, exactly as it goes on the wire, with what it was meant to try.
 *
 * @param operation the discovered operation it aims at ({@code POST /api/gremia/{id}/rename})
 * @param attack how it was made
 * @param detail what was changed, for the report and for reproducing a finding
 * @param user the signed-in user, or null for none
 * @param mayNotAct true when the user's role may not perform the operation: the answer must be 401
 *     or 403
 */
record FuzzRequest(
    String operation,
    Attack attack,
    String detail,
    String method,
    String target,
    Map<String, String> headers,
    byte[] body,
    String user,
    boolean mayNotAct) {

  /** A well-formed request of the fuzz's own (crawling, checking), with the user's credentials. */
  static FuzzRequest plain(
      String method, String target, String user, String body, String contentType) {
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    if (user != null) {
      headers.put("Authorization", RawHttp.basic(user, user));
    }
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
    headers.put("Accept", "application/json, text/plain;q=0.9, text/csv;q=0.9");
    return new FuzzRequest(
        method + " " + target,
        Attack.VALID,
        "check",
        method,
        target,
        headers,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        user,
        false);
  }

  String bodyText() {
    return body == null ? "" : new String(body, StandardCharsets.UTF_8);
  }

  String describe() {
    String text = bodyText();
    return attack
        + " ["
        + detail
        + "] as "
        + user
        + ": "
        + method
        + " "
        + abbreviate(target, 200)
        + (body == null ? "" : " " + abbreviate(text, 300));
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + ")";
  }
}
