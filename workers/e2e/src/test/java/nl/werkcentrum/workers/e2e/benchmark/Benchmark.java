package nl.werkcentrum.workers.e2e.benchmark;

import nl.werkcentrum.app.budget.Financier;
import nl.werkcentrum.app.budget.OntschotBudget;
import nl.werkcentrum.app.traject.AanmeldingService;
import nl.werkcentrum.app.traject.BsnVanTraject;
import nl.werkcentrum.app.traject.Kanaal;
import nl.werkcentrum.workers.e2e.AppProcess;
import nl.werkcentrum.workers.e2e.EngineApp;
import nl.werkcentrum.workers.e2e.WorkerProcess;
import nl.werkcentrum.workers.e2e.load.Autovacuum;
import nl.werkcentrum.workers.e2e.load.Caseworkers;
import nl.werkcentrum.workers.e2e.load.CpuMeter;
import nl.werkcentrum.workers.e2e.load.HeapSampler;
import nl.werkcentrum.workers.e2e.load.InProcessPartners;
import nl.werkcentrum.workers.e2e.load.JavaTakenbak;
import nl.werkcentrum.workers.e2e.load.Latencies;
import nl.werkcentrum.workers.e2e.load.LoadDatabase;
import nl.werkcentrum.workers.e2e.load.Pace;
import nl.werkcentrum.workers.e2e.load.PartnerData;
import nl.werkcentrum.workers.e2e.load.Persoon;
import nl.werkcentrum.workers.e2e.load.Stack;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The load benchmark (README: "Benchmark"). For each N it runs the same load twice on a fresh
 * PostgreSQL database: first the baseline (the app in this JVM, partners and caseworkers as bare
 * loops over the Java API), then the real system (the app's jar as its own JVM, the four partner
 * workers as their own JVMs over HTTP, caseworkers over the engine REST API), and prints both and
 * their ratio. Optionally it then measures Tasklist's task query with many open tasks, and a partner's
 * fetch-and-lock against the backlog of its topic.
 *
 * <p>System properties: {@code load.trajecten} (comma separated, default 1000),
 * {@code load.open-taken} (0 = skip), {@code load.app-args}, {@code load.app-jvm-args} and
 * {@code load.worker-args} (space separated, for tuning experiments), {@code load.fetch-backlog}
 * (comma separated backlogs, e.g. 500,20000; empty = skip), {@code load.runs}
 * (baseline,full), {@code load.rate} (sign-ups per second; 0 = all at once), {@code load.national}
 * (running trajectories of the national-volume measurement, 0 = skip), {@code load.national-ended}
 * (ended ones, default as many), {@code load.national-probes} (people walked through per measurement) and
 * {@code load.drain} (minutes the gemeente's worker is down in the backlog-drain run, 0 = skip; sign-ups at
 * {@code load.rate}, default 2 a second).
 */
public final class Benchmark {

  private static final String DATABASE = "werkcentrum_load";
  private static final Path TARGET = Path.of("target", "benchmark");

  public static void main(String[] args) throws Exception {
    try (Autovacuum autovacuum = Autovacuum.on()) {
      run();
    }
    System.exit(0);
  }

