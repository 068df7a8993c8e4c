package nl.werkcentrum.workers.e2e.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.werkcentrum.workers.e2e.EngineApp;
import nl.werkcentrum.workers.e2e.EngineRest;
import nl.werkcentrum.workers.e2e.load.Keuzes;
import nl.werkcentrum.workers.e2e.load.Latencies;
import nl.werkcentrum.workers.e2e.load.Persoon;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * New people of one region walked one after the other through the everyday calls, each timed as
 * its caller makes it over HTTP: the sign-up through the gemeente's door, the gids's inbox (the
 * shared filter "Taken van mijn groepen", first page and count) and the intake, the UWV system's
 * fetch-and-lock, the consulent claiming and completing the werkplan, reading the trajectory
 * through our API, and the Regionaal Beraad report of the region for the year. What only moves
 * the person along (the partners' answers) goes through the Java API, untimed.
 */
final class Proefpersonen {

  static final String RAPPORT = "Regionaal Beraad report, one region, one year";
  private static final String REGIO = "AMR15";
  private static final String UWV_TOPIC = "uwv.uitkering-controleren";
  private static final String GEMEENTE_TOPIC = "gemeente.uitkering-controleren";
  private static final int WARM_UP = 10;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final EngineApp app;
  private final EngineRest gemeente;
  private final EngineRest uwv;
  private final EngineRest gids;
  private final EngineRest consulent;
  private final EngineRest coordinator;
  private final String filter;
  /** New people every run: a kept population already holds the ones an earlier run signed up. */
  private long seed = System.currentTimeMillis();

  Proefpersonen(EngineApp app) {
    this.app = app;
    String engine = app.engineRestUrl();
    String api = engine.substring(0, engine.length() - "/engine-rest".length());
    gemeente = new EngineRest(api, "worker-gemeente", "demo");
    uwv = new EngineRest(engine, "worker-uwv", "demo");
    gids = new EngineRest(engine, "gids.amr15", "demo");
    consulent = new EngineRest(engine, "consulent.uwv.amr15", "demo");
    coordinator = new EngineRest(api, "coordinator.amr15", "demo");
    filter = app.bean(FilterService.class).createFilterQuery().filterName("Taken van mijn groepen").singleResult().getId();
  }

  Map<String, Latencies> meet(int probes, String label) {
    Map<String, Latencies> tijden = new LinkedHashMap<>();
    List<Persoon> mensen = Persoon.populatie(probes + WARM_UP, seed++);
    String api = gemeente.baseUrl();
    EngineRest consulentApi = new EngineRest(api, "consulent.uwv.amr15", "demo");
    for (int i = 0; i < mensen.size(); i++) {
      boolean telt = i >= WARM_UP;
      ObjectNode aanmelding = JSON.createObjectNode().put("bsn", mensen.get(i).bsn()).put("regio", REGIO)
          .put("kanaal", "GEMEENTE");
      String traject = tijd(tijden, telt, "sign-up (POST /api/aanmeldingen)",
          () -> gemeente.post("/api/aanmeldingen", aanmelding)).get("trajectId").asText();

      ObjectNode sortering = JSON.createObjectNode();
      sortering.putArray("sorting").addObject().put("sortBy", "created").put("sortOrder", "desc");
      tijd(tijden, telt, "gids: \"Taken van mijn groepen\", first page",
          () -> gids.post("/filter/" + filter + "/list?firstResult=0&maxResults=15", sortering));
      tijd(tijden, telt, "gids: \"Taken van mijn groepen\", count",
          () -> gids.post("/filter/" + filter + "/count", sortering));
      String intake = taak(gids, traject, "Intake");
      tijd(tijden, telt, "gids claims and completes the intake", () -> {
        gids.post("/task/" + intake + "/claim", JSON.createObjectNode().put("userId", "gids.amr15"));
        gids.completeTask(intake, Keuzes.formulier("Intake", traject));
        return null;
      });

      JsonNode gehaald = tijd(tijden, telt, "partner fetch-and-lock (worker-uwv, 5 tasks)",
          () -> uwv.post("/external-task/fetchAndLock", fetch(UWV_TOPIC)));
      beantwoordUitkeringen(traject, gehaald);

      String werkplan = taak(consulent, traject, "WerkplanOpstellen");
      tijd(tijden, telt, "consulent claims and completes the werkplan", () -> {
        consulent.post("/task/" + werkplan + "/claim", JSON.createObjectNode().put("userId", "consulent.uwv.amr15"));
        consulent.completeTask(werkplan, Keuzes.formulier("WerkplanOpstellen", traject));
        return null;
      });
      tijd(tijden, telt, "read the trajectory (GET /api/trajecten/{id})",
          () -> consulentApi.get("/api/trajecten/" + traject));
      if (i % 4 == 0) {
        int jaar = java.time.Year.now().getValue();
        tijd(tijden, telt, RAPPORT, () -> coordinator.get("/api/regios/" + REGIO + "/rapportage?van=" + jaar
            + "-01-01&tot=" + jaar + "-12-31"));
      }
      if (i == mensen.size() - 1 || (i + 1) % 50 == 0) {
        System.out.printf("  national volume (%s): %d of %d people walked through%n", label, i + 1, mensen.size());
      }
    }
    return tijden;
  }

  /**
   * The UWV and gemeente checks answered as their registers would (WW: UWV has the regie). The
   * timed fetch took the oldest waiting tasks, at national volume other people's: those go back
   * unlocked, untouched.
   */
  private void beantwoordUitkeringen(String traject, JsonNode gehaald) {
    ExternalTaskService externeTaken = app.bean(ExternalTaskService.class);
    for (JsonNode taak : gehaald) {
      externeTaken.unlock(taak.get("id").asText());
    }
    List<LockedExternalTask> eigen = externeTaken.fetchAndLock(2, "proefpersonen")
        .topic(UWV_TOPIC, 60_000).businessKey(traject)
        .topic(GEMEENTE_TOPIC, 60_000).businessKey(traject)
        .execute();
    for (LockedExternalTask taak : eigen) {
      externeTaken.complete(taak.getId(), "proefpersonen", taak.getTopicName().equals(UWV_TOPIC)
          ? Map.of("uwvUitkering", "WW") : Map.of("gemeenteUitkering", "GEEN"));
    }
  }

  /** The person's open task of this kind, as the caller's inbox shows it once the engine made it. */
  private static String taak(EngineRest als, String traject, String key) {
    for (int poging = 0; poging < 100; poging++) {
      List<JsonNode> taken = als.list("/task?processInstanceBusinessKey=" + traject + "&taskDefinitionKey=" + key);
      if (!taken.isEmpty()) {
        return taken.get(0).get("id").asText();
      }
      Benchmark.sleep(100);
    }
    throw new IllegalStateException("no " + key + " task for trajectory " + traject);
  }

  private static ObjectNode fetch(String topic) {
    ObjectNode body = JSON.createObjectNode().put("workerId", "national-volume").put("maxTasks", 5).put("usePriority", true);
    body.putArray("sorting").addObject().put("sortBy", "createTime").put("sortOrder", "asc"); // as the workers ask
    body.putArray("topics").addObject().put("topicName", topic).put("lockDuration", 600_000).putArray("variables");
    return body;
  }

  private static <T> T tijd(Map<String, Latencies> tijden, boolean telt, String call, Supplier<T> aanroep) {
    long t0 = System.nanoTime();
    T antwoord = aanroep.get();
    if (telt) {
      tijden.computeIfAbsent(call, c -> new Latencies()).addNanos(System.nanoTime() - t0);
    }
    return antwoord;
  }
}
