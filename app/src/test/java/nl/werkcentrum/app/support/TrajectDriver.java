package nl.werkcentrum.app.support;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.UUID;

/**
 * Plays the people and partners before a step under test: the gids's intake, UWV's and the
 * gemeente's checks, the consulent's werkplan. Also makes the users a test signs in with.
 */
@Component
public class TrajectDriver {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ExternalTaskService externalTaskService;
  private final IdentityService identityService;

  public TrajectDriver(RuntimeService runtimeService, TaskService taskService,
      ExternalTaskService externalTaskService, IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.externalTaskService = externalTaskService;
    this.identityService = identityService;
  }

  /** A new AMR15 trajectory of a person with WW, waiting for the budget holder; its instance id. */
  public String totBudgetBeoordeling(long bedrag) {
    String pi = runtimeService.startProcessInstanceByKey("werkcentrum-traject",
        Map.of("bsn", TestBsn.random(), "regio", "AMR15")).getId();
    taskService.complete(wachtOpTaak(pi, "Intake"), Map.of("werksituatie", "WERKZOEKEND",
        "doelgroep", "GEEN", "sector", "ZORG", "intakeVerslag", "verslag"));
    String trajectId = runtimeService.createProcessInstanceQuery().processInstanceId(pi)
        .singleResult().getBusinessKey();
    extern(trajectId, "uwv.uitkering-controleren", Map.of("uwvUitkering", "WW"));
    extern(trajectId, "gemeente.uitkering-controleren", Map.of("gemeenteUitkering", "GEEN"));
    taskService.complete(wachtOpTaak(pi, "WerkplanOpstellen"), Map.of("activiteiten", "Training",
        "scholingNodig", false, "budgetBedrag", bedrag));
    return pi;
  }

  /**
   * A new AMR15 trajectory whose budget of {@code bedrag} (at most the automatic threshold) was
   * approved and referred to UWV, waiting for the consulent to confirm vacancy VAC-1.
   */
  public String totPlaatsingBevestigen(long bedrag) {
    String pi = totBudgetBeoordeling(bedrag);
    String trajectId = runtimeService.createProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey();
    extern(trajectId, "uwv.verwijzen", Map.of("verwijzingKenmerk", "V-1"));
    extern(trajectId, "sociale-partners.vacatures-matchen", Map.of("vacatureGevonden", true,
        "vacatureId", "VAC-1", "werkgever", "Zorggroep Amstel", "functie", "Verzorgende IG"));
    wachtOpTaak(pi, "PlaatsingBevestigen");
    return pi;
  }

  /** Waits for the task: the steps before it may still run on the job executor. */
  public String wachtOpTaak(String processInstanceId, String key) {
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      var task = taskService.createTaskQuery().processInstanceId(processInstanceId)
          .taskDefinitionKey(key).singleResult();
      if (task != null) {
        return task.getId();
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("no task " + key + " within 30 s");
  }

  /** A user of its own per test run: the database may be shared with earlier runs. */
  public String gebruiker(String prefix, String password, String... groups) {
    String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    var user = identityService.newUser(id);
    user.setPassword(password);
    identityService.saveUser(user);
    for (String group : groups) {
      identityService.createMembership(id, group);
    }
    return id;
  }

  /** Completes the partner's external task once the job executor has created it. */
  public void extern(String trajectId, String topic, Map<String, Object> resultaat) {
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      var taken = externalTaskService.fetchAndLock(1, "test").topic(topic, 10_000).businessKey(trajectId).execute();
      if (!taken.isEmpty()) {
        externalTaskService.complete(taken.get(0).getId(), "test", resultaat);
        return;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("no external task " + topic + " within 30 s");
  }
}
