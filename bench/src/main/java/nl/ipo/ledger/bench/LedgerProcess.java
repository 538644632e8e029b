package nl.ipo.ledger.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged ledger (infra's executable jar) as its own process, as it runs in production: the
 * benchmark measures it from outside, over HTTP, and never shares its JVM.
 */
final class LedgerProcess implements AutoCloseable {

  private final Process process;
  private final int port;

  private LedgerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts the server and waits until its health answers UP. */
  /**
   * The JVM options docs/operations.md ("Memory") recommends for the ledger, which the benchmark
   * runs it with unless {@code --jvm} says otherwise.
   */
  static final String RECOMMENDED_JVM = "-Xmx512m";

  static LedgerProcess serve(Path jar, List<String> settings, Path log) {
    return serve(jar, List.of(), settings, log);
  }

  /** As {@link #serve(Path, List, Path)}, with options for the JVM (system properties). */
  static LedgerProcess serve(Path jar, List<String> jvmOptions, List<String> settings, Path log) {
    int port = freePort();
    List<String> args = new ArrayList<>(settings);
    args.add("--server.port=" + port);
    Process process = start(jar, jvmOptions, args, log);
    LedgerProcess ledger = new LedgerProcess(process, port);
    ledger.awaitHealthy(Duration.ofMinutes(10));
    return ledger;
  }

  /** Runs one of the ledger's command-line tasks (e.g. loading a journal) to its end. */
  static void runTask(Path jar, List<String> settings, Path log) {
    runTask(jar, List.of(), settings, log);
  }

  /** As {@link #runTask(Path, List, Path)}, with options for the JVM. */
  static void runTask(Path jar, List<String> jvmOptions, List<String> settings, Path log) {
    Process process = start(jar, jvmOptions, settings, log);
    try {
      int exit = process.waitFor();
      if (exit != 0) {
        throw new IllegalStateException("the ledger's task ended with " + exit + "; see " + log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroy();
      throw new IllegalStateException(e);
    }
  }

  private static Process start(Path jar, List<String> jvmOptions, List<String> args, Path log) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(args);
    try {
      return new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ledger's process id (the JVM itself: it is started without a shell). */
  long pid() {
    return process.pid();
  }

  /**
   * The resident set size of the ledger's process in megabytes ({@code VmRSS} in {@code
   * /proc/<pid>/status}), or NaN where there is no /proc.
   */
  double residentMegabytes() {
    try {
      return rssMegabytes(java.nio.file.Files.readString(Path.of("/proc", pid() + "", "status")));
    } catch (IOException e) {
      return Double.NaN;
    }
  }

  /** The {@code VmRSS} line of a {@code /proc/<pid>/status} text, in megabytes (of 1024 kB). */
  static double rssMegabytes(String status) {
    for (String line : status.split("\n")) {
      if (line.startsWith("VmRSS:")) {
        String[] parts = line.substring(6).trim().split("\\s+");
        return Long.parseLong(parts[0]) / 1024.0;
      }
    }
    return Double.NaN;
  }

  String base() {
    return "http://localhost:" + port;
  }

  private void awaitHealthy(Duration limit) {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the ledger stopped during start-up");
      }
      try {
        var response =
            client.send(
                HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(100);
    }
    throw new IllegalStateException("the ledger did not become healthy within " + limit);
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
