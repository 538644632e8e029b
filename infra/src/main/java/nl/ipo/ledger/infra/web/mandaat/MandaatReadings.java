package nl.ipo.ledger.infra.web.mandaat;

import java.time.Instant;
import nl.ipo.ledger.infra.temporal.TemporalReplay;
import nl.ipo.ledger.infra.temporal.TemporalReplay.Replayed;
import nl.ipo.ledger.infra.web.KnownAtReadModels;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.FindMandaatDossier;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.FindMandaten;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.MandaatDossier;
import nl.ipo.ledger.kernel.mandaat.MandaatQueries.MandatenPage;
import nl.ipo.ledger.query.mandaat.MandaatProjection;
import nl.ipo.ledger.query.mandaat.MandaatRegister;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mandate register and a mandate's dossier as the ledger knew them at a moment, for the API and
 * the pages alike. {@link MandaatRegister} joins three read models (the mandates, the gremium names
 * and members of the structure, the journal's sources), so all three are replayed together.
 */
@Component
public class MandaatReadings {

  private final TemporalReplay temporal;

  MandaatReadings(TemporalReplay temporal) {
    this.temporal = temporal;
  }

  public Replayed<MandatenPage> register(FindMandaten query, Instant knownAt) {
    return temporal.asKnownAt(
        knownAt, KnownAtReadModels.MANDATEN, jdbc -> register(jdbc).handle(query));
  }

  public Replayed<MandaatDossier> dossier(FindMandaatDossier query, Instant knownAt) {
    return temporal.asKnownAt(
        knownAt, KnownAtReadModels.MANDATEN, jdbc -> register(jdbc).handle(query));
  }

  private static MandaatRegister register(JdbcClient jdbc) {
    return new MandaatRegister(jdbc, new MandaatProjection(jdbc));
  }
}
