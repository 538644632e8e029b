package nl.ipo.ledger.infra.web.pages.vastleggen;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The forms that were posted, by the id each form carries (table {@code form_submission}): the
 * first post of a form claims its id, a repeat finds the claim and is led to the first post's
 * result instead of recording again. Kept in the database, so a repeat is recognised whichever
 * instance of the ledger it reaches.
 */
@Component
class Verzendingen {

  /** What an earlier post of the same form left: its result page, or null while it is handled. */
  record Eerder(String resultaat) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  Verzendingen(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Claims the form's id for this post; the earlier post when the form was posted before. */
  Optional<Eerder> claim(String formId, String actor) {
    String id = formId(formId);
    try {
      jdbc.sql("INSERT INTO form_submission (form_id, actor, claimed_at) VALUES (:id, :actor, :at)")
          .param("id", id)
          .param("actor", actor)
          .param("at", Timestamp.from(clock.instant()))
          .update();
      return Optional.empty();
    } catch (DuplicateKeyException posted) {
      return earlier(id, actor);
    }
  }

  /** The earlier post of this form, if there was one. */
  Optional<Eerder> earlier(String formId, String actor) {
    return jdbc.sql("SELECT actor, result_path FROM form_submission WHERE form_id = :id")
        .param("id", formId(formId))
        .query(
            (rs, row) -> {
              if (!rs.getString("actor").equals(actor)) {
                throw new InvalidValueException(
                    "formulierId",
                    "Dit formulier is al door een andere gebruiker verzonden; open het formulier"
                        + " opnieuw.");
              }
              return new Eerder(rs.getString("result_path"));
            })
        .optional();
  }

  void recorded(String formId, String resultPath) {
    jdbc.sql("UPDATE form_submission SET result_path = :path WHERE form_id = :id")
        .param("path", resultPath)
        .param("id", formId(formId))
        .update();
  }

  /** Gives the id back after a refusal: nothing was recorded, the corrected form may be sent. */
  void release(String formId) {
    jdbc.sql("DELETE FROM form_submission WHERE form_id = :id AND result_path IS NULL")
        .param("id", formId(formId))
        .update();
  }

  private static String formId(String formId) {
    try {
      return UUID.fromString(formId == null ? "" : formId.strip()).toString();
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(
          "formulierId",
          "Dit formulier is niet volledig aangekomen (het mist zijn eigen kenmerk); open het"
              + " formulier opnieuw.");
    }
  }
}
