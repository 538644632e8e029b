package nl.ipo.ledger.infra.web.pages.verificatie;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ipo.ledger.infra.audit.ChainReports;
import nl.ipo.ledger.infra.audit.ChainVerifier;
import nl.ipo.ledger.infra.audit.CheckpointSigner;
import nl.ipo.ledger.infra.audit.Checkpoints;
import nl.ipo.ledger.infra.audit.Checkpoints.Published;
import nl.ipo.ledger.infra.audit.InclusionProofs;
import nl.ipo.ledger.infra.audit.InclusionProofs.InclusionProof;
import nl.ipo.ledger.infra.web.pages.Weergave;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.error.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The verification page (auditor, AV member, administrator): the chain's state as last recomputed
 * from the store (in the background, or now at the press of a button; the page says when), the
 * signed checkpoints with downloads, a form to check a kept checkpoint against the store, and per
 * fact an inclusion proof. Every answer comes from the audit code the API's {@code /api/audit}
 * uses.
 */
@Controller
class VerificatiePagina {

  private final ChainVerifier verifier;
  private final ChainReports reports;
  private final Checkpoints checkpoints;
  private final InclusionProofs proofs;
  private final CheckpointSigner signer;
  private final JsonMapper json;

  VerificatiePagina(
      ChainVerifier verifier,
      ChainReports reports,
      Checkpoints checkpoints,
      InclusionProofs proofs,
      CheckpointSigner signer,
      JsonMapper json) {
    this.verifier = verifier;
    this.reports = reports;
    this.checkpoints = checkpoints;
    this.proofs = proofs;
    this.signer = signer;
    this.json = json;
  }

  @GetMapping("/verificatie")
  String verificatie(Model model) {
    model.addAttribute("model", model(null, "", "", ""));
    return "verificatie/verificatie";
  }

  /**
   * Verifies the whole chain now (seconds on a large store) and shows the page with the fresh
   * report; post, redirect, get, so a reload does not ask again.
   */
  @PostMapping("/verificatie/keten")
  String verifieerNu() {
    reports.verifyNow();
    return "redirect:/verificatie#kop-keten";
  }

  /** Checks a kept checkpoint: the downloaded file pasted whole, or its statement and signature. */
  @PostMapping("/verificatie/controlepunt")
  String controleer(
      @RequestParam(required = false) String controlepunt,
      @RequestParam(required = false) String handtekening,
      @RequestParam(required = false) String sleutel,
      Model model) {
    String given = controlepunt == null ? "" : controlepunt;
    String signature = handtekening == null ? "" : handtekening;
    String key = sleutel == null ? "" : sleutel;
    Uitkomst uitkomst;
    try {
      Kept kept = kept(given, signature, key);
      boolean valid = verifier.verifyKept(kept.statement(), kept.signature(), kept.publicKey());
      uitkomst =
          valid
              ? new Uitkomst(
                  true,
                  "Het controlepunt klopt: de handtekening is echt en het register levert nog"
                      + " precies dezelfde keten en Merkle-wortel voor de feiten die het dekt.")
              : new Uitkomst(
                  false,
                  "Het controlepunt klopt niet: de handtekening hoort niet bij deze verklaring"
                      + " en sleutel, of het register levert voor deze feiten niet meer dezelfde"
                      + " keten en Merkle-wortel.");
    } catch (InvalidValueException e) {
      uitkomst = new Uitkomst(false, "Dit is niet te controleren: " + e.getMessage());
    }
    model.addAttribute("model", model(uitkomst, given, signature, key));
    return "verificatie/verificatie";
  }

  @GetMapping("/verificatie/publieke-sleutel.pem")
  ResponseEntity<String> publiekeSleutel() {
    return download(
        signer.publicKeyPem(), "ipo-register-publieke-sleutel.pem", MediaType.TEXT_PLAIN);
  }

