package nl.ipo.ledger.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * One client of the ledger's HTTP API: a client of its own (so its own connection, kept alive
 * between requests), HTTP/1.1, signed in with HTTP basic as one of the users whose password is the
 * user name (the demo users, and the users the harness configures on PostgreSQL).
 */
final class Api {

  /** One answer, with the time it took from sending the request to reading the whole body. */
  record Answer(int status, String body, long nanos) {

    boolean ok() {
      return status >= 200 && status < 300;
    }

    boolean conflict() {
      return status == 409;
    }

    /** "{request} answered {status}: {the body, abbreviated}", for a failure's line. */
    String refusal(String request) {
      return request + " answered " + status + ": " + Gremia.abbreviated(body);
    }
  }

  private final HttpClient client;
  private final String base;
  private final String authorization;

  Api(String base, String user) {
    this.base = base;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** A GET that takes whatever the address answers in (JSON, or the public key's plain text). */
  Answer get(String path) {
    return send(request(path).header("Accept", "*/*").GET().build());
  }

  Answer post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofMinutes(10))
        .header("Authorization", authorization);
  }

  private Answer send(HttpRequest request) {
    long begin = System.nanoTime();
    try {
      var response = client.send(request, BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), System.nanoTime() - begin);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Text as a JSON string literal (the harness sends only its own plain text). */
  static String quoted(String text) {
    StringBuilder s = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        s.append('\\');
      }
      s.append(c);
    }
    return s.append('"').toString();
  }
}
