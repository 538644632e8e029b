package nl.ipo.ledger.infra.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Requests to the ledger under test with a bearer token, for the token contracts. */
final class BearerHttp {

  private final int port;

  BearerHttp(int port) {
    this.port = port;
  }

  HttpResponse<String> get(String path, String token) {
    return send(
        HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).build());
  }

  HttpResponse<String> post(String path, String token, String body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
