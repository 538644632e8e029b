package nl.ipo.ledger.command.begroting;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Bron;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Content;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Opgave;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Programma;
import nl.ipo.ledger.kernel.begroting.CostLine;

/**
 * A budget document hangs together: at least one programme, programme numbers and opgave codes
 * unique, every opgave under a programme of the document, with all three cost lines. A rejection
 * names the line of the import file.
 */
final class DocumentStructurePolicy {

  private DocumentStructurePolicy() {}

  static Optional<Rejection> check(Content document) {
    if (document.programmas().isEmpty()) {
      return reject(null, "the begroting has no programmes");
    }
    Set<Integer> programmas = new HashSet<>();
    for (Programma programma : document.programmas()) {
      if (!programmas.add(programma.nummer())) {
        return reject(programma.bron(), "programme " + programma.nummer() + " is given twice");
      }
    }
    Set<String> codes = new HashSet<>();
    for (Opgave opgave : document.opgaven()) {
      if (!codes.add(opgave.code())) {
        return reject(opgave.bron(), "beleidsopgave " + opgave.code() + " is given twice");
      }
      if (!programmas.contains(opgave.programma())) {
        return reject(
            opgave.bron(),
            "beleidsopgave "
                + opgave.code()
                + " belongs to programme "
                + opgave.programma()
                + ", which the begroting does not have");
      }
      if (!opgave.lines().keySet().containsAll(Set.of(CostLine.values()))) {
        return reject(opgave.bron(), "beleidsopgave " + opgave.code() + " lacks a cost line");
      }
    }
    return Optional.empty();
  }

  private static Optional<Rejection> reject(Bron bron, String reason) {
    String field = bron != null && bron.line() > 0 ? "line " + bron.line() : "document";
    return Optional.of(new Rejection(BegrotingRule.DOCUMENT_STRUCTURE, field, reason));
  }
}
