package nl.ipo.ledger.kernel.besluit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.common.Bounds;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.gremium.GremiumCommand;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.gremium.Successor;

/**
 * An intended effect of a voorstel, as structured data. Structural effects are carried out through
 * the gremium commands when the besluit is adopted; a {@link Described} effect is recorded only.
 * Stored inside events, so each kind is named in JSON by its {@code kind}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Effect.EstablishGremium.class, name = "ESTABLISH_GREMIUM"),
  @JsonSubTypes.Type(value = Effect.RenameGremium.class, name = "RENAME_GREMIUM"),
  @JsonSubTypes.Type(value = Effect.DissolveGremium.class, name = "DISSOLVE_GREMIUM"),
  @JsonSubTypes.Type(value = Effect.MergeGremia.class, name = "MERGE_GREMIA"),
  @JsonSubTypes.Type(value = Effect.Described.class, name = "DESCRIBED")
})
public sealed interface Effect {

  /** Whether carrying it out changes the governance structure. */
  default boolean structural() {
    return !(this instanceof Described);
  }

  /** A new gremium, with the id it will carry. */
  record EstablishGremium(
      GremiumId gremiumId,
      String name,
      GremiumType type,
      GremiumId parentId,
      LocalDate beginDate,
      LocalDate endDate)
      implements Effect {
    public EstablishGremium {
      InvalidValueException.required("effects.gremiumId", gremiumId);
      name =
          InvalidValueException.requiredName("effects.name", name, GremiumCommand.MAX_NAME_LENGTH);
      InvalidValueException.required("effects.type", type);
      InvalidValueException.required("effects.beginDate", beginDate);
    }
  }

  record RenameGremium(GremiumId gremiumId, String name, LocalDate effectiveDate)
      implements Effect {
    public RenameGremium {
      InvalidValueException.required("effects.gremiumId", gremiumId);
      name =
          InvalidValueException.requiredName("effects.name", name, GremiumCommand.MAX_NAME_LENGTH);
      InvalidValueException.required("effects.effectiveDate", effectiveDate);
    }
  }

  /**
   * Dissolve a gremium. {@code successors} (optional, absent in effects stored before it existed)
   * names the bodies that take over its tasks, each with its part; each exists on the effective
   * date, or is created by an earlier effect of the same besluit.
   */
  record DissolveGremium(
      GremiumId gremiumId,
      LocalDate effectiveDate,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Successor> successors)
      implements Effect {
    public DissolveGremium {
      InvalidValueException.required("effects.gremiumId", gremiumId);
      InvalidValueException.required("effects.effectiveDate", effectiveDate);
      successors = Successor.list("effects.successors", successors);
    }

    public DissolveGremium(GremiumId gremiumId, LocalDate effectiveDate) {
      this(gremiumId, effectiveDate, List.of());
    }
  }

  /**
   * A part of a body's tasks that the gremium a merger creates takes over ({@link
   * MergeGremia#shares}).
   *
   * @param from the body whose tasks are shared out
   * @param tasks the part, in words
   */
  record TaskShare(GremiumId from, String tasks) {
    public TaskShare {
      InvalidValueException.required("effects.shares.from", from);
      tasks =
          InvalidValueException.requiredName(
              "effects.shares.tasks", tasks, Successor.MAX_TASKS_LENGTH);
    }
  }

  /**
   * Merge gremia into a new one: the new gremium begins and the merged ones are dissolved (and
   * their memberships end) on the effective date. A merger never keeps an old identity.
   *
   * <p>{@code shares} (optional, absent in effects stored before it existed) says which part of a
   * body's tasks the new gremium takes, where it does not take them all: for a merged body, the
   * part that goes into this merger (the rest goes to the successors other effects of the besluit
   * name); for a body not merged here, a part of its tasks the new gremium takes over, while the
   * besluit dissolves that body on the same day by another effect. Each dissolved body's event then
   * names all its successors, with their parts.
   */
  record MergeGremia(
      List<GremiumId> merged,
      GremiumId gremiumId,
      String name,
      GremiumType type,
      GremiumId parentId,
      LocalDate effectiveDate,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TaskShare> shares)
      implements Effect {
    public MergeGremia {
      merged =
          Bounds.list(
              "effects.merged", InvalidValueException.required("effects.merged", merged), 50);
      if (merged.isEmpty()) {
        throw new InvalidValueException(
            "effects.merged",
            "'effects.merged' noemt minstens één gremium dat opgaat in het nieuwe.");
      }
      InvalidValueException.required("effects.gremiumId", gremiumId);
      name =
          InvalidValueException.requiredName("effects.name", name, GremiumCommand.MAX_NAME_LENGTH);
      InvalidValueException.required("effects.type", type);
      InvalidValueException.required("effects.effectiveDate", effectiveDate);
      shares = shares == null ? List.of() : Bounds.list("effects.shares", shares, 50);
    }

    public MergeGremia(
        List<GremiumId> merged,
        GremiumId gremiumId,
        String name,
        GremiumType type,
        GremiumId parentId,
        LocalDate effectiveDate) {
      this(merged, gremiumId, name, type, parentId, effectiveDate, List.of());
    }

    /** The part of a body's tasks this merger takes, if it names one (empty: all of them). */
    public java.util.Optional<String> shareOf(GremiumId body) {
      return shares.stream().filter(s -> s.from().equals(body)).map(TaskShare::tasks).findFirst();
    }

    /** Whether the new gremium takes over (some of) the body's tasks. */
    public boolean takesFrom(GremiumId body) {
      return merged.contains(body) || shares.stream().anyMatch(s -> s.from().equals(body));
    }
  }

  /** Any other intended effect, in words (for example "approve begroting 2021"). */
  record Described(String description) implements Effect {
    public Described {
      description = InvalidValueException.requiredText("effects.description", description, 2000);
    }
  }
}
