package nl.werkcentrum.app.balie;

import com.fasterxml.jackson.databind.JsonNode;
import nl.werkcentrum.app.support.TestBsn;
import nl.werkcentrum.app.support.TrajectDriver;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker who acts on a task that is gone (a double click, a colleague who was first) gets a
 * 404 in Dutch, never the engine's 500; Tasklist asks for the task's form, variables and links
 * when it shows a task, and each of those failed with a 500 once the task was completed.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:formvelden;DB_CLOSE_DELAY=-1")
class VerdwenenTaakTest {

  private static final Map<String, Object> INTAKE = Map.of("variables", Map.of(
      "werksituatie", Map.of("value", "WERKZOEKEND"), "doelgroep", Map.of("value", "GEEN"),
      "sector", Map.of("value", "ZORG"), "intakeVerslag", Map.of("value", "Gesprek gevoerd")));

  @Autowired
  TestRestTemplate http;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  TrajectDriver driver;

  @Test
  void aTaskAlreadyCompletedIsA404NotAServerError() {
    String taak = intake();
    assertThat(post("/complete", taak, INTAKE).getStatusCode().value()).isEqualTo(204);

    ResponseEntity<JsonNode> nogmaals = post("/complete", taak, INTAKE);
    assertThat(nogmaals.getStatusCode().value()).isEqualTo(404);
    assertThat(nogmaals.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(nogmaals.getBody().path("message").asText()).contains("al afgerond");

    for (String taakId : new String[] {taak, UUID.randomUUID().toString()}) {
      for (String pad : new String[] {"/submit-form", "/resolve", "/claim", "/unclaim", "/assignee", "/delegate"}) {
        assertThat(post(pad, taakId, Map.of("userId", "gids.amr15")).getStatusCode().value()).as(pad).isEqualTo(404);
      }
      for (String pad : new String[] {"/form", "/deployed-form", "/rendered-form", "/form-variables", "/variables",
          "/variables/regio", "/localVariables", "/identity-links"}) {
        assertThat(http.withBasicAuth("gids.amr15", "demo").exchange("/engine-rest/task/" + taakId + pad,
            HttpMethod.GET, null, String.class).getStatusCode().value()).as(pad).isEqualTo(404);
      }
    }
  }

  @Test
  void aLiveTaskAndAGoneTasksCommentsAreTheEnginesToAnswer() {
    String taak = intake();
    assertThat(http.withBasicAuth("gids.amr15", "demo").getForEntity("/engine-rest/task/" + taak + "/form",
        String.class).getStatusCode().value()).isEqualTo(200);
    assertThat(post("/complete", taak, INTAKE).getStatusCode().value()).isEqualTo(204);
    // comments outlive their task: the engine looks for them in the history and answers itself
    ResponseEntity<String> commentaar = http.withBasicAuth("gids.amr15", "demo").getForEntity(
        "/engine-rest/task/" + taak + "/comment", String.class);
    assertThat(commentaar.getStatusCode().is5xxServerError()).isFalse();
    assertThat(commentaar.getBody()).doesNotContain("al afgerond");
  }

  @Test
  void whoHasNotLoggedInLearnsNothingAboutWhichTasksExist() {
    assertThat(http.postForEntity("/engine-rest/task/" + UUID.randomUUID() + "/complete", Map.of(), String.class)
        .getStatusCode().value()).isEqualTo(401);
    assertThat(http.getForEntity("/camunda/api/engine/engine/default/task/" + UUID.randomUUID() + "/form",
        String.class).getStatusCode().value()).isEqualTo(401);
  }

  private String intake() {
    String pi = runtimeService.startProcessInstanceByKey("werkcentrum-traject",
        Map.of("bsn", TestBsn.random(), "regio", "AMR15")).getId();
    return driver.wachtOpTaak(pi, "Intake");
  }

  private ResponseEntity<JsonNode> post(String pad, String taak, Object body) {
    return http.withBasicAuth("gids.amr15", "demo").postForEntity("/engine-rest/task/" + taak + pad, body,
        JsonNode.class);
  }
}
