package nl.werkcentrum.workers.e2e.benchmark;

import nl.werkcentrum.workers.e2e.AppProcess;
import nl.werkcentrum.workers.e2e.WorkerProcess;
import nl.werkcentrum.workers.e2e.load.Caseworkers;
import nl.werkcentrum.workers.e2e.load.Latencies;
import nl.werkcentrum.workers.e2e.load.LoadDatabase;
import nl.werkcentrum.workers.e2e.load.PartnerData;
import nl.werkcentrum.workers.e2e.load.Persoon;
import nl.werkcentrum.workers.e2e.load.Stack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A partner system that is down for a while (issue: national volume): the full stack runs with
 * people signing up at a steady rate; the gemeente's worker (whose benefit check every trajectory
 * needs) is stopped for a while and then started again, while sign-ups go on. Printed: the queue at
 * the restart, how fast it drained, the gemeente's lock latency per minute after the restart (of
 * the tasks that became visible in that minute), and at the end whether every trajectory finished
 * with exactly one completed task per external task activity (nothing lost, nothing doubled).
 */
final class BacklogDrain {

  private static final String PARTNER = "gemeente";

  private BacklogDrain() {
  }

  static String measure(String database, Path target, double rate, int warmMinutes, int downMinutes, int afterMinutes,
      List<String> appJvm, List<String> appArgs, List<String> workerArgs, long potPerRegio) {
    int n = (int) Math.round(rate * 60 * (warmMinutes + downMinutes + afterMinutes));
    List<Persoon> mensen = Persoon.populatie(n, 20261126L);
    LoadDatabase db = LoadDatabase.fresh(database);
    try (Stack stack = new Stack(db, target.resolve("logs"), appJvm, appArgs)) {
      AppProcess node = stack.startNode("node-1");
      db.installLockProbe();
      stack.deposit(potPerRegio);
      PartnerData data = PartnerData.write(target.resolve("partner-data"), mensen);
      stack.startWorkers(node, data, workerArgs);
      try (Caseworkers caseworkers = new Caseworkers(stack.inbox())) {
        ExecutorService aanmelden = Executors.newSingleThreadExecutor();
        Latencies signUp = new Latencies();
        Future<?> aanmeldingen = aanmelden.submit(() -> stack.signUp(mensen, 2, signUp, rate));
        long start = System.nanoTime();
        pauseUntil(start, warmMinutes);
        WorkerProcess gemeente = stack.workers().stream().filter(w -> w.partner().equals(PARTNER)).findFirst()
            .orElseThrow();
        gemeente.close();
        long gestopt = System.nanoTime();
        System.out.printf("  drain: %s worker stopped after %d min%n", PARTNER, warmMinutes);
        pauseUntil(start, warmMinutes + downMinutes);
        long wachtrij = waiting(db);
        stack.startWorkers(node, List.of(PARTNER), data, workerArgs);
        long herstart = System.nanoTime();
        double herstartEpoch = db.number("select (extract(epoch from clock_timestamp()) * 1000)::bigint") / 1000.0;
        System.out.printf("  drain: %s worker started again, %d of its tasks waiting%n", PARTNER, wachtrij);
        long leeg = 0;
        while (leeg == 0 && System.nanoTime() - herstart < TimeUnit.MINUTES.toNanos(30)) {
          Benchmark.sleep(1_000);
          if (waitingSince(db, herstartEpoch - (herstart - gestopt) / 1e9) == 0) {
            leeg = System.nanoTime();
          }
        }
        aanmeldingen.get();
        aanmelden.shutdown();
        long klaar = awaitAll(db, n);
        double drainSeconds = leeg == 0 ? Double.NaN : (leeg - herstart) / 1e9;
        StringBuilder uit = new StringBuilder(String.format("""
            Backlog drain: %d people signing up at %.1f/s; the %s worker stopped after %d min for %d min, then started
              sign-up over our API          %s
              queue at the restart          %d %s tasks
              drained in                    %.0f s (%.1f tasks/s, sign-ups going on)
            """, n, rate, PARTNER, warmMinutes, downMinutes, signUp.summary(), wachtrij, PARTNER, drainSeconds,
            wachtrij / drainSeconds));
        uit.append("  lock latency of the ").append(PARTNER)
            .append(" tasks that became visible in each minute after the restart:\n");
        perMinute(db, herstartEpoch, uit);
        uit.append(String.format("""
              finished                      %d of %d
              benefit checks lost or doubled: %d; incidents: %d; caseworker errors: %d
            %n""", klaar, n, doubled(db), db.incidents(), caseworkers.errors()));
        return uit.toString();
      }
    } catch (Exception e) {
      throw new IllegalStateException("backlog drain failed: " + e.getMessage(), e);
    }
  }

  private static void pauseUntil(long start, int minutes) {
    long due = start + TimeUnit.MINUTES.toNanos(minutes);
    while (System.nanoTime() < due) {
      Benchmark.sleep(Math.min(5_000, Math.max(1, (due - System.nanoTime()) / 1_000_000)));
    }
  }

  private static long waiting(LoadDatabase db) {
    return db.number("select count(*) from act_ru_ext_task where topic_name_ like '" + PARTNER
        + ".%' and (lock_exp_time_ is null or lock_exp_time_ < now())");
  }

  /** The partner's tasks that became visible before {@code epoch} and are not locked yet. */
  private static long waitingSince(LoadDatabase db, double epoch) {
    return db.number("select count(*) from load_ext_task_lock where topic like '" + PARTNER
        + ".%' and locked is null and visible < to_timestamp(" + epoch + ")");
  }

  private static void perMinute(LoadDatabase db, double herstartEpoch, StringBuilder uit) {
    String sql = "select floor(extract(epoch from visible) - " + herstartEpoch + ") / 60 as minuut,"
        + " extract(epoch from (locked - visible)) * 1000 from load_ext_task_lock"
        + " where topic like '" + PARTNER + ".%' and locked is not null and visible >= to_timestamp(" + herstartEpoch
        + ") order by 1";
    List<Latencies> minuten = new ArrayList<>();
    try (Connection c = LoadDatabase.connect(db.name()); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        int minuut = (int) rs.getDouble(1);
        while (minuten.size() <= minuut) {
          minuten.add(new Latencies());
        }
        minuten.get(minuut).add(Math.max(0, rs.getDouble(2)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    for (int m = 0; m < minuten.size(); m++) {
      uit.append(String.format("    minute %-3d %s%n", m + 1, minuten.get(m).summary()));
    }
  }

  /**
   * Trajectories whose benefit check at the stopped partner did not complete exactly once (lost or
   * doubled: the check runs once per trajectory), plus people with more than one trajectory.
   */
  private static long doubled(LoadDatabase db) {
    return db.number("select count(*) from act_hi_procinst p where p.proc_def_key_ = 'werkcentrum-traject'"
        + " and (select count(*) from act_hi_ext_task_log l where l.proc_inst_id_ = p.id_ and l.state_ = 2"
        + " and l.topic_name_ = '" + PARTNER + ".uitkering-controleren') <> 1")
        + db.number("select count(*) - count(distinct werkzoekende_id) from wc_traject");
  }

  private static long awaitAll(LoadDatabase db, int n) {
    long finished = 0;
    long lastProgress = System.nanoTime();
    while (finished < n && System.nanoTime() - lastProgress < TimeUnit.MINUTES.toNanos(3)) {
      Benchmark.sleep(2_000);
      long now = db.finishedTrajectories();
      if (now > finished) {
        lastProgress = System.nanoTime();
      }
      finished = now;
    }
    return finished;
  }
}
