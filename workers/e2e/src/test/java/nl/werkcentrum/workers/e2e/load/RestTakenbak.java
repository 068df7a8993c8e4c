package nl.werkcentrum.workers.e2e.load;

import nl.werkcentrum.workers.e2e.EngineRest;

import java.util.List;
import java.util.Map;

/**
 * The inbox through the engine REST API, as Tasklist uses it: a task query per task kind and a
 * complete with the form's variables. The second budget approval goes out as another user.
 */
public final class RestTakenbak implements Takenbak {

  private final Nodes caseworker;
  private final Nodes secondApprover;

  public RestTakenbak(Nodes caseworker, Nodes secondApprover) {
    this.caseworker = caseworker;
    this.secondApprover = secondApprover;
  }

  @Override
  public List<Taak> open(String taskKey, int max) {
    // the first budget holder does not even see the second review (four eyes): its reviewer looks
    return door(taskKey).call(rest -> rest.list("/task?taskDefinitionKey=" + taskKey + "&maxResults=" + max
            + "&sortBy=created&sortOrder=asc")).stream()
        .map(t -> new Taak(t.get("id").asText(), taskKey, t.get("processInstanceId").asText()))
        .toList();
  }

  @Override
  public void voltooi(Taak taak, Map<String, Object> formulier) {
    Nodes as = door(taak.key());
    for (int attempt = 1; ; attempt++) {
      try {
        as.call(rest -> {
          rest.completeTask(taak.id(), formulier);
          return null;
        });
        return;
      } catch (EngineRest.Refused e) {
        // a node that died after committing (5xx), or a concurrent change rolled back (409, as the
        // engine API answers a collision): done if the task is gone, otherwise submit again
        if (gone(as, taak)) {
          return;
        }
        if (!(e.status() == 409 || e.status() >= 500) || attempt == 3) {
          throw e;
        }
        Nodes.pause(100L * attempt);
      }
    }
  }

  private Nodes door(String taskKey) {
    return taskKey.equals("BudgetTweedeBeoordeling") ? secondApprover : caseworker;
  }

  private static boolean gone(Nodes nodes, Taak taak) {
    try {
      nodes.call(rest -> rest.get("/task/" + taak.id()));
      return false;
    } catch (EngineRest.Refused e) {
      return e.status() == 404;
    }
  }
}
