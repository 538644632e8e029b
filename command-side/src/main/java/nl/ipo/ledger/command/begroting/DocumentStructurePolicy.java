package nl.ipo.ledger.command.begroting;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.ipo.ledger.command.Dutch;
import nl.ipo.ledger.command.Rejection;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Bron;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Content;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Opgave;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Programma;
import nl.ipo.ledger.kernel.begroting.BegrotingDocument.Tegel;
import nl.ipo.ledger.kernel.begroting.CostLine;

/**
 * A budget document hangs together: at least one programme, programme numbers and opgave codes
 * unique, every opgave under a programme of the document, with all three cost lines; every tile of
 * an overview page names one of the document's beleidsopgaven, each at most once. A rejection names
 * the line of the import file.
 */
final class DocumentStructurePolicy {

  private DocumentStructurePolicy() {}

  static Optional<Rejection> check(Content document) {
    if (document.programmas().isEmpty()) {
      return reject(null, "de begroting heeft geen programma's");
    }
    Set<Integer> programmas = new HashSet<>();
    for (Programma programma : document.programmas()) {
      if (!programmas.add(programma.nummer())) {
        return reject(programma.bron(), "programma " + programma.nummer() + " komt twee keer voor");
      }
    }
    Set<String> codes = new HashSet<>();
    for (Opgave opgave : document.opgaven()) {
      if (!codes.add(opgave.code())) {
        return reject(opgave.bron(), "beleidsopgave " + opgave.code() + " komt twee keer voor");
      }
      if (!programmas.contains(opgave.programma())) {
        return reject(
            opgave.bron(),
            "beleidsopgave "
                + opgave.code()
                + " hoort bij programma "
                + opgave.programma()
                + ", maar dat programma staat niet in de begroting");
      }
      if (!opgave.lines().keySet().containsAll(Set.of(CostLine.values()))) {
        return reject(
            opgave.bron(),
            "beleidsopgave "
                + opgave.code()
                + " mist een post (programmalasten, directe personeelslasten of overhead)");
      }
    }
    Set<String> tiled = new HashSet<>();
    for (Tegel tegel : document.tegels()) {
      if (!codes.contains(tegel.code())) {
        return reject(
            tegel.bron(),
            "de tegel noemt beleidsopgave "
                + tegel.code()
                + ", maar die beleidsopgave staat niet in de begroting");
      }
      if (!tiled.add(tegel.code())) {
        return reject(
            tegel.bron(), "beleidsopgave " + tegel.code() + " heeft al een tegel in het bestand");
      }
    }
    return Optional.empty();
  }

  /** The reason names the line of the import file as its field does, in Dutch ("regel 9: ..."). */
  private static Optional<Rejection> reject(Bron bron, String reason) {
    boolean onLine = bron != null && bron.line() > 0;
    String field = onLine ? "line " + bron.line() : "document";
    String text = onLine ? "regel " + bron.line() + ": " + reason : Dutch.capitalised(reason);
    return Optional.of(new Rejection(BegrotingRule.DOCUMENT_STRUCTURE, field, text));
  }
}
