package nl.ipo.ledger.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's session with the ledger's pages: signed in by the sign-in form, cookie kept. */
final class PageSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final HttpClient client;
  private final String base;

  PageSession(String base) {
    this.base = base;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /**
   * Signs in as a user whose password is the user name (the demo users of the embedded default).
   */
  void signIn(String user) {
    String form = get("/aanmelden").body();
    Matcher token = CSRF.matcher(form);
    if (!token.find()) {
      throw new IllegalStateException("the sign-in page carries no CSRF token");
    }
    String body =
        "gebruikersnaam="
            + enc(user)
            + "&wachtwoord="
            + enc(user)
            + "&_csrf="
            + enc(token.group(1));
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(URI.create(base + "/aanmelden"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    String location = answer.headers().firstValue("Location").orElse("");
    if (answer.statusCode() != 302 || location.contains("fout")) {
      throw new IllegalStateException("sign-in as " + user + " failed: " + answer.statusCode());
    }
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
