package nl.ipo.ledger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Commands over HTTP at each concurrency: every client (its own connection, signed in as
 * secretariaat) appoints a member and then ends that membership, half the time on one hot gremium,
 * otherwise on one of many cold gremia created first. Its baseline at the same concurrency is the
 * HTTP ceiling: the trivial authenticated GET, {@code --ceiling-path} (default {@code
 * /api/audit/public-key}, which passes the same HTTP basic check as a command; {@code
 * /actuator/health} is answered by the probes' chain without a password check).
 */
final class CommandWorkload {

  private final Report report;
  private final LedgerProcess ledger;
  private final Duration warmup;
  private final Duration measured;
  private final String ceilingPath;

  CommandWorkload(
      Report report, LedgerProcess ledger, Duration warmup, Duration measured, String ceilingPath) {
    this.report = report;
    this.ledger = ledger;
    this.warmup = warmup;
    this.measured = measured;
    this.ceilingPath = ceilingPath;
  }

  void run(List<Integer> levels, int coldGremia, Map<Integer, Double> pgbenchTps) {
    Api setup = new Api(ledger.base(), "secretariaat");
    List<Gremia.Gremium> cold = new ArrayList<>();
    for (int i = 1; i <= coldGremia; i++) {
      cold.add(Gremia.establish(setup, "Bench koude commissie " + i));
    }
    report.progress("created " + coldGremia + " cold gremia (type BC)");
    for (int clients : levels) {
      // a hot gremium of its own at each level, so no level inherits the stream another grew
      Gremia.Gremium hot = Gremia.establish(setup, "Bench hete commissie c" + clients);
      Load.Result ceiling =
          Load.run(
              clients,
              warmup,
              measured,
              () -> {
                Api api = new Api(ledger.base(), "secretariaat");
                return (tally, latencies, measuredStep) -> {
                  Api.Answer answer = api.get(ceilingPath);
                  tally.count(answer);
                  if (answer.ok()) {
                    latencies.add(answer.nanos());
                  }
                };
              });
      report.figure(
          "http_ceiling.c" + clients,
          ceiling.rate(),
          "requests/s",
          ceiling.latencies(),
          "GET " + ceilingPath + " " + ceiling.tally().details());
      noteFailures("http_ceiling.c" + clients, ceiling.tally());

      // each client's commands on the hot and on the cold gremia, timed apart as well
      List<Latencies> hotTimes = new java.util.concurrent.CopyOnWriteArrayList<>();
      List<Latencies> coldTimes = new java.util.concurrent.CopyOnWriteArrayList<>();
      Load.Result commands =
          Load.run(
              clients,
              warmup,
              measured,
              () -> {
                Api api = new Api(ledger.base(), "secretariaat");
                Latencies myHot = new Latencies();
                Latencies myCold = new Latencies();
                hotTimes.add(myHot);
                coldTimes.add(myCold);
                return (tally, latencies, measuredStep) -> {
                  boolean toHot = ThreadLocalRandom.current().nextBoolean();
                  Gremia.Gremium target =
                      toHot ? hot : cold.get(ThreadLocalRandom.current().nextInt(cold.size()));
                  Latencies pair = new Latencies();
                  Gremia.appointThenEnd(api, target, tally, pair);
                  latencies.addAll(pair);
                  if (measuredStep) {
                    (toHot ? myHot : myCold).addAll(pair);
                  }
                };
              });
      Latencies hotAll = new Latencies();
      hotTimes.forEach(hotAll::addAll);
      Latencies coldAll = new Latencies();
      coldTimes.forEach(coldAll::addAll);
      String name = "commands.http.c" + clients;
      report.figure(
          name,
          commands.rate(),
          "commands/s",
          commands.latencies(),
          commands.tally().details()
              + " (AppointMember then EndMembership, half on one hot gremium)");
      report.figure(
          name + ".hot",
          hotAll.count() / commands.seconds(),
          "commands/s",
          hotAll,
          "(the commands on the hot gremium)");
      report.figure(
          name + ".cold",
          coldAll.count() / commands.seconds(),
          "commands/s",
          coldAll,
          "(the commands on the " + cold.size() + " cold gremia)");
      noteFailures(name, commands.tally());
      Double tps = pgbenchTps.get(clients);
      if (tps != null) {
        report.figure(name + "_vs_pgbench", commands.rate() / tps, "ratio", "");
      }
      report.ratio(
          name,
          commands.rate() / ceiling.rate(),
          0.5,
          "commands/s over the HTTP ceiling's requests/s");
      if (clients == 4) {
        double p99 =
            commands.latencies().count() == 0
                ? Double.NaN
                : commands.latencies().percentileMillis(99);
        report.ratio(
            name + ".p99",
            50.0 / p99,
            1.0,
            "50 ms over the measured p99 of " + Report.number(p99) + " ms");
      }
    }
  }

  private void noteFailures(String name, Gremia.Tally tally) {
    if (tally.failures.get() > 0) {
      report.failure(
          name
              + ": "
              + tally.failures.get()
              + " answers neither 2xx nor 409, first "
              + tally.firstFailure.get());
    }
  }
}
