package nl.ipo.ledger.infra.admin;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administration (role beheerder): rebuild every read model from the event store. */
@RestController
@RequestMapping("/api/admin/rebuild")
class AdminController {

  private final ProjectionRebuilds rebuilds;

  AdminController(ProjectionRebuilds rebuilds) {
    this.rebuilds = rebuilds;
  }

  @PostMapping
  ResponseEntity<ProjectionRebuilds.Status> start() {
    return ResponseEntity.accepted().body(rebuilds.start());
  }

  @GetMapping
  ProjectionRebuilds.Status progress() {
    return rebuilds.status();
  }
}
