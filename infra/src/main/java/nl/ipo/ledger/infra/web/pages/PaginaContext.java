package nl.ipo.ledger.infra.web.pages;

/**
 * What the frame of every page needs: the user, the CSRF token for its forms (sign-out at least)
 * and the path, so the navigation marks where the user is.
 *
 * @param csrfParameter the form field that carries the token; null where no token applies
 */
public record PaginaContext(
    Gebruiker gebruiker, String pad, String csrfParameter, String csrfToken) {

  /** Whether the navigation item for {@code prefix} is the current page. */
  public boolean actief(String prefix) {
    return "/".equals(prefix) ? "/".equals(pad) : pad.startsWith(prefix);
  }

  /** The value of aria-current for the navigation item for {@code prefix}, or null. */
  public String huidig(String prefix) {
    return actief(prefix) ? "page" : null;
  }
}
