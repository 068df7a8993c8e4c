package nl.werkcentrum.workers.e2e.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.werkcentrum.workers.e2e.EngineApp;
import nl.werkcentrum.workers.e2e.EngineRest;
import nl.werkcentrum.workers.e2e.load.Latencies;
import nl.werkcentrum.workers.e2e.load.LoadDatabase;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A partner worker's fetch-and-lock as the backlog of its topic grows (issue: national volume): the
 * median of 15 fetches of 5 tasks by {@code worker-uwv} over {@code /engine-rest}, after a warm-up,
 * with each backlog: with the engine's authorization checks on the fetch (as before), the same
 * without revoke checks (a candidate), and as the app runs now (the partner's scope enforced
 * before the engine). The tasks wait in a probe
 * process the partner is granted like the trajectory, created through the engine's own API, and
 * the planner's statistics are refreshed ({@code ANALYZE}) before each measurement.
 */
final class FetchBacklog {

  static final String TOPIC = "uwv.uitkering-controleren";
  static final String PROBE = "fetch-backlog-probe";
  static final int PER_INSTANCE = 100;

  private FetchBacklog() {
  }

  static String measure(List<Integer> backlogs, String database) {
    StringBuilder uit = new StringBuilder("Partner fetch-and-lock against the backlog of its topic (median of 15 "
        + "fetches of 5 tasks, ms)\n");
    Map<Integer, Double> voor = run(backlogs, database, "engine authorization (before)",
        "--werkcentrum.security.partner-ophalen-met-engine-autorisatie=true");
    // a candidate: the engine's checks without looking for revoke authorizations (four eyes uses them)
    Map<Integer, Double> zonderRevoke = run(backlogs, database, "engine authorization, revokes never checked",
        "--werkcentrum.security.partner-ophalen-met-engine-autorisatie=true",
        "--camunda.bpm.generic-properties.properties.authorization-check-revokes=never");
    Map<Integer, Double> na = run(backlogs, database, "scope enforced at the door (now)",
        "--werkcentrum.security.partner-ophalen-met-engine-autorisatie=false");
    uit.append(String.format("  %-10s %-32s %-32s %-32s%n", "waiting", "engine authorization (before)",
        "same, revokes never checked", "scope enforced at the door (now)"));
    for (int backlog : backlogs) {
      uit.append(String.format("  %-10d %-32.1f %-32.1f %-32.1f%n", backlog, voor.get(backlog),
          zonderRevoke.get(backlog), na.get(backlog)));
    }
    int klein = backlogs.get(0);
    int groot = backlogs.get(backlogs.size() - 1);
    uit.append(String.format("  ratio %d/%d waiting: before %.2f, revokes never checked %.2f, now %.2f%n%n", groot,
        klein, voor.get(groot) / voor.get(klein), zonderRevoke.get(groot) / zonderRevoke.get(klein),
        na.get(groot) / na.get(klein)));
    return uit.toString();
  }

  private static Map<Integer, Double> run(List<Integer> backlogs, String database, String naam, String... appArgs) {
    LoadDatabase db = LoadDatabase.fresh(database);
    EngineApp app = EngineApp.startOn(db.name(), Path.of("target", "benchmark", "fetch-data").toAbsolutePath(),
        appArgs);
    try {
      deployProbe(app);
      EngineRest uwv = new EngineRest(app.engineRestUrl(), "worker-uwv", "demo");
      ExternalTaskService externalTasks = app.bean(ExternalTaskService.class);
      Map<Integer, Double> medianen = new LinkedHashMap<>();
      for (int backlog : backlogs) {
        long wachtend = externalTasks.createExternalTaskQuery().topicName(TOPIC).notLocked().count();
        for (long aanwezig = wachtend; aanwezig < backlog; aanwezig += PER_INSTANCE) {
          app.bean(RuntimeService.class).startProcessInstanceByKey(PROBE, Map.of("aantal", PER_INSTANCE));
        }
        db.execute("analyze");
        Latencies fetches = new Latencies();
        for (int i = 0; i < 20; i++) {
          long t0 = System.nanoTime();
          int gekregen = uwv.post("/external-task/fetchAndLock", fetch()).size();
          long t1 = System.nanoTime();
          if (gekregen != 5) {
            throw new IllegalStateException("fetch gave " + gekregen + " tasks instead of 5");
          }
          if (i >= 5) {
            fetches.addNanos(t1 - t0);
          }
        }
        medianen.put(backlog, fetches.percentile(50));
        System.out.printf("  fetch: %d waiting, %s: %s%n", backlog, naam, fetches.summary());
      }
      return medianen;
    } finally {
      app.close();
    }
  }

  /** One external task per parallel branch: {@code aantal} waiting tasks from one start. */
  private static void deployProbe(EngineApp app) {
    BpmnModelInstance probe = Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1)
        .startEvent()
        .serviceTask("Controleren").camundaExternalTask(TOPIC)
        .multiInstance().parallel().cardinality("${aantal}").multiInstanceDone()
        .endEvent().done();
    app.bean(RepositoryService.class).createDeployment().addModelInstance(PROBE + ".bpmn", probe).deploy();
    // granted as the trajectory is, so the engine's checks have the same rows to join
    AuthorizationService authorizations = app.bean(AuthorizationService.class);
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId("worker-uwv");
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId(PROBE);
    grant.addPermission(ProcessDefinitionPermissions.READ);
    grant.addPermission(ProcessDefinitionPermissions.READ_INSTANCE);
    grant.addPermission(ProcessDefinitionPermissions.UPDATE_INSTANCE);
    authorizations.saveAuthorization(grant);
  }

  /** As the partner workers ask: five tasks, highest priority and then oldest first. */
  private static ObjectNode fetch() {
    ObjectNode body = new ObjectMapper().createObjectNode().put("workerId", "fetch-backlog").put("maxTasks", 5)
        .put("usePriority", true);
    body.putArray("sorting").addObject().put("sortBy", "createTime").put("sortOrder", "asc");
    ObjectNode topic = body.putArray("topics").addObject().put("topicName", TOPIC).put("lockDuration", 600_000);
    topic.putArray("variables");
    return body;
  }

  static List<Integer> backlogs(String spec) {
    List<Integer> lijst = new ArrayList<>();
    for (String deel : spec.split(",")) {
      lijst.add(Integer.parseInt(deel.strip()));
    }
    return lijst;
  }
}
