package nl.ipo.ledger.command.besluit.effecten;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.besluit.BesluitOutcome;
import nl.ipo.ledger.kernel.besluit.BesluitType;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.common.Party;
import nl.ipo.ledger.kernel.gremium.GremiumCommand;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.DissolveGremium;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.gremium.Successor;
import org.junit.jupiter.api.Test;

/** Which successors the dissolutions an adopted besluit carries out record. */
class BesluitEffectsTest {

  private static final LocalDate SEPT = LocalDate.of(2023, 9, 1);
  private final GremiumId roww = GremiumId.random();
  private final GremiumId mobiliteit = GremiumId.random();
  private final GremiumId mth = GremiumId.random();
  private final GremiumId wonen = GremiumId.random();
  private final GremiumId klimaat = GremiumId.random();

  private final Effect.MergeGremia toKlimaat =
      new Effect.MergeGremia(
          List.of(mth),
          klimaat,
          "BAC Klimaat & Leefomgeving",
          GremiumType.BAC,
          null,
          SEPT,
          List.of(new Effect.TaskShare(roww, "(ROW)W")));
  private final Effect.MergeGremia toWonen =
      new Effect.MergeGremia(
          List.of(roww, mobiliteit),
          wonen,
          "BAC Wonen & Bereikbaarheid",
          GremiumType.BAC,
          null,
          SEPT,
          List.of(new Effect.TaskShare(roww, "ROW (W)")));

  private BesluitTaken adopted(List<Effect> effects) {
    return new BesluitTaken(
        BesluitId.random(),
        "Nieuwe BAC-structuur",
        BesluitType.STRUCTUURWIJZIGING,
        new Party(GremiumId.random(), null),
        GremiumType.BESTUUR,
        LocalDate.of(2023, 7, 6),
        null,
        BesluitOutcome.ADOPTED,
        effects,
        List.of(),
        null,
        null,
        null,
        null,
        null);
  }

  private static DissolveGremium dissolutionOf(GremiumId id, List<GremiumCommand> commands) {
    return commands.stream()
        .filter(c -> c instanceof DissolveGremium d && d.gremiumId().equals(id))
        .map(DissolveGremium.class::cast)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aBodySharedOverTwoMergersNamesBothSuccessorsWithTheirParts() {
    BesluitTaken besluit = adopted(List.of(toKlimaat, toWonen));
    List<GremiumCommand> commands = BesluitEffects.commands(toWonen, besluit);
    assertThat(dissolutionOf(roww, commands).successors())
        .containsExactly(new Successor(klimaat, "(ROW)W"), new Successor(wonen, "ROW (W)"));
    assertThat(dissolutionOf(mobiliteit, commands).successors())
        .containsExactly(new Successor(wonen, null));
    assertThat(dissolutionOf(mth, BesluitEffects.commands(toKlimaat, besluit)).successors())
        .containsExactly(new Successor(klimaat, null));
  }

  @Test
  void aMergerWithoutSharesHandsOverEverythingAndADissolutionWithoutSuccessorsNamesNone() {
    Effect.MergeGremia plain =
        new Effect.MergeGremia(List.of(roww), wonen, "BAC Wonen", GremiumType.BAC, null, SEPT);
    Effect.DissolveGremium alone = new Effect.DissolveGremium(mth, SEPT);
    BesluitTaken besluit = adopted(List.of(plain, alone));
    assertThat(dissolutionOf(roww, BesluitEffects.commands(plain, besluit)).successors())
        .containsExactly(new Successor(wonen, null));
    assertThat(dissolutionOf(mth, BesluitEffects.commands(alone, besluit)).successors()).isEmpty();
  }
}
