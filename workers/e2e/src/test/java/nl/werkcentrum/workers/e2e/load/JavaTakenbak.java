package nl.werkcentrum.workers.e2e.load;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;

import java.util.List;
import java.util.Map;

/** The inbox through the engine's Java API in the app's own JVM: the baseline without HTTP. */
public final class JavaTakenbak implements Takenbak {

  private final TaskService tasks;
  private final IdentityService identity;

  public JavaTakenbak(TaskService tasks, IdentityService identity) {
    this.tasks = tasks;
    this.identity = identity;
  }

  @Override
  public List<Taak> open(String taskKey, int max) {
    return tasks.createTaskQuery().taskDefinitionKey(taskKey).orderByTaskCreateTime().asc().listPage(0, max)
        .stream().map(t -> new Taak(t.getId(), taskKey, t.getProcessInstanceId())).toList();
  }

  @Override
  public void voltooi(Taak taak, Map<String, Object> formulier) {
    String user = taak.key().equals("BudgetTweedeBeoordeling") ? "load-tweede-beoordelaar" : "load-behandelaar";
    identity.setAuthentication(user, List.of("camunda-admin"));
    try {
      tasks.complete(taak.id(), formulier);
    } finally {
      identity.clearAuthentication();
    }
  }
}
