package nl.werkcentrum.app;

import nl.werkcentrum.app.security.WerkcentrumRoles;
import nl.werkcentrum.app.support.PostgresTest;
import nl.werkcentrum.app.support.TestBsn;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may see and do what, through the doors people and partner systems really use. */
@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessControlPostgresTest {

  static final String PASSWORD = "geheim-" + UUID.randomUUID();

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  String gidsAmr15;
  String workerUwv;
  String amr15Instance;
  String amr24Instance;

  @BeforeEach
  void twoRegionsWithAnIntakeEach() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    gidsAmr15 = "gids-" + run;
    user(gidsAmr15, WerkcentrumRoles.regionGroup("gids", "AMR15"), WerkcentrumRoles.MEDEWERKERS);
    workerUwv = "uwv-" + run;
    user(workerUwv, "worker-uwv");

    amr15Instance = startTraject("AMR15");
    amr24Instance = startTraject("AMR24");
  }

  @Test
  void gidsSeesOnlyTheIntakeTasksOfTheOwnRegionInTheEngineRestApi() throws Exception {
    assertThat(get(gidsAmr15, "/engine-rest/task?processInstanceId=" + amr15Instance).body())
        .contains(amr15Instance);
    assertThat(get(gidsAmr15, "/engine-rest/task?processInstanceId=" + amr24Instance).body())
        .isEqualTo("[]");
  }

  @Test
  void theSharedTasklistFilterShowsTheTasksOfTheGidsGroups() throws Exception {
    String filters = get(gidsAmr15, "/engine-rest/filter?name=Taken%20van%20mijn%20groepen").body();
    String filterId = filters.replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");

    // the filter's own query, narrowed to this test's two instances
    var tasks = post(gidsAmr15, "/engine-rest/filter/" + filterId + "/list",
        "{\"processInstanceIdIn\":[\"" + amr15Instance + "\",\"" + amr24Instance + "\"]}");

    assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
    assertThat(tasks.body()).contains(amr15Instance).doesNotContain(amr24Instance);
  }

  @Test
  void gidsCannotClaimOrCompleteATaskOfAnotherRegion() throws Exception {
    String amr24Task = taskService.createTaskQuery().processInstanceId(amr24Instance)
        .singleResult().getId();

    var claim = post(gidsAmr15, "/engine-rest/task/" + amr24Task + "/claim",
        "{\"userId\":\"" + gidsAmr15 + "\"}");
    var complete = post(gidsAmr15, "/engine-rest/task/" + amr24Task + "/complete", "{}");

    assertThat(claim.statusCode()).isEqualTo(403);
    assertThat(complete.statusCode()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(amr24Task).singleResult().getAssignee()).isNull();
  }

  @Test
  void gidsSeesOnlyTheOwnRegionInTasklist() throws Exception {
    var cookies = new CookieManager();
    var client = HttpClient.newBuilder().cookieHandler(cookies).build();
    // as the browser does: the page hands out the webapps' CSRF token, the login sends it back
    client.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    String csrfToken = cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
    var login = client.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrfToken)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + gidsAmr15 + "&password=" + PASSWORD))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    String tasks = client.send(HttpRequest.newBuilder(url("/camunda/api/engine/engine/default/task"
            + "?processInstanceIdIn=" + amr15Instance + "," + amr24Instance)).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body();

    assertThat(tasks).contains(amr15Instance).doesNotContain(amr24Instance);
  }

  @Test
  void ourApiShowsATrajectoryAndABudgetToItsOwnRegionOnly() throws Exception {
    String trajectId = runtimeService.createProcessInstanceQuery().processInstanceId(amr15Instance)
        .singleResult().getBusinessKey();
    String gidsAmr24 = "gids24-" + UUID.randomUUID().toString().substring(0, 8);
    user(gidsAmr24, WerkcentrumRoles.regionGroup("gids", "AMR24"), WerkcentrumRoles.MEDEWERKERS);

    assertThat(get(gidsAmr15, "/api/trajecten/" + trajectId).statusCode()).isEqualTo(200);
    assertThat(get(gidsAmr24, "/api/trajecten/" + trajectId).statusCode()).isEqualTo(403);
    assertThat(get(gidsAmr24, "/api/regios/AMR15/budget").statusCode()).isEqualTo(403);
    assertThat(get(gidsAmr24, "/api/regios/AMR15/rapportage?van=2026-01-01&tot=2026-12-31").statusCode())
        .isEqualTo(403);
    assertThat(get(gidsAmr15, "/api/regios/AMR15/rapportage?van=2026-01-01&tot=2026-12-31").statusCode())
        .isEqualTo(200);
    assertThat(get(gidsAmr15, "/api/regios/AMR15/rapportage?van=2026-12-31&tot=2026-01-01").statusCode())
        .isEqualTo(400);
    assertThat(post(gidsAmr15, "/api/regios/AMR15/budget/stortingen",
        "{\"financier\":\"UWV\",\"bedrag\":100}").statusCode()).as("not a budget holder").isEqualTo(403);
  }

  @Test
  void unauthenticatedCallsAreRefused() throws Exception {
    var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("/engine-rest/task")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void partnerWorkerFetchesItsOwnTopicWithItsOwnVariablesOnly() throws Exception {
    assertThat(fetch(workerUwv, "uwv.uitkering-controleren", "[]").statusCode()).isEqualTo(200);
    assertThat(fetch(workerUwv, "uwv.verwijzen", "[\"regio\",\"sector\"]").statusCode()).isEqualTo(200);

    var otherPartnersTopic = fetch(workerUwv, "roc.inschrijven", "[\"regio\"]");
    assertThat(otherPartnersTopic.statusCode()).isEqualTo(403);
    assertThat(otherPartnersTopic.body()).contains("roc.inschrijven");

    // the BSN is no variable a topic may fetch, not even the benefit check's (it asks our API per task)
    assertThat(fetch(workerUwv, "uwv.uitkering-controleren", "[\"bsn\"]").statusCode())
        .as("the BSN").isEqualTo(403);
    assertThat(fetch(workerUwv, "uwv.verwijzen", "[\"regio\",\"doelgroep\"]").statusCode())
        .as("a variable the topic does not need").isEqualTo(403);
    assertThat(fetch(workerUwv, "uwv.uitkering-controleren", "null").statusCode())
        .as("all variables").isEqualTo(403);
  }

  @Test
  void partnerWorkerCannotBrowseTheEngine() throws Exception {
    assertThat(get(workerUwv, "/engine-rest/task").statusCode()).isEqualTo(403);
    assertThat(get(workerUwv, "/engine-rest/external-task").statusCode()).isEqualTo(403);
    assertThat(post(workerUwv, "/engine-rest/message", "{\"messageName\":\"ScholingAfgerond\"}")
        .statusCode()).as("the ROC's message").isEqualTo(403);
  }

  private HttpResponse<String> fetch(String user, String topic, String variables) throws Exception {
    return post(user, "/engine-rest/external-task/fetchAndLock", """
        {"workerId":"test","maxTasks":1,"topics":[{"topicName":"%s","lockDuration":1000,"variables":%s}]}
        """.formatted(topic, variables));
  }

  private String startTraject(String regio) {
    return runtimeService.startProcessInstanceByKey("werkcentrum-traject",
        Map.of("bsn", TestBsn.random(), "regio", regio)).getId();
  }

  private void user(String id, String... groups) {
    var user = identityService.newUser(id);
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    for (String group : groups) {
      identityService.createMembership(id, group);
    }
  }

  private HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
    return send(user, HttpRequest.newBuilder(url(path)).GET());
  }

  private HttpResponse<String> post(String user, String path, String json)
      throws IOException, InterruptedException {
    return send(user, HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> send(String user, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(request.header("Authorization", "Basic " + basic).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
