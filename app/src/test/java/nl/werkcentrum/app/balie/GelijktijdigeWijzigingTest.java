package nl.werkcentrum.app.balie;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.werkcentrum.app.support.Botsing;
import nl.werkcentrum.app.support.TrajectDriver;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two commands that change one process instance at once: the one that loses its optimistic lock
 * gets a 409 problem+json in Dutch, on the engine REST API and on Tasklist's own API, and nothing of
 * it is written; sending it again succeeds. The collision is made certain, not left to timing: the
 * task's complete listener has another thread change the instance and commit first.
 */
@ActiveProfiles("demo")
@Import(Botsing.Config.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:gelijktijdig;DB_CLOSE_DELAY=-1")
class GelijktijdigeWijzigingTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WACHTWOORD = "geheim-beheer";

  @Autowired
  TestRestTemplate http;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  Botsing botsing;

  @Autowired
  TrajectDriver driver;

  private String beheerder;

  @LocalServerPort
  int port;

  @BeforeEach
  void deploy() {
    beheerder = driver.gebruiker("beheerder", WACHTWOORD, "camunda-admin");
    Botsing.deploy(repositoryService);
  }

  @Test
  void theEngineRestApiAnswersACollisionWithA409AndASecondTrySucceeds() {
    String taak = taak();
    botsing.volgende();

    ResponseEntity<JsonNode> botst = http.withBasicAuth(beheerder, WACHTWOORD)
        .postForEntity("/engine-rest/task/" + taak + "/complete", Map.of(), JsonNode.class);
    assertThat(botst.getStatusCode().value()).as(String.valueOf(botst.getBody())).isEqualTo(409);
    assertThat(botst.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(botst.getBody().path("message").asText()).contains("op hetzelfde moment").contains("opnieuw");
    assertThat(botst.getBody().path("code").asInt()).as("the engine's code for a lost optimistic lock").isEqualTo(1);
    assertThat(taskService.createTaskQuery().taskId(taak).count()).as("nothing of it was written").isOne();

    assertThat(http.withBasicAuth(beheerder, WACHTWOORD).postForEntity("/engine-rest/task/" + taak + "/complete",
        Map.of(), String.class).getStatusCode().value()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(taak).count()).isZero();
  }

  @Test
  void tasklistShowsTheCollisionInDutch() throws Exception {
    String taak = taak();
    var cookies = new CookieManager();
    var client = HttpClient.newBuilder().cookieHandler(cookies).build();
    client.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    var login = client.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrf(cookies))
        .POST(HttpRequest.BodyPublishers.ofString("username=" + beheerder + "&password=" + WACHTWOORD))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    client.send(HttpRequest.newBuilder(url("/camunda/api/engine/engine/default/task/" + taak)).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    botsing.volgende();

    var botst = client.send(HttpRequest.newBuilder(url("/camunda/api/engine/engine/default/task/" + taak
        + "/submit-form")).header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf(cookies))
        .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{}}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(botst.statusCode()).as(botst.body()).isEqualTo(409);
    assertThat(JSON.readTree(botst.body()).path("message").asText()).contains("op hetzelfde moment");
    assertThat(taskService.createTaskQuery().taskId(taak).count()).isOne();
  }

  @Test
  void otherFailuresKeepTheEnginesOwnAnswer() {
    ResponseEntity<JsonNode> onbekend = http.withBasicAuth(beheerder, WACHTWOORD)
        .postForEntity("/engine-rest/process-definition/key/bestaat-niet/start", Map.of(), JsonNode.class);
    assertThat(onbekend.getStatusCode().value()).isEqualTo(404);
    assertThat(onbekend.getBody().path("type").asText()).isEqualTo("RestException");
  }

  private String taak() {
    String pi = runtimeService.startProcessInstanceByKey(Botsing.PROCES, Map.of("toegewezen", beheerder)).getId();
    return taskService.createTaskQuery().processInstanceId(pi).singleResult().getId();
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String csrf(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).reduce((eerste, laatste) -> laatste).orElseThrow().getValue();
  }
}
