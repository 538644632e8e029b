package nl.ipo.ledger.infra.web.pages.journaal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import nl.ipo.ledger.kernel.common.LedgerEvent;
import org.junit.jupiter.api.Test;

class GebeurtenissenTest {

  /** Every event of the published language, found through the sealed interfaces. */
  private static Set<String> events(Class<?> type) {
    Set<String> names = new HashSet<>();
    if (type.isSealed()) {
      Arrays.stream(type.getPermittedSubclasses()).forEach(c -> names.addAll(events(c)));
    } else if (type.isRecord()) {
      names.add(type.getSimpleName());
    }
    return names;
  }

  @Test
  void everyEventOfThePublishedLanguageHasADutchNameAndNoOtherDoes() {
    Set<String> published =
        Stream.of(
                nl.ipo.ledger.kernel.gremium.GremiumEvent.class,
                nl.ipo.ledger.kernel.besluit.BesluitEvent.class,
                nl.ipo.ledger.kernel.mandaat.MandaatEvent.class,
                nl.ipo.ledger.kernel.begroting.BegrotingEvent.class,
                nl.ipo.ledger.kernel.competentie.CompetenceEvent.class,
                nl.ipo.ledger.kernel.vergadering.VergaderingEvent.class,
                nl.ipo.ledger.kernel.rectificatie.RectificatieEvent.class)
            .peek(c -> assertThat(LedgerEvent.class).isAssignableFrom(c))
            .flatMap(c -> events(c).stream())
            .collect(java.util.stream.Collectors.toSet());
    assertThat(published).hasSizeGreaterThan(20);
    assertThat(Gebeurtenissen.LABELS.keySet()).containsExactlyInAnyOrderElementsOf(published);
    assertThat(new HashSet<>(Gebeurtenissen.LABELS.values())).hasSize(Gebeurtenissen.LABELS.size());
  }

  @Test
  void rolesAreShownInDutch() {
    assertThat(Gebeurtenissen.rol("secretariaat")).isEqualTo("Secretariaat");
    assertThat(Gebeurtenissen.rol("av-lid")).isEqualTo("AV-lid");
    assertThat(Gebeurtenissen.rol("systeem")).isEqualTo("Systeem");
    assertThat(Gebeurtenissen.label("GremiumEstablished")).isEqualTo("Gremium ingesteld");
  }
}
