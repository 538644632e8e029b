package nl.ipo.ledger.infra.rectificatie;

import nl.ipo.ledger.infra.admin.ProjectionRebuilds;
import nl.ipo.ledger.kernel.rectificatie.RectificatieEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Once a correction or retraction is recorded, rebuilds every read model so each shows the
 * corrected state (the projections read corrected facts through {@link Rectifications}). This is an
 * event handler's job, not the request's: it happens whoever recorded the correction (the API, a
 * form, a journal), off the request thread, and only after the correction is committed, because a
 * streaming processor sees committed events only, so the replay reads it.
 *
 * <p>The rebuild resets the read models' tokens before this handler's own token moves past the
 * correction, so "every processor has reached the head" (read your own writes, {@link
 * ProjectionRebuilds#caughtUpWith}) holds only once the corrected state can be read. The processor
 * starts at the store's head when first deployed: corrections recorded before then are in the read
 * models already.
 */
@Component
@ProcessingGroup(CorrectionRebuild.PROCESSING_GROUP)
public class CorrectionRebuild {

  public static final String PROCESSING_GROUP = ProjectionRebuilds.CORRECTION_REBUILD;

  private final ProjectionRebuilds rebuilds;

  CorrectionRebuild(ProjectionRebuilds rebuilds) {
    this.rebuilds = rebuilds;
  }

  @EventHandler
  void on(RectificatieEvent recorded) {
    rebuilds.start();
  }
}
