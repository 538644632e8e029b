package nl.ipo.ledger.infra.axon.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.gremium.GremiumEvent.GremiumDissolved;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.gremium.Successor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

/**
 * The successors of a dissolution and the shares of a merger are optional fields of stored JSON:
 * what was stored before they existed reads as none, and a fact without them is written exactly as
 * before, so old and new rows read alike and no upcaster is needed.
 */
class SuccessorFieldsTest {

  private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();
  private final GremiumId roww = GremiumId.parse("roww", "0b0c0d0e-0f10-4111-8213-141516171819");
  private final GremiumId wonen = GremiumId.parse("wonen", "1b0c0d0e-0f10-4111-8213-141516171819");

  private <T> T read(Class<T> type, String json) {
    return serializer.deserialize(
        new SimpleSerializedObject<>(json, String.class, type.getName(), "1"));
  }

  private String write(Object value) {
    SerializedObject<String> written = serializer.serialize(value, String.class);
    return written.getData();
  }

  @Test
  void aDissolutionStoredBeforeSuccessorsReadsAsNoneAndOneWithoutThemWritesAsBefore() {
    String stored =
        """
        {"gremiumId":"0b0c0d0e-0f10-4111-8213-141516171819","effectiveDate":"2023-09-01",\
        "decision":{"text":"Besluit","besluitId":null}}""";
    GremiumDissolved old = read(GremiumDissolved.class, stored);
    assertThat(old.successors()).isEmpty();
    assertThat(write(old)).doesNotContain("successors");

    GremiumDissolved shared =
        new GremiumDissolved(
            roww,
            LocalDate.of(2023, 9, 1),
            new DecisionReference("Besluit"),
            List.of(new Successor(wonen, "ROW (W)")));
    assertThat(read(GremiumDissolved.class, write(shared))).isEqualTo(shared);
  }

  @Test
  void effectsStoredBeforeSharesAndSuccessorsReadAsNone() {
    Effect merger =
        read(
            Effect.class,
            """
            {"kind":"MERGE_GREMIA","merged":["0b0c0d0e-0f10-4111-8213-141516171819"],\
            "gremiumId":"1b0c0d0e-0f10-4111-8213-141516171819","name":"BAC W&B","type":"BAC",\
            "parentId":null,"effectiveDate":"2023-09-01"}""");
    assertThat(merger)
        .isEqualTo(
            new Effect.MergeGremia(
                List.of(roww), wonen, "BAC W&B", GremiumType.BAC, null, LocalDate.of(2023, 9, 1)));
    assertThat(write(merger)).doesNotContain("shares");
    Effect dissolve =
        read(
            Effect.class,
            """
            {"kind":"DISSOLVE_GREMIUM","gremiumId":"0b0c0d0e-0f10-4111-8213-141516171819",\
            "effectiveDate":"2023-09-01"}""");
    assertThat(((Effect.DissolveGremium) dissolve).successors()).isEmpty();
    assertThat(write(dissolve)).doesNotContain("successors");
  }
}
