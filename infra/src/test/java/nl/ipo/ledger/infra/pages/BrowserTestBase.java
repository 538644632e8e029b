package nl.ipo.ledger.infra.pages;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A page test: the ledger with its shipped history ({@link PagesLedger}) and one Chromium per test
 * class. Subclasses ask {@link #browser()} and assert what a user sees.
 */
@PagesLedger
public abstract class BrowserTestBase {

  private static Browser browser;

  @LocalServerPort private int port;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  protected Browser browser() {
    return browser.at(port);
  }
}
