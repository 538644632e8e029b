package nl.ipo.ledger.infra.ops;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.ipo.ledger.infra.axon.CommandEdge;
import nl.ipo.ledger.kernel.common.DecisionReference;
import nl.ipo.ledger.kernel.common.Province;
import nl.ipo.ledger.kernel.error.ConflictException;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.AppointMember;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.EndMembership;
import nl.ipo.ledger.kernel.gremium.GremiumCommand.EstablishGremium;
import nl.ipo.ledger.kernel.gremium.GremiumId;
import nl.ipo.ledger.kernel.gremium.GremiumType;
import nl.ipo.ledger.kernel.gremium.MemberRole;
import nl.ipo.ledger.kernel.gremium.MembershipId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ipo-ledger.jar --ledger.cli=command-load}: the command side's own speed, without
 * HTTP, for the benchmark (docs/performance.md): at each number of clients ({@code
 * ledger.command-load.clients}, default 1,4,16), that many threads send commands through the
 * command gateway in a closed loop for {@code ledger.command-load.seconds} after a warm-up, while
 * the whole ledger runs (its processors included, as in production). The commands are the HTTP
 * workload's: an appointment on a gremium's next free day and the end of that membership the next
 * day, half on one hot gremium per level, half on {@code ledger.command-load.cold-gremia} cold
 * ones. It prints one {@code COMMAND-LOAD} line per level and exits.
 *
 * <p>It writes synthetic gremia and memberships into the store it is pointed at, recorded as the
 * ledger itself, so it is for a benchmark's database only; it says so in the log at its start.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "ledger.cli", havingValue = "command-load")
class CommandLoad implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(CommandLoad.class);

  private static final LocalDate BEGIN = LocalDate.of(1801, 1, 1);
  private static final DecisionReference REFERENCE =
      new DecisionReference("command-load: meting van de opdrachtzijde", null);
  private static final Province[] PROVINCES = Province.values();

  private final CommandEdge commands;
  private final ApplicationContext context;
  private final List<Integer> levels;
  private final long warmupNanos;
  private final long measuredNanos;
  private final int coldGremia;

  CommandLoad(
      CommandEdge commands,
      ApplicationContext context,
      @Value("${ledger.command-load.clients:1,4,16}") String clients,
      @Value("${ledger.command-load.warmup-seconds:2}") double warmupSeconds,
      @Value("${ledger.command-load.seconds:10}") double seconds,
      @Value("${ledger.command-load.cold-gremia:50}") int coldGremia) {
    this.commands = commands;
    this.context = context;
    this.levels =
        Arrays.stream(clients.split(",")).map(String::strip).map(Integer::valueOf).toList();
    this.warmupNanos = (long) (warmupSeconds * 1e9);
    this.measuredNanos = (long) (seconds * 1e9);
    this.coldGremia = coldGremia;
  }

  /** A gremium of the load, with the next free day for an appointment. */
  private record Gremium(GremiumId id, AtomicInteger nextDay) {
    LocalDate claimDay() {
      return BEGIN.plusDays(2L * nextDay.getAndIncrement());
    }
  }

  /** One client's command times, in nanoseconds, growing as it goes. */
  private static final class Times {
    private long[] values = new long[1024];
    private int count;

    void add(long nanos) {
      if (count == values.length) {
        values = Arrays.copyOf(values, count * 2);
      }
      values[count++] = nanos;
    }

    long[] values() {
      return Arrays.copyOf(values, count);
    }
  }

  /** What one level measured. */
  private static final class Tally {
    final AtomicLong ok = new AtomicLong();
    final AtomicLong conflicts = new AtomicLong();
    final AtomicLong failures = new AtomicLong();
    final List<long[]> latencies = new ArrayList<>(); // one array per client, filled at its end
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    log.warn(
        "Command load: writing synthetic gremia and memberships into this store, for a benchmark"
            + " database only");
    List<Gremium> cold = new ArrayList<>();
    for (int i = 0; i < coldGremia; i++) {
      cold.add(establish("Meting koud " + i));
    }
    for (int clients : levels) {
      Gremium hot = establish("Meting heet " + clients);
      Tally tally = measure(clients, hot, cold);
      long[] all = tally.latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      System.out.printf(
          "COMMAND-LOAD c%d %.1f %.2f %.2f %.2f n=%d ok=%d conflicts=%d failures=%d%n",
          clients,
          all.length / (measuredNanos / 1e9),
          percentile(all, 50),
          percentile(all, 95),
          percentile(all, 99),
          all.length,
          tally.ok.get(),
          tally.conflicts.get(),
          tally.failures.get());
    }
    System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> 0));
  }

  private Gremium establish(String name) {
    GremiumId id = GremiumId.random();
    commands.sendAsSystem(
        new EstablishGremium(id, name, GremiumType.BC, null, BEGIN, null, REFERENCE));
    return new Gremium(id, new AtomicInteger());
  }

  private Tally measure(int clients, Gremium hot, List<Gremium> cold)
      throws InterruptedException, ExecutionException {
    Tally tally = new Tally();
    long measureFrom = System.nanoTime() + warmupNanos;
    long end = measureFrom + measuredNanos;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<long[]>> clientsDone = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        clientsDone.add(
            pool.submit(
                () -> {
                  Times latencies = new Times();
                  boolean onHot = false;
                  while (System.nanoTime() < end) {
                    onHot = !onHot;
                    Gremium gremium =
                        onHot ? hot : cold.get(ThreadLocalRandom.current().nextInt(cold.size()));
                    appointThenEnd(gremium, tally, latencies, measureFrom, end);
                  }
                  return latencies.values();
                }));
      }
      for (Future<long[]> done : clientsDone) {
        tally.latencies.add(done.get());
      }
    } finally {
      pool.shutdownNow();
    }
    return tally;
  }

  private void appointThenEnd(
      Gremium gremium, Tally tally, Times latencies, long measureFrom, long end) {
    LocalDate day = gremium.claimDay();
    MembershipId membership = MembershipId.random();
    Province province = PROVINCES[ThreadLocalRandom.current().nextInt(PROVINCES.length)];
    boolean appointed =
        timed(
            new AppointMember(
                gremium.id(),
                membership,
                "Meetlid " + day,
                province,
                MemberRole.LID,
                day,
                REFERENCE),
            tally,
            latencies,
            measureFrom,
            end);
    if (!appointed) {
      return;
    }
    for (int attempt = 0; attempt < 10; attempt++) {
      if (timed(
          new EndMembership(gremium.id(), membership, day.plusDays(1), REFERENCE),
          tally,
          latencies,
          measureFrom,
          end)) {
        return;
      }
    }
  }

  /** Sends one command; counts and times it when it falls in the measured window. */
  private boolean timed(Object command, Tally tally, Times latencies, long measureFrom, long end) {
    long begin = System.nanoTime();
    boolean counted = begin >= measureFrom && begin < end;
    try {
      commands.sendAsSystem(command);
      if (counted) {
        tally.ok.incrementAndGet();
        latencies.add(System.nanoTime() - begin);
      }
      return true;
    } catch (ConflictException conflict) {
      if (counted) {
        tally.conflicts.incrementAndGet();
      }
      return false;
    } catch (RuntimeException failure) {
      if (counted) {
        tally.failures.incrementAndGet();
      }
      log.warn("Command load: {} failed", command.getClass().getSimpleName(), failure);
      return false;
    }
  }

  private static double percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
