package nl.ipo.ledger.infra.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects a request whose Content-Type is a pattern ({@code application/*}, {@code *}{@code /*}) or
 * no media type at all with 415: Spring MVC fails on such a header with an internal error before
 * any handler can say what is wrong with it.
 */
@Component
class ContentTypeGuard extends OncePerRequestFilter {

  private final ProblemWriter problems;

  ContentTypeGuard(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getContentType();
    if (header != null && !header.isBlank() && !concrete(header)) {
      problems.write(
          response,
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "Soort inhoud niet ondersteund",
          "De kopregel Content-Type moet één bepaalde soort inhoud noemen, zoals application/json;"
              + " een patroon als application/* of */* kan het grootboek niet lezen.",
          "Content-Type");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean concrete(String header) {
    try {
      return MediaType.parseMediaType(header).isConcrete();
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }
}
