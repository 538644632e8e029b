package nl.ipo.ledger.infra.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Every operation the running ledger publishes in its OpenAPI document ({@code /v3/api-docs}), so
 * an endpoint added later is fuzzed without anyone listing it here. The container's error page
 * ({@code /error}) is no endpoint of the ledger and is left out.
 */
final class ApiSurface {

  /** A parameter in the path, the query or a header. */
  record Param(String name, String in, String type, String format, boolean required) {}

  /**
   * One method on one path.
   *
   * @param bodyType the media type of its body (application/json, text/csv), or null for none
   * @param bodySchema the body's schema with its references resolved lazily, or null
   */
  record Operation(
      String method, String path, List<Param> params, String bodyType, JsonNode bodySchema) {

    String key() {
      return method + " " + path;
    }

    List<Param> in(String where) {
      return params.stream().filter(p -> p.in().equals(where)).toList();
    }

    boolean isRead() {
      return method.equals("GET");
    }
  }

  private final List<Operation> operations;
  private final JsonNode components;

  private ApiSurface(List<Operation> operations, JsonNode components) {
    this.operations = operations;
    this.components = components;
  }

  static ApiSurface of(JsonNode document) {
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
      if (path.getKey().equals("/error")) {
        continue;
      }
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        List<Param> params = new ArrayList<>();
        for (JsonNode p : op.getValue().path("parameters")) {
          if (p.get("in").asString().equals("header")) {
            // documented headers (Content-Type, Accept-Language) are varied by the generator
            continue;
          }
          params.add(
              new Param(
                  p.get("name").asString(),
                  p.get("in").asString(),
                  p.path("schema").path("type").asString("string"),
                  p.path("schema").path("format").asString(null),
                  p.path("required").asBoolean(false)));
        }
        String bodyType = null;
        JsonNode bodySchema = null;
        JsonNode content = op.getValue().path("requestBody").path("content");
        if (!content.isMissingNode() && !content.propertyNames().isEmpty()) {
          bodyType = content.propertyNames().iterator().next();
          bodySchema = content.get(bodyType).get("schema");
        }
        operations.add(
            new Operation(
                op.getKey().toUpperCase(Locale.ROOT), path.getKey(), params, bodyType, bodySchema));
      }
    }
    operations.sort(java.util.Comparator.comparing(Operation::key));
    return new ApiSurface(List.copyOf(operations), document.path("components").path("schemas"));
  }

  List<Operation> operations() {
    return operations;
  }

  java.util.Optional<Operation> operation(String method, String path) {
    return operations.stream()
        .filter(o -> o.method().equals(method) && o.path().equals(path))
        .findFirst();
  }

  List<Operation> commands() {
    return operations.stream().filter(o -> !o.isRead()).toList();
  }

  List<Operation> reads() {
    return operations.stream().filter(Operation::isRead).toList();
  }

  /** The schema itself, following a {@code $ref} to the components. */
  JsonNode resolve(JsonNode schema) {
    JsonNode at = schema;
    while (at != null && at.has("$ref")) {
      String ref = at.get("$ref").asString();
      at = components.get(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return at;
  }
}
