package nl.werkcentrum.app;

import com.fasterxml.jackson.databind.JsonNode;
import nl.werkcentrum.app.security.WerkcentrumRoles;
import nl.werkcentrum.app.support.PostgresTest;
import nl.werkcentrum.app.support.TrajectDriver;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  TrajectDriver driver;

  @Test
  void theFirstApproverCannotClaimOrCompleteTheSecondApproval() {
    String eerste = budgethouder("bh1");
    String tweede = budgethouder("bh2");
    String traject = driver.totBudgetBeoordeling(7_500L);
    String budgetProces = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(traject).singleResult().getId();

    String eersteTaak = driver.wachtOpTaak(budgetProces, "BudgetBeoordelen");
    assertThat(post(eerste, "/engine-rest/task/" + eersteTaak + "/claim", Map.of("userId", eerste)))
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(post(eerste, "/engine-rest/task/" + eersteTaak + "/complete", goedkeuring()))
        .isEqualTo(HttpStatus.NO_CONTENT);

    String tweedeTaak = driver.wachtOpTaak(budgetProces, "BudgetTweedeBeoordeling");
    assertThat(post(eerste, "/engine-rest/task/" + tweedeTaak + "/claim", Map.of("userId", eerste)))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(eerste, "/engine-rest/task/" + tweedeTaak + "/complete", goedkeuring()))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(tweedeTaak).singleResult()).isNotNull();
    // nor may an administrator hand it to them: a 403 with the reason, not the listener's 500
    String admin = driver.gebruiker("beheerder", PASSWORD, "camunda-admin");
    for (String actie : new String[] {"assignee", "claim", "delegate"}) {
      var antwoord = http.withBasicAuth(admin, PASSWORD).postForEntity("/engine-rest/task/" + tweedeTaak + "/" + actie,
          Map.of("userId", eerste), JsonNode.class);
      assertThat(antwoord.getStatusCode().value()).as(actie).isEqualTo(403);
      assertThat(antwoord.getBody().path("detail").asText()).startsWith("Vier ogen:");
    }
    assertThat(taskService.createTaskQuery().taskId(tweedeTaak).singleResult().getAssignee()).isNull();

    assertThat(post(tweede, "/engine-rest/task/" + tweedeTaak + "/claim", Map.of("userId", tweede)))
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(post(tweede, "/engine-rest/task/" + tweedeTaak + "/complete", tweedeGoedkeuring()))
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(budgetProces).count()).isZero();
  }

  private static Map<String, Object> goedkeuring() {
    return Map.of("variables", Map.of(
        "budgetGoedgekeurd", Map.of("value", true, "type", "Boolean"),
        "budgetToelichting", Map.of("value", "Akkoord", "type", "String")));
  }

  private static Map<String, Object> tweedeGoedkeuring() {
    return Map.of("variables", Map.of(
        "tweedeBesluit", Map.of("value", "GOEDGEKEURD", "type", "String"),
        "tweedeToelichting", Map.of("value", "Ook akkoord", "type", "String")));
  }

  private HttpStatus post(String user, String path, Object body) {
    return HttpStatus.valueOf(http.withBasicAuth(user, PASSWORD).postForEntity(path, body, String.class)
        .getStatusCode().value());
  }

  private String budgethouder(String prefix) {
    return driver.gebruiker(prefix, PASSWORD, WerkcentrumRoles.regionGroup("budgethouder", "AMR15"),
        WerkcentrumRoles.MEDEWERKERS);
  }

}
