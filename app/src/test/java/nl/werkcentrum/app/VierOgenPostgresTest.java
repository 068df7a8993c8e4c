package nl.werkcentrum.app;

import nl.werkcentrum.app.security.WerkcentrumRoles;
import nl.werkcentrum.app.support.PostgresTest;
import nl.werkcentrum.app.support.TestBsn;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The second budget approval can never be done by the first approver: the engine refuses it. */
@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VierOgenPostgresTest {

  static final String PASSWORD = UUID.randomUUID().toString();

  @Autowired
  TestRestTemplate http;

  @Autowired
  IdentityService identityService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  ExternalTaskService externalTaskService;

  @Test
  void theFirstApproverCannotClaimOrCompleteTheSecondApproval() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String eerste = budgethouder("bh1-" + run);
    String tweede = budgethouder("bh2-" + run);
    ProcessInstance traject = totBudgetaanvraag(7_500L);
    String budgetProces = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(traject.getId()).singleResult().getId();

    String eersteTaak = taak(budgetProces, "BudgetBeoordelen");
    assertThat(post(eerste, "/engine-rest/task/" + eersteTaak + "/claim", Map.of("userId", eerste)))
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(post(eerste, "/engine-rest/task/" + eersteTaak + "/complete", goedkeuring()))
        .isEqualTo(HttpStatus.NO_CONTENT);

    String tweedeTaak = taak(budgetProces, "BudgetTweedeBeoordeling");
    assertThat(post(eerste, "/engine-rest/task/" + tweedeTaak + "/claim", Map.of("userId", eerste)))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(eerste, "/engine-rest/task/" + tweedeTaak + "/complete", goedkeuring()))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(tweedeTaak).singleResult()).isNotNull();

    assertThat(post(tweede, "/engine-rest/task/" + tweedeTaak + "/claim", Map.of("userId", tweede)))
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(post(tweede, "/engine-rest/task/" + tweedeTaak + "/complete", goedkeuring()))
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(budgetProces).count()).isZero();
  }

  private ProcessInstance totBudgetaanvraag(long bedrag) {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey("werkcentrum-traject",
        Map.of("bsn", TestBsn.random(), "regio", "AMR15"));
    taskService.complete(taak(pi.getId(), "Intake"), Map.of("werksituatie", "WERKZOEKEND",
        "doelgroep", "GEEN", "sector", "ZORG", "intakeVerslag", "verslag"));
    extern(pi, "uwv.uitkering-controleren", Map.of("uwvUitkering", "WW"));
    extern(pi, "gemeente.uitkering-controleren", Map.of("gemeenteUitkering", "GEEN"));
    taskService.complete(taak(pi.getId(), "WerkplanOpstellen"), Map.of("activiteiten", "Training",
        "scholingNodig", false, "budgetBedrag", bedrag));
    return pi;
  }

  private void extern(ProcessInstance pi, String topic, Map<String, Object> resultaat) {
    String trajectId = runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId())
        .singleResult().getBusinessKey();
    var task = externalTaskService.fetchAndLock(1, "test").topic(topic, 10_000)
        .businessKey(trajectId).execute().get(0);
    externalTaskService.complete(task.getId(), "test", resultaat);
  }

  /** Waits for the task: the steps before it may run on the job executor. */
  private String taak(String processInstanceId, String key) {
    long deadline = System.currentTimeMillis() + 30_000;
    while (true) {
      var task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key)
          .singleResult();
      if (task != null) {
        return task.getId();
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("no task " + key + " within 30 s");
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static Map<String, Object> goedkeuring() {
    return Map.of("variables", Map.of(
        "budgetGoedgekeurd", Map.of("value", true, "type", "Boolean"),
        "budgetToelichting", Map.of("value", "Akkoord", "type", "String")));
  }

  private HttpStatus post(String user, String path, Object body) {
    return HttpStatus.valueOf(http.withBasicAuth(user, PASSWORD).postForEntity(path, body, String.class)
        .getStatusCode().value());
  }

  private String budgethouder(String id) {
    var user = identityService.newUser(id);
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(id, WerkcentrumRoles.regionGroup("budgethouder", "AMR15"));
    identityService.createMembership(id, WerkcentrumRoles.MEDEWERKERS);
    return id;
  }
}
