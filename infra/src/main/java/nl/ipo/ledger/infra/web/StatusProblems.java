package nl.ipo.ledger.infra.web;

import static nl.ipo.ledger.infra.web.ProblemWriter.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem for a bare status, where nothing more is known than the status itself: rejections by
 * the servlet container (a malformed path, headers that are too large) and Spring's rejections
 * without a more specific message.
 */
final class StatusProblems {

  private StatusProblems() {}

  static ProblemDetail of(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST ->
          problem(
              status,
              "Ongeldige aanvraag",
              "De aanvraag is ongeldig: het adres, de parameters of de kopregels (headers) kunnen"
                  + " niet worden gelezen.",
              null);
      case UNAUTHORIZED ->
          problem(
              status,
              "Niet aangemeld",
              "Meld u aan met gebruikersnaam en wachtwoord (HTTP basic).",
              null);
      case FORBIDDEN -> problem(status, "Geen toegang", "Uw rol mag dit niet.", null);
      case NOT_FOUND -> problem(status, "Niet gevonden", "Dit adres bestaat niet.", null);
      case METHOD_NOT_ALLOWED ->
          problem(status, "Methode niet toegestaan", "Dit adres kent deze methode niet.", null);
      case NOT_ACCEPTABLE ->
          problem(
              status,
              "Antwoordvorm niet beschikbaar",
              "Dit adres antwoordt in JSON (application/json).",
              "Accept");
      case PAYLOAD_TOO_LARGE ->
          problem(status, "Te groot", "De inhoud van de aanvraag is te groot.", null);
      case URI_TOO_LONG ->
          problem(status, "Adres te lang", "Het adres van de aanvraag is te lang.", null);
      case UNSUPPORTED_MEDIA_TYPE ->
          problem(
              status,
              "Soort inhoud niet ondersteund",
              "Stuur de inhoud als application/json (Content-Type: application/json).",
              "Content-Type");
      case REQUEST_HEADER_FIELDS_TOO_LARGE ->
          problem(
              status,
              "Kopregels te groot",
              "De kopregels (headers) van de aanvraag zijn te groot.",
              null);
      case TOO_MANY_REQUESTS ->
          problem(status, "Te veel aanvragen", "Wacht even en probeer het dan opnieuw.", null);
      case SERVICE_UNAVAILABLE ->
          problem(
              status,
              "Tijdelijk niet beschikbaar",
              "Het grootboek is tijdelijk niet beschikbaar; probeer het later opnieuw.",
              null);
      default ->
          status.is5xxServerError()
              ? ProblemAdvice.internalError()
              : problem(status, "Aanvraag afgewezen", "De aanvraag is afgewezen.", null);
    };
  }
}