  private static void run() throws Exception {
    List<Integer> sizes = Arrays.stream(System.getProperty("load.trajecten", "1000").split(","))
        .map(String::strip).map(Integer::parseInt).toList();
    List<String> runs = List.of(System.getProperty("load.runs", "baseline,full").split(","));
    int openTasks = Integer.getInteger("load.open-taken", 0);
    Files.createDirectories(TARGET);
    print("Werkcentrum load benchmark, " + LocalDateTime.now().withNano(0) + ", "
        + Runtime.getRuntime().availableProcessors() + " cores, sign-ups per second " + (rate() > 0 ? rate() : "unlimited")
        + ", app args [" + System.getProperty("load.app-args", "")
        + "], worker args [" + System.getProperty("load.worker-args", "") + "]\n");
    for (int n : sizes) {
      List<Persoon> mensen = Persoon.populatie(n, 20261125L + n);
      Figures baseline = runs.contains("baseline") ? baseline(mensen) : null;
      Figures full = runs.contains("full") ? fullStack(mensen) : null;
      if (baseline != null) {
        print(baseline.report());
      }
      if (full != null) {
        print(full.report());
      }
      if (baseline != null && full != null) {
        print(String.format("  ratio full/baseline: trajectories/s %.2f, external tasks/s %.2f%n",
            full.trajectoriesPerSecond() / baseline.trajectoriesPerSecond(),
            full.externalTasksPerSecond() / baseline.externalTasksPerSecond()));
        // with every core busy in both runs, throughput is the cores over the CPU per trajectory
        print(String.format("  ratio baseline/full of CPU per trajectory: %.2f (the bound on the ratio above while the cores are the limit)%n",
            baseline.cpu().machineMillisPer(baseline.finished()) / full.cpu().machineMillisPer(full.finished())));
        // production runs the workers and the callers on machines of their own: what is left here is
        // the engine node (the baseline's JVM also holds its bare loops, so its figure is a little high)
        double baselineNode = baseline.cpu().millisPer(baseline.finished(), "app", "PostgreSQL");
        double fullNode = full.cpu().millisPer(full.finished(), "app", "PostgreSQL");
        print(String.format("  engine node alone (app JVM and PostgreSQL), CPU per trajectory: baseline %.0f ms, full %.0f ms,"
            + " ratio %.2f (the bound with workers and callers elsewhere)%n%n", baselineNode, fullNode, baselineNode / fullNode));
      }
    }
    if (openTasks > 0) {
      print(TasklistQuery.measure(openTasks, DATABASE));
    }
    String fetchBacklog = System.getProperty("load.fetch-backlog", "");
    if (!fetchBacklog.isBlank()) {
      print(FetchBacklog.measure(FetchBacklog.backlogs(fetchBacklog), DATABASE));
    }
    int national = Integer.getInteger("load.national", 0);
    if (national > 0) {
      print(NationalVolume.measure(national, Integer.getInteger("load.national-ended", national),
          Integer.getInteger("load.national-probes", 200), DATABASE));
    }
    int drainMinutes = Integer.getInteger("load.drain", 0);
    if (drainMinutes > 0) {
      double drainRate = rate() > 0 ? rate() : 2;
      print(BacklogDrain.measure(DATABASE, TARGET, drainRate, 2, drainMinutes, 5,
          split(System.getProperty("load.app-jvm-args", "-Xmx1g")), split(System.getProperty("load.app-args", "")),
          split(System.getProperty("load.worker-args", "")),
          potPerRegio((int) (drainRate * 60 * (drainMinutes + 7)))));
    }
  }

  private static Figures baseline(List<Persoon> mensen) throws Exception {
    LoadDatabase db = LoadDatabase.fresh(DATABASE);
    EngineApp app = EngineApp.startOn(db.name(), TARGET.resolve("baseline-data").toAbsolutePath(),
        split(System.getProperty("load.app-args", "")).toArray(String[]::new));
    try {
      db.installLockProbe();
      OntschotBudget budget = app.bean(OntschotBudget.class);
      for (int r = 1; r <= 35; r++) {
        budget.storten(String.format("AMR%02d", r), Year.now().getValue(), Financier.UWV, potPerRegio(mensen.size()), "load");
      }
      AanmeldingService aanmeldingen = app.bean(AanmeldingService.class);
      try (HeapSampler heap = HeapSampler.thisJvm();
           InProcessPartners partners = new InProcessPartners(app.bean(ExternalTaskService.class),
               app.bean(RuntimeService.class),
               trajectId -> app.bean(BsnVanTraject.class).bsn(java.util.UUID.fromString(trajectId)).value(), mensen, 2);
           Caseworkers caseworkers = new Caseworkers(new JavaTakenbak(app.bean(TaskService.class),
               app.bean(IdentityService.class)))) {
        Run run = Run.start(db, Map.of("app and load driver (one JVM)", CpuMeter::thisJvm));
        ExecutorService signUps = Executors.newFixedThreadPool(2);
        Pace pace = new Pace(rate());
        for (Persoon p : mensen) {
          pace.next();
          signUps.submit(() -> aanmeldingen.aanmelden(p.bsn(), p.regio(), Kanaal.valueOf(p.kanaal())));
        }
        signUps.shutdown();
        signUps.awaitTermination(1, TimeUnit.HOURS);
        return run.await("baseline: app in this JVM, bare Java API loops", mensen.size(), caseworkers.completionLatency(),
            heap::peakMegabytes, partners.errors() + caseworkers.errors());
      }
    } finally {
      app.close();
    }
  }

