package nl.werkcentrum.workers.e2e.benchmark;

import nl.werkcentrum.app.budget.Financier;
import nl.werkcentrum.app.budget.OntschotBudget;
import nl.werkcentrum.workers.e2e.EngineApp;
import nl.werkcentrum.workers.e2e.load.Latencies;
import nl.werkcentrum.workers.e2e.load.LoadDatabase;

import java.nio.file.Path;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The everyday calls of a Werkcentrum, measured first on an empty database and then again with a
 * national population in it (issue: national volume): {@code running} trajectories over the 35
 * regions and their phases, about three in ten waiting at a caseworker, and as many ended ones in
 * the engine's history and our tables ({@link Bevolking}). Each call is measured by the same
 * {@link Proefpersonen} walking new people through the real app over HTTP, so both columns hold the
 * same work and only the volume around it differs.
 */
final class NationalVolume {

  /** p95 targets of the issue, in ms: the report may take longer than an interactive call. */
  private static final double DOEL_P95 = 100;
  private static final double DOEL_P95_RAPPORT = 1_000;
  private static final double DOEL_VERHOUDING = 1.5;

  /** The database that keeps the population between runs. */
  private static final String POPULATIE = "werkcentrum_national";

  private NationalVolume() {
  }

  static String measure(int running, int ended, int probes, String database) {
    Map<String, Latencies> leeg = measureEmpty(probes, database);
    // the population takes long to make and is kept (its own database) for the next run with the same size
    LoadDatabase db = LoadDatabase.kept(POPULATIE);
    boolean gevuld = Bevolking.heeft(db, running, ended);
    if (!gevuld) {
      db = LoadDatabase.fresh(POPULATIE); // another size, or a fill that was cut off
    }
    EngineApp app = start(db);
    try {
      String vulling;
      double vulSeconden = 0;
      if (gevuld) {
        vulling = "kept from an earlier run: " + Bevolking.beschrijf(db);
      } else {
        long t0 = System.nanoTime();
        vulling = new Bevolking(app, db).vul(running, ended);
        vulSeconden = (System.nanoTime() - t0) / 1e9;
      }
      db.execute("analyze");
      Map<String, Latencies> vol = new Proefpersonen(app).meet(probes, "national");
      return rapport(running, ended, vulling, vulSeconden, leeg, vol);
    } finally {
      app.close();
    }
  }

  private static Map<String, Latencies> measureEmpty(int probes, String database) {
    LoadDatabase db = LoadDatabase.fresh(database);
    EngineApp app = start(db);
    try {
      db.execute("analyze");
      return new Proefpersonen(app).meet(probes, "empty");
    } finally {
      app.close();
    }
  }

  private static EngineApp start(LoadDatabase db) {
    EngineApp app = EngineApp.startOn(db.name(), Path.of("target", "benchmark", "national-data").toAbsolutePath());
    OntschotBudget budget = app.bean(OntschotBudget.class);
    for (int r = 1; r <= 35; r++) {
      budget.storten(String.format("AMR%02d", r), Year.now().getValue(), Financier.UWV, 1_000_000L, "load");
    }
    return app;
  }

  private static String rapport(int running, int ended, String vulling, double vulSeconden,
      Map<String, Latencies> leeg, Map<String, Latencies> vol) {
    StringBuilder uit = new StringBuilder(String.format(
        "National volume: %,d running and %,d ended trajectories (filled in %.0f s: %s)%n", running, ended,
        vulSeconden, vulling));
    uit.append(String.format("  %-46s %-34s %-34s %-8s %s%n", "call", "empty database (p50/p95/p99 ms)",
        "national volume (p50/p95/p99 ms)", "p95 x", "goal met"));
    Map<String, Boolean> gehaald = new LinkedHashMap<>();
    for (String call : vol.keySet()) {
      Latencies e = leeg.get(call);
      Latencies n = vol.get(call);
      double verhouding = n.percentile(95) / Math.max(0.001, e.percentile(95));
      double doel = call.startsWith(Proefpersonen.RAPPORT) ? DOEL_P95_RAPPORT : DOEL_P95;
      boolean ok = n.percentile(95) < doel && verhouding <= DOEL_VERHOUDING;
      gehaald.put(call, ok);
      uit.append(String.format("  %-46s %-34s %-34s %-8.2f %s%n", call, triple(e), triple(n), verhouding,
          ok ? "yes" : "NO (p95 < " + (int) doel + " ms and <= 1.5x)"));
    }
    uit.append(String.format("  goals met: %d of %d%n%n", gehaald.values().stream().filter(b -> b).count(),
        gehaald.size()));
    return uit.toString();
  }

  private static String triple(Latencies l) {
    return String.format("%.1f / %.1f / %.1f (n=%d)", l.percentile(50), l.percentile(95), l.percentile(99), l.count());
  }

  static List<Integer> sizes(String spec) {
    return FetchBacklog.backlogs(spec);
  }
}
