package nl.ipo.ledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import nl.ipo.ledger.kernel.begroting.BegrotingCommand.ApproveBegroting;
import nl.ipo.ledger.kernel.begroting.BegrotingId;
import nl.ipo.ledger.kernel.besluit.BesluitCommand.RecordEffectCarriedOut;
import nl.ipo.ledger.kernel.besluit.BesluitId;
import nl.ipo.ledger.kernel.error.ConflictException;
import nl.ipo.ledger.kernel.error.InvalidValueException;
import nl.ipo.ledger.kernel.error.NotFoundException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

/** The sentence for an unknown or concurrently changed record names the command's own kind. */
class CommandFailuresTest {

  private final BesluitId besluit = BesluitId.random();
  private final Object besluitCommand = new RecordEffectCarriedOut(besluit, 0);
  private final Object begrotingCommand =
      new ApproveBegroting(BegrotingId.random(), BesluitId.random());

  @Test
  void anUnknownIdIsReportedAsTheCommandsKindOfRecord() {
    RuntimeException explained =
        CommandFailures.explain(
            besluitCommand,
            new CompletionException(
                new AggregateNotFoundException(besluit.toString(), "no aggregate")));

    assertThat(explained).isInstanceOf(NotFoundException.class);
    assertThat(((NotFoundException) explained).field()).isEqualTo("besluitId");
    assertThat(explained.getMessage())
        .isEqualTo("Er is geen besluit met id " + besluit + " bekend.");
  }

  @Test
  void aLostRaceIsAConflictAboutThatRecordFoundBehindAxonsWrapping() {
    RuntimeException explained =
        CommandFailures.explain(
            begrotingCommand,
            new CompletionException(
                new CommandExecutionException(
                    "wrapped", new ConcurrencyException("sequence number taken"))));

    assertThat(explained).isInstanceOf(ConflictException.class);
    assertThat(((ConflictException) explained).field()).isEqualTo("begrotingId");
    assertThat(explained.getMessage())
        .startsWith("Iemand anders legde op hetzelfde moment iets vast over deze begroting;");
  }

  @Test
  void anyOtherFailureIsLeftAsItWas() {
    CompletionException failure =
        new CompletionException(new InvalidValueException("line", "'line' is verplicht."));

    assertThat(CommandFailures.explain(besluitCommand, failure)).isSameAs(failure);
  }
}