  private static Figures fullStack(List<Persoon> mensen) {
    LoadDatabase db = LoadDatabase.fresh(DATABASE);
    List<String> jvm = split(System.getProperty("load.app-jvm-args", "-Xmx1g"));
    try (Stack stack = new Stack(db, TARGET.resolve("logs"), jvm, split(System.getProperty("load.app-args", "")))) {
      AppProcess node = stack.startNode("node-1");
      db.installLockProbe();
      stack.deposit(potPerRegio(mensen.size()));
      stack.startWorkers(node, PartnerData.write(TARGET.resolve("partner-data"), mensen),
          split(System.getProperty("load.worker-args", "")));
      try (HeapSampler heap = HeapSampler.appNode(node.baseUrl(), stack.adminUser(), stack.adminPassword());
           Caseworkers caseworkers = new Caseworkers(stack.inbox())) {
        Map<String, Supplier<List<Long>>> parts = new LinkedHashMap<>();
        parts.put("app", () -> stack.nodes().stream().map(AppProcess::pid).toList());
        parts.put("workers", () -> stack.workers().stream().map(WorkerProcess::pid).toList());
        parts.put("load driver", CpuMeter::thisJvm);
        Run run = Run.start(db, parts);
        Latencies signUp = new Latencies();
        stack.signUp(mensen, 2, signUp, rate());
        print("  (full stack sign-up over our API: " + signUp.summary() + ")\n");
        return run.await("full: app JVM + 4 worker JVMs over HTTP, caseworkers over REST", mensen.size(),
            caseworkers.completionLatency(), heap::peakMegabytes, caseworkers.errors());
      }
    }
  }

  /** Sign-ups per second ({@code load.rate}); 0, the default, signs everybody up at once. */
  private static double rate() {
    return Double.parseDouble(System.getProperty("load.rate", "0"));
  }

  /** Enough for everybody's werkplan (at most 8,400 euro each) with room to spare. */
  private static long potPerRegio(int n) {
    return (n / 35 + 1) * 10_000L;
  }

  /** Time, commits and progress of one run, from the moment the first person signs up. */
  private record Run(LoadDatabase db, long startNanos, long commits0, long extTasks0, CpuMeter cpu) {

    static Run start(LoadDatabase db, Map<String, Supplier<List<Long>>> cpuParts) {
      return new Run(db, System.nanoTime(), db.commits(), db.completedExternalTasks(), CpuMeter.start(cpuParts));
    }

    Figures await(String label, int n, Latencies userTasks, LongSupplier peakHeap, int errors) {
      long finished = 0;
      long lastProgress = System.nanoTime();
      while (finished < n) {
        sleep(1_000);
        long now = db.finishedTrajectories();
        if (now > finished) {
          lastProgress = System.nanoTime();
        } else if (System.nanoTime() - lastProgress > TimeUnit.MINUTES.toNanos(3)) {
          print("  no progress for 3 minutes, stopping this run\n");
          finished = now;
          break;
        }
        if (now / Math.max(1, n / 10) > finished / Math.max(1, n / 10)) {
          System.out.printf("  %s: %d of %d finished after %.0f s%n", label.split(":")[0], now, n,
              (System.nanoTime() - startNanos) / 1e9);
        }
        finished = now;
      }
      double seconds = (System.nanoTime() - startNanos) / 1e9;
      CpuMeter.CpuUse cpuUse = cpu.stop();
      sleep(1_500); // PostgreSQL publishes its commit counters about once a second
      return new Figures(label, n, finished, seconds, db.completedExternalTasks() - extTasks0, db.lockLatencyByTopic(),
          userTasks, db.commits() - commits0, peakHeap.getAsLong(), db.incidents(), errors, cpuUse);
    }
  }

  static List<String> split(String args) {
    return args.isBlank() ? List.of() : new ArrayList<>(List.of(args.strip().split("\\s+")));
  }

  static void print(String text) {
    System.out.print(text);
    try {
      Files.writeString(TARGET.resolve("results.txt"), text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
