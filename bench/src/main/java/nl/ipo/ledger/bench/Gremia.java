package nl.ipo.ledger.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The gremia the command workloads write to, and the commands they send: an appointment, then the
 * end of that membership. The gremia are bestuurlijke commissies (BC) without a parent: the
 * statutes put no parent rule and no seats-per-province rule on a BC, so clients that appoint
 * members at the same time are refused only by a concurrent change to the same gremium (409), the
 * conflict the workload is there to show. Each appointment on a gremium gets a day of its own (a
 * counter per gremium), so memberships never overlap whatever the order the commands arrive in.
 */
final class Gremia {

  static final LocalDate BEGIN = LocalDate.of(1801, 1, 1);

  /** A gremium in the ledger, with the next free day for an appointment. */
  static final class Gremium {
    final String id;
    final String name;
    private final AtomicInteger nextDay = new AtomicInteger();

    Gremium(String id, String name) {
      this.id = id;
      this.name = name;
    }

    LocalDate claimDay() {
      return BEGIN.plusDays(2L * nextDay.getAndIncrement());
    }
  }

  /** Answers of one workload by kind: 2xx, 409 conflicts, and anything else (failures). */
  static final class Tally {
    final AtomicLong ok = new AtomicLong();
    final AtomicLong conflicts = new AtomicLong();
    final AtomicLong failures = new AtomicLong();
    final AtomicReference<String> firstFailure = new AtomicReference<>();

    void count(Api.Answer answer) {
      if (answer.ok()) {
        ok.incrementAndGet();
      } else if (answer.conflict()) {
        conflicts.incrementAndGet();
      } else {
        failures.incrementAndGet();
        firstFailure.compareAndSet(null, answer.status() + " " + abbreviated(answer.body()));
      }
    }

    String details() {
      return "ok="
          + ok.get()
          + " conflicts_409="
          + conflicts.get()
          + " failures="
          + failures.get()
          + (firstFailure.get() == null ? "" : " first_failure=" + firstFailure.get());
    }
  }

  private Gremia() {}

  /** Establishes a BC through the API (as secretariaat) and returns it. */
  static Gremium establish(Api api, String name) {
    String id = UUID.randomUUID().toString();
    Api.Answer answer =
        api.post(
            "/api/gremia",
            "{\"id\":\""
                + id
                + "\",\"name\":"
                + Api.quoted(name)
                + ",\"type\":\"BC\",\"beginDate\":\""
                + BEGIN
                + "\",\"decisionReference\":\"bin/bench: gremium voor de meting\"}");
    if (!answer.ok()) {
      throw new IllegalStateException(answer.refusal("POST /api/gremia"));
    }
    return new Gremium(id, name);
  }

  /**
   * Appoints a member on the gremium's next free day and ends that membership the next day: two
   * commands, each timed on its own into {@code latencies} (when given) and counted in {@code
   * tally}. An appointment refused with a conflict is not followed by an end; an end refused with a
   * conflict is sent again (up to ten times), so no membership stays open.
   */
  static void appointThenEnd(Api api, Gremium gremium, Tally tally, Latencies latencies) {
    LocalDate start = gremium.claimDay();
    String membership = UUID.randomUUID().toString();
    List<String> provinces = SyntheticJournal.PROVINCES;
    String province = provinces.get(ThreadLocalRandom.current().nextInt(provinces.size()));
    Api.Answer appointed =
        api.post(
            "/api/gremia/" + gremium.id + "/members",
            "{\"membershipId\":\""
                + membership
                + "\",\"personName\":\"Benchlid "
                + start
                + "\",\"province\":\""
                + province
                + "\",\"role\":\"LID\",\"startDate\":\""
                + start
                + "\",\"decisionReference\":\"bin/bench: benoeming\"}");
    record(appointed, tally, latencies);
    if (!appointed.ok()) {
      return;
    }
    String end =
        "{\"endDate\":\"" + start.plusDays(1) + "\",\"decisionReference\":\"bin/bench: einde\"}";
    for (int attempt = 0; attempt < 10; attempt++) {
      Api.Answer ended =
          api.post("/api/gremia/" + gremium.id + "/members/" + membership + "/end", end);
      record(ended, tally, latencies);
      if (!ended.conflict()) {
        return;
      }
    }
  }

  private static void record(Api.Answer answer, Tally tally, Latencies latencies) {
    tally.count(answer);
    if (latencies != null && answer.ok()) {
      latencies.add(answer.nanos());
    }
  }

  static String abbreviated(String body) {
    String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
    return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
  }
}