  /**
   * A checkpoint as a file to keep: its statement and signature, the body the API's {@code POST
   * /api/audit/checkpoints/verify} takes, and what the form on this page accepts pasted whole.
   */
  @GetMapping("/verificatie/controlepunten/{nummer}.json")
  ResponseEntity<String> controlepuntBestand(@PathVariable long nummer) {
    Published checkpoint =
        checkpoints.published().stream()
            .filter(c -> c.number() == nummer)
            .findFirst()
            .orElseThrow(
                () -> new NotFoundException("nummer", "Controlepunt " + nummer + " bestaat niet."));
    String file =
        json.writerWithDefaultPrettyPrinter()
            .writeValueAsString(
                Map.of("statement", checkpoint.statement(), "signature", checkpoint.signature()));
    return download(file, "controlepunt-" + nummer + ".json", MediaType.APPLICATION_JSON);
  }

  /** One fact's inclusion proof (RFC 9162), as the API's {@code /api/audit/proof} gives it. */
  @GetMapping("/verificatie/bewijs/{eventIdentifier}.json")
  ResponseEntity<String> bewijs(@PathVariable String eventIdentifier) {
    InclusionProof proof = proofs.prove(eventIdentifier, null);
    return download(
        json.writerWithDefaultPrettyPrinter().writeValueAsString(proof),
        "inclusiebewijs-" + proof.globalIndex() + ".json",
        MediaType.APPLICATION_JSON);
  }

  private VerificatieModel model(
      Uitkomst uitkomst, String controlepunt, String handtekening, String sleutel) {
    ChainReports.Verified verified = reports.latest();
    ChainVerifier.Report report = verified.report();
    Set<Long> checked = new HashSet<>();
    report.checkpoints().forEach(c -> checked.add(c.number()));
    List<Published> newestFirst = new ArrayList<>(checkpoints.published());
    Collections.reverse(newestFirst);
    List<VerificatieModel.Controlepunt> list =
        newestFirst.stream()
            .map(
                c ->
                    new VerificatieModel.Controlepunt(
                        c,
                        Weergave.momentPrecies(Instant.parse(c.createdAt())),
                        !checked.contains(c.number())
                            ? VerificatieModel.Stand.NIET_GECONTROLEERD
                            : report.brokenCheckpoints().contains(c.number())
                                ? VerificatieModel.Stand.KLOPT_NIET
                                : VerificatieModel.Stand.KLOPT))
            .toList();
    return new VerificatieModel(
        report,
        Weergave.momentPrecies(verified.at()),
        Weergave.duur(verified.took()),
        reports.sealedSince(verified),
        list,
        uitkomst,
        controlepunt,
        handtekening,
        sleutel);
  }

  /** What was pasted: a downloaded checkpoint file (JSON), or a statement with its signature. */
  private record Kept(String statement, String signature, String publicKey) {}

  private Kept kept(String given, String signature, String key) {
    String publicKey = key.isBlank() ? null : key;
    if (given.strip().startsWith("{")) {
      try {
        JsonNode file = json.readTree(given);
        return new Kept(
            text(file, "statement"),
            signature.isBlank() ? text(file, "signature") : signature,
            publicKey != null ? publicKey : text(file, "publicKey"));
      } catch (JacksonException e) {
        throw new InvalidValueException(
            "controlepunt", "het geplakte bestand is geen geldig controlepunt (JSON).");
      }
    }
    if (given.isBlank()) {
      throw new InvalidValueException("controlepunt", "plak eerst een controlepunt in het vak.");
    }
    if (signature.isBlank()) {
      throw new InvalidValueException(
          "handtekening", "vul bij een geplakte verklaring ook de handtekening in.");
    }
    return new Kept(statement(given), signature, publicKey);
  }

  /**
   * The statement as signed: every line ends in a line feed, the last one too. A browser sends a
   * text area's line ends as CRLF, and a copy from the page may lose the final line end.
   */
  private static String statement(String pasted) {
    return pasted.replace("\r\n", "\n").strip() + "\n";
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  private static ResponseEntity<String> download(String body, String name, MediaType type) {
    return ResponseEntity.ok()
        .contentType(new MediaType(type, java.nio.charset.StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }

  /** The answer to a pasted checkpoint. */
  public record Uitkomst(boolean klopt, String tekst) {}
}
