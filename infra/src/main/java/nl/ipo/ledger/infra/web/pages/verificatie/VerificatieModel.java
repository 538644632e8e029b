package nl.ipo.ledger.infra.web.pages.verificatie;

import java.util.List;
import nl.ipo.ledger.infra.audit.ChainVerifier;
import nl.ipo.ledger.infra.audit.ChainVerifier.Problem;
import nl.ipo.ledger.infra.audit.Checkpoints.Published;
import nl.ipo.ledger.infra.web.pages.verificatie.VerificatiePagina.Uitkomst;

/**
 * What the verification page shows: the chain's latest report with when it was made, how long it
 * took and how many facts were sealed since, the checkpoints newest first, and the answer to a
 * pasted checkpoint with what was pasted (so the form keeps it).
 */
public record VerificatieModel(
    ChainVerifier.Report rapport,
    String gecontroleerdOp,
    String duur,
    long sindsdienVerzegeld,
    List<Controlepunt> controlepunten,
    Uitkomst uitkomst,
    String geplakt,
    String handtekening,
    String sleutel) {

  /** Where a checkpoint stands in the latest report. */
  public enum Stand {
    KLOPT,
    KLOPT_NIET,
    /** Made after the latest report: the next verification checks it. */
    NIET_GECONTROLEERD
  }

  /** A checkpoint with its moment in Amsterdam time and where it stands. */
  public record Controlepunt(Published punt, String gemaakt, Stand stand) {}

  public Controlepunt laatste() {
    return controlepunten.isEmpty() ? null : controlepunten.get(0);
  }

  /** A problem in Dutch words. */
  public static String soort(Problem problem) {
    return switch (problem.kind()) {
      case CHANGED -> "Gewijzigd: het feit op deze plaats heeft andere bytes dan verzegeld";
      case DELETED -> "Verwijderd: een verzegeld feit staat niet meer in het register";
      case INSERTED -> "Ingevoegd: een nooit verzegeld feit staat tussen verzegelde feiten";
      case REORDERED -> "Verplaatst: een verzegeld feit staat nu op een andere plaats";
      case CHAIN_TABLE_ALTERED -> "De tabel van de hashketen zelf sluit niet meer aan";
      case MERKLE_TREE_ALTERED ->
          "De opgeslagen Merkle-boom klopt niet meer met de keten; bewijzen eruit kloppen niet";
    };
  }
}
