package nl.ipo.ledger.infra.journal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import nl.ipo.ledger.infra.axon.CommandEdge;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.DecideVoorstel;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitEffectCarriedOut;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitEffectFailed;
import nl.ipo.ledger.kernel.besluit.BesluitEvent.BesluitTaken;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.besluit.Effect;
import nl.ipo.ledger.kernel.common.CommandOutcome;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.error.LedgerException;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.mandaat.MandaatId;
import nl.ipo.ledger.kernel.vergadering.VergaderingId;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a journal (docs/journal-format.md) through the command side, entry by entry, in order. Each
 * entry is one command, so a rejected entry leaves nothing stored; the load stops there and names
 * the line. Symbolic refs become name-based ids, so loading again adds nothing.
 */
@Component
public class JournalLoader {

  /** How a load went. */
  public record Result(int entries, int recorded, int unchanged) {}

  /** The first entry the ledger rejected, with its line and the reason. */
  public static final class JournalRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    JournalRejected(int line, String reason, Throwable cause) {
      super("line " + line + ": " + reason, cause);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  /** How long a load waits for an adopted besluit's structural effects to be carried out. */
  private static final Duration EFFECTS_WAIT = Duration.ofSeconds(60);

  private final CommandEdge commands;
  private final JsonMapper json;
  private final EventStore eventStore;

  JournalLoader(CommandEdge commands, JsonMapper json, EventStore eventStore) {
    this.commands = commands;
    this.json = json;
    this.eventStore = eventStore;
  }

  public Result load(InputStream journal, Consumer<String> progress) {
    JournalEntries entriesRead = new JournalEntries(json);
    int entries = 0;
    int recorded = 0;
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(journal, StandardCharsets.UTF_8))) {
      String text;
      int line = 0;
      while ((text = reader.readLine()) != null) {
        line++;
        if (text.isBlank() || text.strip().startsWith("#")) {
          continue;
        }
        try {
          JsonNode entry = json.readTree(text);
          Object command = entriesRead.command(entry);
          JournalEntries.Citation cited = entriesRead.citation(entry);
          CommandOutcome outcome =
              commands.sendFromJournal(
                  command, cited.document(), cited.place(), cited.quote(), cited.note());
          entries++;
          if (outcome == CommandOutcome.RECORDED) {
            recorded++;
          }
          if (command instanceof DecideVoorstel decided && decided.outcome().isAdopted()) {
            awaitEffects(decided.besluitId(), line);
          }
          if (entries % 25 == 0) {
            progress.accept(entries + " entries loaded (line " + line + ")");
          }
        } catch (JacksonException e) {
          throw new JournalRejected(line, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (LedgerException e) {
          String field = e instanceof InvalidValueException v ? v.field() + " " : "";
          throw new JournalRejected(line, field + e.getMessage(), e);
        } catch (RuntimeException e) {
          Throwable cause = e.getCause() instanceof LedgerException l ? l : e;
          throw new JournalRejected(line, cause.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    progress.accept(
        entries
            + " entries: "
            + recorded
            + " recorded, "
            + (entries - recorded)
            + " already present");
    return new Result(entries, recorded, entries - recorded);
  }

  /**
   * The effects process carries out an adopted besluit's structural effects after the decision's
   * own transaction, so a later entry about a gremium the besluit creates (a seat in a new BAC)
   * waits until every structural effect is recorded as carried out or failed. Reads the besluit's
   * own stream: as current as the event store.
   */
  private void awaitEffects(BesluitId besluit, int line) {
    long deadline = System.nanoTime() + EFFECTS_WAIT.toNanos();
    while (true) {
      int structural = -1;
      int settled = 0;
      var stream = eventStore.readEvents(besluit.toString());
      while (stream.hasNext()) {
        Object event = stream.next().getPayload();
        if (event instanceof BesluitTaken taken) {
          structural = (int) taken.effects().stream().filter(Effect::structural).count();
        } else if (event instanceof BesluitEffectCarriedOut
            || event instanceof BesluitEffectFailed) {
          settled++;
        }
      }
      if (structural >= 0 && settled >= structural) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new JournalRejected(
            line,
            "the besluit's effects were not carried out within " + EFFECTS_WAIT.toSeconds() + " s",
            null);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new JournalRejected(line, "interrupted while waiting for the besluit's effects", e);
      }
    }
  }

  /** The id a ref always gets: the same journal loads into the same records. */
  static UUID id(String kind, String ref) {
    return UUID.nameUUIDFromBytes(
        ("ipo-journal:" + kind + ":" + ref).getBytes(StandardCharsets.UTF_8));
  }

  public static GremiumId gremium(String ref) {
    return new GremiumId(id("gremium", ref));
  }

  public static BesluitId besluit(String ref) {
    return new BesluitId(id("besluit", ref));
  }

  static VergaderingId meeting(String ref) {
    return new VergaderingId(id("vergadering", ref));
  }

  public static MandaatId mandaat(String ref) {
    return new MandaatId(id("mandaat", ref));
  }
}
