package nl.ipo.ledger.infra.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.SubmitVoorstel;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.AppointMember;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.DissolveGremium;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.gremium.Successor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A journal entry becomes its command; its effects read as the ledger stores them, with refs. */
class JournalEntriesTest {

  private final JsonMapper json = JsonMapper.builder().build();
  private final JournalEntries entries = new JournalEntries(json);

  private Object command(String entry) {
    return entries.command(json.readTree(entry));
  }

  private static String voorstel(String effect) {
    return """
        {"do": "voorstel", "date": "2023-07-06", "ref": "v", "subject": "Herindeling",
         "type": "STRUCTUURWIJZIGING", "submittedBy": {"gremium": "bestuur"},
         "decidingGremium": "bestuur", "effects": [%s],
         "source": {"document": "d", "place": "p", "quote": "q"}}"""
        .formatted(effect);
  }

  @Test
  void anEffectsRefsBecomeTheIdsTheirEntriesGive() {
    SubmitVoorstel submitted =
        (SubmitVoorstel)
            command(
                voorstel(
                    """
                    {"kind": "MERGE_GREMIA", "merged": ["bac-roww", "bac-mobiliteit"],
                     "gremiumId": "bac-wb", "name": "BAC Wonen & Bereikbaarheid", "type": "BAC",
                     "parentId": "bestuur", "effectiveDate": "2023-09-01"}"""));

    assertThat(submitted.effects())
        .containsExactly(
            new Effect.MergeGremia(
                List.of(JournalLoader.gremium("bac-roww"), JournalLoader.gremium("bac-mobiliteit")),
                JournalLoader.gremium("bac-wb"),
                "BAC Wonen & Bereikbaarheid",
                GremiumType.BAC,
                JournalLoader.gremium("bestuur"),
                LocalDate.of(2023, 9, 1)));
  }

  @Test
  void anEffectWithAFieldItDoesNotHaveIsRefused() {
    assertThatThrownBy(
            () ->
                command(
                    voorstel(
                        """
                        {"kind": "DISSOLVE_GREMIUM", "gremiumId": "aac-roww",
                         "effectiveDate": "2023-09-01", "date": "2023-09-01"}""")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("is not a field of a DISSOLVE_GREMIUM effect")
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("effects.date");
  }

  @Test
  void anEffectsOwnRuleSpeaksThroughTheJournal() {
    assertThatThrownBy(
            () ->
                command(
                    voorstel(
                        """
                        {"kind": "MERGE_GREMIA", "merged": [], "gremiumId": "bac-wb",
                         "name": "BAC", "type": "BAC", "effectiveDate": "2023-09-01"}""")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("minstens één gremium");
  }

  @Test
  void theRefsInASharedMergerAndInADissolutionsSuccessorsBecomeIds() {
    SubmitVoorstel submitted =
        (SubmitVoorstel)
            command(
                voorstel(
                    """
                    {"kind": "MERGE_GREMIA", "merged": ["bac-mth"], "gremiumId": "bac-kl",
                     "name": "BAC Klimaat & Leefomgeving", "type": "BAC",
                     "effectiveDate": "2023-09-01",
                     "shares": [{"from": "bac-roww", "tasks": "(ROW)W"}]},
                    {"kind": "DISSOLVE_GREMIUM", "gremiumId": "aac-roww",
                     "effectiveDate": "2023-09-01",
                     "successors": [{"gremiumId": "aac-kl", "tasks": "water"}]}"""));
    assertThat(submitted.effects())
        .containsExactly(
            new Effect.MergeGremia(
                List.of(JournalLoader.gremium("bac-mth")),
                JournalLoader.gremium("bac-kl"),
                "BAC Klimaat & Leefomgeving",
                GremiumType.BAC,
                null,
                LocalDate.of(2023, 9, 1),
                List.of(new Effect.TaskShare(JournalLoader.gremium("bac-roww"), "(ROW)W"))),
            new Effect.DissolveGremium(
                JournalLoader.gremium("aac-roww"),
                LocalDate.of(2023, 9, 1),
                List.of(new Successor(JournalLoader.gremium("aac-kl"), "water"))));
  }

  @Test
  void aDissolveEntryNamesItsSuccessorsAndRefusesAFieldASuccessorDoesNotHave() {
    DissolveGremium dissolve =
        (DissolveGremium)
            command(
                """
                {"do": "dissolve", "date": "2023-09-01", "gremium": "bac-roww",
                 "decision": "Bestuur", "successors": [{"gremium": "bac-wb"},
                 {"gremium": "bac-kl", "tasks": "(ROW)W"}],
                 "source": {"document": "d", "place": "p", "quote": "q"}}""");
    assertThat(dissolve.successors())
        .containsExactly(
            new Successor(JournalLoader.gremium("bac-wb"), null),
            new Successor(JournalLoader.gremium("bac-kl"), "(ROW)W"));
    assertThatThrownBy(
            () ->
                command(
                    """
                    {"do": "dissolve", "date": "2023-09-01", "gremium": "bac-roww",
                     "decision": "Bestuur", "successors": [{"gremium": "bac-wb", "share": "x"}],
                     "source": {"document": "d", "place": "p", "quote": "q"}}"""))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("is not a field of a 'dissolve successor' entry");
  }

  @Test
  void aChairNeedsNoProvinceButALidDoes() {
    AppointMember chair =
        (AppointMember)
            command(
                """
                {"do": "member", "date": "2018-01-01", "ref": "vz", "gremium": "bestuur",
                 "role": "VOORZITTER", "decision": "Statuten",
                 "source": {"document": "d", "place": "p", "quote": "q"}}""");
    assertThat(chair.province()).isNull();
    assertThatThrownBy(
            () ->
                command(
                    """
                    {"do": "member", "date": "2018-01-01", "ref": "lid", "gremium": "bestuur",
                     "role": "LID", "decision": "Statuten",
                     "source": {"document": "d", "place": "p", "quote": "q"}}"""))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'province' is verplicht voor een lid");
  }
}
