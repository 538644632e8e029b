package nl.ipo.ledger.infra.axon;

import java.util.concurrent.CompletionException;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand;
import nl.ipo.ledger.kernel.besluit.BesluitCommand;
import nl.ipo.ledger.kernel.common.Codes;
import nl.ipo.ledger.kernel.competentie.CompetenceCommand;
import nl.ipo.ledger.kernel.error.ConflictException;
import nl.ipo.ledger.kernel.error.NotFoundException;
import nl.ipo.ledger.kernel.gremium.GremiumCommand;
import nl.ipo.ledger.kernel.mandaat.MandaatCommand;
import nl.ipo.ledger.kernel.rectificatie.RectificatieCommand;
import nl.ipo.ledger.kernel.vergadering.VergaderingCommand;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Says in the ledger's own words what Axon reports about the record a command is addressed to: an
 * unknown id, an id that belongs to another kind of record, or a change that lost a race with a
 * concurrent one. The kind of record is the command's, so the sentence names the gremium, besluit
 * or begroting the caller meant, wherever the command came from (API, form, journal).
 */
final class CommandFailures {

  private CommandFailures() {}

  /** The record kind a command addresses, with its Dutch demonstrative ("dit", "deze"). */
  record Kind(String noun, String demonstrative) {
    static Kind of(Object command) {
      if (command instanceof GremiumCommand) {
        return new Kind("gremium", "dit");
      } else if (command instanceof BesluitCommand) {
        return new Kind("besluit", "dit");
      } else if (command instanceof MandaatCommand) {
        return new Kind("mandaat", "dit");
      } else if (command instanceof BegrotingCommand) {
        return new Kind("begroting", "deze");
      } else if (command instanceof VergaderingCommand) {
        return new Kind("vergadering", "deze");
      } else if (command instanceof CompetenceCommand) {
        return new Kind("bevoegdhedentabel", "deze");
      } else if (command instanceof RectificatieCommand) {
        return new Kind("rectificatie", "deze");
      }
      return new Kind("record", "dit");
    }

    String field() {
      return noun + "Id";
    }
  }

  /**
   * The ledger's exception for a failure Axon reports about the addressed record, or the failure
   * itself when it is something else (a rule's rejection, a bad value, an internal error).
   */
  static RuntimeException explain(Object command, CompletionException failure) {
    Kind kind = Kind.of(command);
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof AggregateNotFoundException notFound) {
        return new NotFoundException(
            kind.field(),
            "Er is geen "
                + kind.noun()
                + " met id "
                + Codes.abbreviate(String.valueOf(notFound.getAggregateIdentifier()))
                + " bekend.");
      }
      if (t instanceof IncompatibleAggregateException) {
        return new NotFoundException(
            kind.field(),
            "Er is geen "
                + kind.noun()
                + " bekend met dit id (het id hoort bij een ander soort record).");
      }
      if (t instanceof ConcurrencyException) {
        return new ConflictException(
            kind.field(),
            "Iemand anders legde op hetzelfde moment iets vast over "
                + kind.demonstrative()
                + " "
                + kind.noun()
                + "; laad de gegevens opnieuw en probeer het nog eens.");
      }
    }
    return failure;
  }
}
