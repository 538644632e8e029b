package nl.ipo.ledger.kernel.besluit;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;
import nl.ipo.ledger.kernel.common.Bounds;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.gremium.GremiumCommand;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;

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

  record DissolveGremium(GremiumId gremiumId, LocalDate effectiveDate) implements Effect {
    public DissolveGremium {
      InvalidValueException.required("effects.gremiumId", gremiumId);
      InvalidValueException.required("effects.effectiveDate", effectiveDate);
    }
  }

  /**
   * Merge gremia into a new one: the new gremium begins and the merged ones are dissolved (and
   * their memberships end) on the effective date. A merger never keeps an old identity.
   */
  record MergeGremia(
      List<GremiumId> merged,
      GremiumId gremiumId,
      String name,
      GremiumType type,
      GremiumId parentId,
      LocalDate effectiveDate)
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
    }
  }

  /** Any other intended effect, in words (for example "approve begroting 2021"). */
  record Described(String description) implements Effect {
    public Described {
      description = InvalidValueException.requiredText("effects.description", description, 2000);
    }
  }
}
