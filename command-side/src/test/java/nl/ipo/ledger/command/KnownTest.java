package nl.ipo.ledger.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KnownTest {

  private final Map<String, String> store = Map.of("bac", "BAC Financiën");

  @Test
  void eachKeyIsReadOnce_presentOrKnownAbsent_andAnOmittedReferenceIsSkipped() {
    AtomicInteger reads = new AtomicInteger();
    Known<String, String> known =
        Known.load(
            Arrays.asList("bac", "aac", "bac", null),
            key -> {
              reads.incrementAndGet();
              return Optional.ofNullable(store.get(key));
            });

    assertThat(reads).hasValue(2);
    assertThat(known.find("bac")).contains("BAC Financiën");
    assertThat(known.find("aac")).isEmpty();
    assertThat(known.find(null)).isEmpty();
  }

  @Test
  void aKeyThatWasNeverLoadedIsTheLoadersFault_notAnUnknownRecord() {
    Known<String, String> known = Known.load(List.of("aac"), key -> Optional.empty());

    assertThatThrownBy(() -> known.find("bac"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bac");
  }
}
