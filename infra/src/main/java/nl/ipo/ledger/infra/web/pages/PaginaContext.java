package nl.ipo.ledger.infra.web.pages;

/**
 * What the frame of every page needs: the user, the CSRF token for its forms (sign-out at least)
 * and the path, so the navigation marks where the user is.
 *
 * @param csrfParameter the form field that carries the token; null where no token applies
 * @param melding what the previous page did, shown once at the top (after a form was saved); null
 *     for none
 */
public record PaginaContext(
    Gebruiker gebruiker, String pad, String csrfParameter, String csrfToken, String melding) {

  /** The flash attribute a form's controller sets for {@link #melding()} after a redirect. */
  public static final String MELDING = "melding";

  /** Whether the navigation item for {@code prefix} is the current page. */
  public boolean actief(String prefix) {
    return "/".equals(prefix) ? "/".equals(pad) : pad.startsWith(prefix);
  }

  /** The value of aria-current for the navigation item for {@code prefix}, or null. */
  public String huidig(String prefix) {
    return actief(prefix) ? "page" : null;
  }
}
