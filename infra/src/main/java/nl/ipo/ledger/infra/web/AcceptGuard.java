package nl.ipo.ledger.infra.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a command whose {@code Accept} no JSON answer satisfies (text/html, image/png, a header
 * that is no media type at all) before the command runs. Spring MVC negotiates the answer's type
 * only after the handler returned, so without this guard the command was recorded and the client
 * told 406, as if it had failed: a retry would record it twice. Reads need no guard, as a read
 * changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class AcceptGuard implements WebMvcConfigurer, HandlerInterceptor {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws HttpMediaTypeNotAcceptableException {
    HttpMethod method = HttpMethod.valueOf(request.getMethod());
    if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
      return true;
    }
    if (!acceptsJson(request.getHeaders(HttpHeaders.ACCEPT))) {
      throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON));
    }
    return true;
  }

  private static boolean acceptsJson(java.util.Enumeration<String> headers) {
    boolean any = false;
    while (headers.hasMoreElements()) {
      String header = headers.nextElement();
      if (header.isBlank()) {
        continue;
      }
      any = true;
      try {
        for (MediaType type : MediaType.parseMediaTypes(header)) {
          if (type.getQualityValue() > 0 && type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
            return true;
          }
        }
      } catch (InvalidMediaTypeException e) {
        return false;
      }
    }
    // no Accept at all: anything will do
    return !any;
  }
}
