package nl.ipo.ledger.infra.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the tests: real requests to the running ledger, any status allowed. */
public final class LedgerHttp {

  /** A response as a user sees it. */
  public record Response(
      int status, String contentType, JsonNode body, String text, String location) {}

  private final RestClient client;
  private final JsonMapper json;

  public LedgerHttp(int port, JsonMapper json) {
    this.client = RestClient.create("http://localhost:" + port);
    this.json = json;
  }

  /** GET as the given demo user (whose password is the user name); null for anonymous. */
  public Response get(String user, String path) {
    return exchange(HttpMethod.GET, user, path, null);
  }

  public Response post(String user, String path, String body) {
    return exchange(HttpMethod.POST, user, path, body);
  }

  private Response exchange(HttpMethod method, String user, String path, String body) {
    RestClient.RequestBodySpec request =
        client
            .method(method)
            .uri(path)
            .headers(
                h -> {
                  if (user != null) {
                    h.setBasicAuth(user, user);
                  }
                });
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).body(body);
    }
    return request.exchange(
        (req, res) -> {
          try {
            String text = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
            MediaType type = res.getHeaders().getContentType();
            boolean isJson = type != null && type.getSubtype().endsWith("json");
            return new Response(
                res.getStatusCode().value(),
                type == null ? null : type.toString(),
                isJson && !text.isEmpty() ? json.readTree(text) : null,
                text,
                res.getHeaders().getFirst("Location"));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
