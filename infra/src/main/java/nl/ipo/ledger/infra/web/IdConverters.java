package nl.ipo.ledger.infra.web;

import java.util.UUID;
import java.util.function.Function;
import nl.ipo.ledger.kernel.begroting.BegrotingId;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.MembershipId;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets a controller take a typed id ({@code @PathVariable GremiumId id}, {@code @RequestParam
 * BesluitId besluitId}) instead of a string it parses itself. A text that is no UUID fails Spring's
 * conversion; {@link ProblemAdvice} then answers 400 naming the parameter and saying what an id
 * looks like, as for any other mistyped parameter. A blank value converts to {@code null}, as
 * Spring's own UUID converter does, so a required parameter is reported missing and an optional one
 * is absent.
 */
@Configuration(proxyBeanMethods = false)
class IdConverters implements WebMvcConfigurer {

  @Override
  public void addFormatters(FormatterRegistry registry) {
    add(registry, GremiumId.class, GremiumId::new);
    add(registry, MembershipId.class, MembershipId::new);
    add(registry, BesluitId.class, BesluitId::new);
    add(registry, VergaderingId.class, VergaderingId::new);
    add(registry, MandaatId.class, MandaatId::new);
    add(registry, BegrotingId.class, BegrotingId::new);
  }

  private static <T> void add(
      FormatterRegistry registry, Class<T> type, Function<UUID, T> constructor) {
    registry.addConverter(
        String.class,
        type,
        source -> source.isBlank() ? null : constructor.apply(UUID.fromString(source.strip())));
  }
}
