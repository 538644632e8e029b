package nl.ipo.ledger.infra.temporal;

import nl.ipo.ledger.infra.temporal.TemporalReplay.ReadModels;
import nl.ipo.ledger.query.begroting.BegrotingProjection;
import nl.ipo.ledger.query.besluit.BesluitenlijstProjection;
import nl.ipo.ledger.query.gremium.StructureProjection;
import nl.ipo.ledger.query.journal.JournalProjection;
import nl.ipo.ledger.query.mandaat.MandaatProjection;

/**
 * The read models the API and the pages replay for a reading "zoals bekend op" a moment, one
 * constant per set, so that every reader of a set at the same moment shares one kept replay (see
 * {@link nl.ipo.ledger.infra.temporal.TemporalReplay}).
 */
public final class KnownAtReadModels {

  /** The structure: gremia, names, parents, memberships; its catalogue and timelines. */
  public static final ReadModels STRUCTURE = ReadModels.of("structuur", StructureProjection::new);

  /** A gremium's besluitenlijst. */
  public static final ReadModels BESLUITENLIJST =
      ReadModels.of("besluitenlijst", BesluitenlijstProjection::new);

  /** The begrotingen with their lines, consistency and Was/Wordt. */
  public static final ReadModels BEGROTING = ReadModels.of("begroting", BegrotingProjection::new);

  /**
   * The mandate register, which joins the mandates, the structure's gremium names and members, and
   * the journal's sources.
   */
  public static final ReadModels MANDATEN =
      ReadModels.of(
          "mandaten", MandaatProjection::new, StructureProjection::new, JournalProjection::new);

  private KnownAtReadModels() {}
}
