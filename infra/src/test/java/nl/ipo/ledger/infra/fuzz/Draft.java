package nl.ipo.ledger.infra.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ipo.ledger.infra.fuzz.ApiSurface.Operation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request being made: the parts a mutation works on (path values, query, JSON body, headers)
 * before they are put on the wire by {@link #toRequest}.
 */
final class Draft {

  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

  final Operation operation;
  String method;
  String user;
  String password;
  final Map<String, String> pathValues = new LinkedHashMap<>();

  /** Query parameters, unencoded; {@link #rawQuery} is appended as it is. */
  final Map<String, String> query = new LinkedHashMap<>();

  String rawQuery;

  /** The path as sent, when a mutation replaced it whole. */
  String rawPath;

  JsonNode body;

  /** A body that is not the JSON tree (CSV, broken JSON, invalid bytes). */
  byte[] rawBody;

  String contentType;
  final Map<String, String> headers = new LinkedHashMap<>();

  Draft(Operation operation, String user) {
    this.operation = operation;
    this.method = operation.method();
    this.user = user;
    this.password = user;
    this.contentType = operation.bodyType();
  }

  Draft copy() {
    Draft copy = new Draft(operation, user);
    copy.method = method;
    copy.password = password;
    copy.pathValues.putAll(pathValues);
    copy.query.putAll(query);
    copy.rawQuery = rawQuery;
    copy.rawPath = rawPath;
    copy.body = body == null ? null : body.deepCopy();
    copy.rawBody = rawBody;
    copy.contentType = contentType;
    copy.headers.putAll(headers);
    return copy;
  }

  String path() {
    if (rawPath != null) {
      return rawPath;
    }
    Matcher m = PATH_VARIABLE.matcher(operation.path());
    StringBuilder path = new StringBuilder();
    while (m.find()) {
      String value = pathValues.getOrDefault(m.group(1), "x");
      m.appendReplacement(path, Matcher.quoteReplacement(encodePathSegment(value)));
    }
    m.appendTail(path);
    return path.toString();
  }

  /** Encodes a path value as a careful client would (everything but unreserved characters). */
  static String encodePathSegment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  FuzzRequest toRequest(Attack attack, String detail, JsonMapper json) {
    StringBuilder target = new StringBuilder(path());
    String separator = "?";
    for (Map.Entry<String, String> q : query.entrySet()) {
      target
          .append(separator)
          .append(URLEncoder.encode(q.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8));
      separator = "&";
    }
    if (rawQuery != null) {
      target.append(separator).append(rawQuery);
    }
    Map<String, String> wire = new LinkedHashMap<>();
    if (user != null) {
      wire.put("Authorization", RawHttp.basic(user, password));
    }
    wire.put("Accept", "application/json, text/plain;q=0.9, text/csv;q=0.9");
    byte[] bytes = rawBody;
    if (bytes == null && body != null) {
      bytes = json.writeValueAsBytes(body);
    }
    if (bytes != null && contentType != null) {
      wire.put("Content-Type", contentType);
    }
    wire.putAll(headers);
    wire.values().removeIf(v -> v == null);
    boolean allowed =
        user != null
            && password.equals(user)
            && !headers.containsKey("Authorization")
            && Roles.may(user, method, operation.path());
    return new FuzzRequest(
        operation.key(),
        attack,
        detail,
        method,
        target.toString(),
        wire,
        bytes,
        user,
        !allowed && rawPath == null && method.equals(operation.method()));
  }
}
