package nl.ipo.ledger.infra.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.openqa.selenium.Cookie;

/**
 * Fetches what a link on a page downloads, with the browser's session cookie, as the browser would:
 * headless Chromium keeps downloads out of reach, and the test wants the bytes and headers.
 */
final class SessionDownload {

  private SessionDownload() {}

  static HttpResponse<byte[]> get(Browser browser, String href) {
    String cookies =
        browser.driver().manage().getCookies().stream()
            .map(Cookie::toString)
            .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
            .collect(Collectors.joining("; "));
    URI uri = URI.create(browser.url()).resolve(href);
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(uri).header("Cookie", cookies).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
