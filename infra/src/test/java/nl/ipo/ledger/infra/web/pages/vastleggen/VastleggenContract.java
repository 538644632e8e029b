package nl.ipo.ledger.infra.web.pages.vastleggen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.ipo.ledger.infra.web.pages.vastleggen.Vastleggen.Geweigerd;
import nl.ipo.ledger.infra.web.pages.vastleggen.Vastleggen.Uitkomst;
import nl.ipo.ledger.infra.web.pages.vastleggen.Vastleggen.Vastgelegd;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.EstablishGremium;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What every form does with a post, on the production store as on the embedded one: a form sent
 * twice records once and leads to the first result (the claim lives in {@code form_submission}); a
 * refused form stores nothing and gives its id back, so the corrected form can be sent under it.
 */
abstract class VastleggenContract {

  @Autowired Vastleggen vastleggen;
  @Autowired JdbcClient jdbc;

  private void signedIn(String user) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(
                user, null, java.util.List.of(new SimpleGrantedAuthority("ROLE_secretariaat"))));
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private long events() {
    return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry").query(Long.class).single();
  }

  private static Invoer form(String formId, String name, String beginDate) {
    Map<String, String[]> sent = new LinkedHashMap<>();
    sent.put("formulierId", new String[] {formId});
    sent.put("name", new String[] {name});
    sent.put("beginDate", new String[] {beginDate});
    return new Invoer(sent);
  }

  private Uitkomst post(Invoer in) {
    return vastleggen.verwerk(
        in,
        i ->
            new EstablishGremium(
                GremiumId.parse("formulierId", i.tekst("formulierId")),
                i.tekst("name"),
                GremiumType.WERKGROEP,
                null,
                i.datum("beginDate"),
                LocalDate.of(2024, 12, 31),
                new DecisionReference("Bestuur 14 december 2023")),
        c -> "/gremia/" + ((EstablishGremium) c).gremiumId(),
        "Het gremium");
  }

  @Test
  void aFormSentTwiceRecordsOnceAndLeadsToTheFirstResult() {
    signedIn("secretariaat");
    String formId = UUID.randomUUID().toString();
    long before = events();
    Uitkomst first =
        post(form(formId, "Werkgroep twee keer " + formId.substring(0, 8), "1-2-2024"));
    assertThat(first).isInstanceOf(Vastgelegd.class);
    assertThat(((Vastgelegd) first).melding()).isEqualTo("Het gremium is vastgelegd.");
    // the second post differs (the back button, a changed field): still nothing new
    Uitkomst second = post(form(formId, "Werkgroep anders " + formId.substring(0, 8), "1-3-2024"));
    assertThat(second).isInstanceOf(Vastgelegd.class);
    assertThat(((Vastgelegd) second).pad()).isEqualTo(((Vastgelegd) first).pad());
    assertThat(((Vastgelegd) second).melding()).contains("al verzonden");
    assertThat(events()).isEqualTo(before + 1);
    assertThat(
            jdbc.sql("SELECT result_path FROM form_submission WHERE form_id = :id")
                .param("id", formId)
                .query(String.class)
                .single())
        .isEqualTo("/gremia/" + formId);
  }

  @Test
  void aRefusedFormStoresNothingAndItsIdCanBeSentAgainCorrected() {
    signedIn("secretariaat");
    String formId = UUID.randomUUID().toString();
    long before = events();
    Uitkomst refused = post(form(formId, "Werkgroep later " + formId.substring(0, 8), "31-2-2024"));
    assertThat(refused).isInstanceOf(Geweigerd.class);
    assertThat(((Geweigerd) refused).fouten().get("beginDate")).contains("is geen datum");
    // a date after the end is refused by the rules, not by the form: nothing stored either
    Uitkomst rule = post(form(formId, "Werkgroep later " + formId.substring(0, 8), "1-1-2025"));
    assertThat(rule).isInstanceOf(Geweigerd.class);
    assertThat(((Geweigerd) rule).regel()).isNotNull();
    assertThat(events()).isEqualTo(before);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM form_submission WHERE form_id = :id")
                .param("id", formId)
                .query(Long.class)
                .single())
        .isZero();
    Uitkomst corrected =
        post(form(formId, "Werkgroep later " + formId.substring(0, 8), "1-6-2024"));
    assertThat(corrected).isInstanceOf(Vastgelegd.class);
    assertThat(events()).isEqualTo(before + 1);
  }

  @Test
  void aFormIdSentByAnotherUserIsRefused() {
    signedIn("secretariaat");
    String formId = UUID.randomUUID().toString();
    post(form(formId, "Werkgroep van een ander " + formId.substring(0, 8), "1-2-2024"));
    signedIn("secretariaat-2");
    Uitkomst other =
        post(form(formId, "Werkgroep van een ander " + formId.substring(0, 8), "1-2-2024"));
    assertThat(other).isInstanceOf(Geweigerd.class);
    assertThat(((Geweigerd) other).fouten().get("formulierId")).contains("andere gebruiker");
  }
}
