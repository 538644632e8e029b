package nl.ipo.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged ledger, started as a user starts it, reaches nothing outside the machine: its JVM is
 * told to send every outbound HTTP(S) connection through a proxy here, which records each request
 * it is asked to relay and relays none. Only a start in a JVM of its own shows this: inside a test
 * JVM Axon skips its update check by itself, so the ledger's own setting would go untested. With
 * the check let back in ({@code --spring.autoconfigure.exclude=} and {@code
 * --axon.update-check.disabled=false}) this test fails: the proxy is asked {@code CONNECT
 * get.axoniq.io:443} about a second after start-up.
 *
 * <p>It needs the executable jar, which {@code mvn verify} (bin/test) packages in infra before this
 * module's tests run (the reactor builds the modules in the order the root pom lists them).
 */
class NothingCallsHomeTest {

  /** A proxy that records the first line of every request (CONNECT host:port, GET url, …). */
  static final class RecordingProxy implements AutoCloseable {
    private final ServerSocket socket;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    RecordingProxy() throws IOException {
      socket = new ServerSocket(0);
      Thread accepting = new Thread(this::accept, "recording-proxy");
      accepting.setDaemon(true);
      accepting.start();
    }

    private void accept() {
      while (!socket.isClosed()) {
        try (Socket client = socket.accept()) {
          requests.add(
              new BufferedReader(
                      new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII))
                  .readLine());
        } catch (IOException closed) {
          return;
        }
      }
    }

    int port() {
      return socket.getLocalPort();
    }

    List<String> requests() {
      return List.copyOf(requests);
    }

    @Override
    public void close() {
      try {
        socket.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The executable jar that infra's {@code package} phase builds before this module's tests. */
  private static final Path JAR = Path.of("..", "infra", "target", "ipo-ledger.jar");

  @Test
  void theLedgerStartsAndRunsWithoutReachingOutside(@TempDir Path dir) throws Exception {
    assertThat(JAR).as("build the ledger first: mvn verify (bin/test) packages it").exists();
    try (RecordingProxy proxy = new RecordingProxy();
        LedgerProcess ledger =
            LedgerProcess.serve(
                JAR,
                List.of(
                    "-Dhttp.proxyHost=127.0.0.1",
                    "-Dhttp.proxyPort=" + proxy.port(),
                    "-Dhttps.proxyHost=127.0.0.1",
                    "-Dhttps.proxyPort=" + proxy.port()),
                List.of(
                    "--spring.datasource.url=jdbc:h2:file:"
                        + dir.resolve("ledger")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                    "--ledger.audit.key-file=" + dir.resolve("ledger.key")),
                dir.resolve("ledger.log"))) {
      // healthy means started and the shipped history loaded; a call home at start-up comes
      // before that (Axon's update check asked about a second after it began), or within seconds
      LedgerProcess.sleep(2_000);
      assertThat(proxy.requests())
          .as("requests the ledger at %s sent out", ledger.base())
          .isEmpty();
    }
  }
}
