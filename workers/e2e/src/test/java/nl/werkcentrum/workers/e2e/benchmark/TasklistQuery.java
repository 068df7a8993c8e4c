package nl.werkcentrum.workers.e2e.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.werkcentrum.workers.e2e.EngineApp;
import nl.werkcentrum.workers.e2e.EngineRest;
import nl.werkcentrum.workers.e2e.load.Latencies;
import nl.werkcentrum.workers.e2e.load.LoadDatabase;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tasklist's inbox with many open tasks: {@code open} trajectories in all 35 regions wait at
 * their intake (started at the intake itself, without the sign-up's listeners, to fill the inbox
 * fast); a gids of one region then opens the shared filter "Taken van mijn groepen" as Tasklist does
 * (first page of 15, newest first, and the count), with the engine's authorization checks on.
 */
final class TasklistQuery {

  private TasklistQuery() {
  }

  static String measure(int open, String database) throws Exception {
    LoadDatabase db = LoadDatabase.fresh(database);
    EngineApp app = EngineApp.startOn(db.name(), Path.of("target", "benchmark", "tasklist-data").toAbsolutePath());
    try {
      RuntimeService runtime = app.bean(RuntimeService.class);
      AtomicInteger done = new AtomicInteger();
      long start = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(2);
      for (int i = 0; i < open; i++) {
        String regio = String.format("AMR%02d", i % 35 + 1);
        pool.submit(() -> {
          // straight to the intake, as after a sign-up; the sign-up's own work is not what is measured here
          String traject = UUID.randomUUID().toString();
          runtime.createProcessInstanceByKey("werkcentrum-traject").businessKey(traject)
              .setVariable("regio", regio).setVariable("kanaal", "WERKCENTRUM")
              .startBeforeActivity("Intake").execute(true, false);
          if (done.incrementAndGet() % 10_000 == 0) {
            System.out.printf("  tasklist: %d of %d intakes open after %.0f s%n", done.get(), open,
                (System.nanoTime() - start) / 1e9);
          }
        });
      }
      pool.shutdown();
      pool.awaitTermination(3, TimeUnit.HOURS);
      long openTasks = app.bean(TaskService.class).createTaskQuery().count();

      IdentityService identity = app.bean(IdentityService.class);
      String gids = "load-gids-" + UUID.randomUUID().toString().substring(0, 6);
      String password = UUID.randomUUID().toString();
      var user = identity.newUser(gids);
      user.setPassword(password);
      identity.saveUser(user);
      identity.createMembership(gids, "gids-AMR15");
      identity.createMembership(gids, "werkcentrum-medewerkers");
      String filter = app.bean(FilterService.class).createFilterQuery().filterName("Taken van mijn groepen")
          .singleResult().getId();

      EngineRest rest = new EngineRest(app.engineRestUrl(), gids, password);
      ObjectNode body = new ObjectMapper().createObjectNode();
      body.putArray("sorting").addObject().put("sortBy", "created").put("sortOrder", "desc");
      Latencies list = new Latencies();
      Latencies count = new Latencies();
      int seen = 0;
      for (int i = 0; i < 45; i++) {
        long t0 = System.nanoTime();
        seen = rest.post("/filter/" + filter + "/list?firstResult=0&maxResults=15", body).size();
        long t1 = System.nanoTime();
        long c = rest.post("/filter/" + filter + "/count", body).get("count").asLong();
        long t2 = System.nanoTime();
        if (i >= 5) { // the first calls warm up the JIT and the caches
          list.addNanos(t1 - t0);
          count.addNanos(t2 - t1);
        }
        if (i == 0) {
          System.out.printf("  tasklist: the gids of AMR15 sees %d of %d open tasks%n", c, openTasks);
        }
      }
      return String.format("""
          Tasklist with %d open tasks (%d trajectories started in %.0f s), gids of one region, filter "Taken van mijn groepen"
            first page (%d tasks)        %s
            count                      %s
          %n""", openTasks, open, (System.nanoTime() - start) / 1e9, seen, list.summary(), count.summary());
    } finally {
      app.close();
    }
  }
}
