package nl.werkcentrum.app.balie;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.werkcentrum.app.support.TestBsn;
import nl.werkcentrum.app.support.TrajectDriver;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker writes only the fields of the task's form, with values of their kind: through the
 * engine REST API and through Tasklist's own API, and never past the form through the variables
 * endpoints. Read-only fields may come back, as Tasklist sends them, but change nothing.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:formvelden;DB_CLOSE_DELAY=-1")
class AlleenFormulierVeldenTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TestRestTemplate http;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  HistoryService historyService;

  @Autowired
  TrajectDriver driver;

  @LocalServerPort
  int port;

  @Test
  void theIntakeRefusesFieldsThatAreNotOnItsForm() {
    String taak = intake();
    String pi = taskService.createTaskQuery().taskId(taak).singleResult().getProcessInstanceId();

    for (String vreemd : new String[] {"regio", "regiepartner"}) {
      Object ervoor = runtimeService.getVariable(pi, vreemd);
      Map<String, Object> velden = intakeVelden();
      velden.put(vreemd, "AMR24");

      ResponseEntity<JsonNode> antwoord = complete("gids.amr15", taak, velden);

      assertThat(antwoord.getStatusCode().value()).isEqualTo(400);
      assertThat(antwoord.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
      assertThat(antwoord.getBody().path("velden").toString()).isEqualTo("[\"" + vreemd + "\"]");
      assertThat(antwoord.getBody().path("detail").asText()).contains("niet op het formulier").contains(vreemd);
      assertThat(taskService.createTaskQuery().taskId(taak).count()).isEqualTo(1);
      assertThat(runtimeService.getVariable(pi, vreemd)).isEqualTo(ervoor);
    }
  }

  @Test
  void aValueOfTheWrongKindOrNotInTheListIsRefused() {
    String taak = intake();

    Map<String, Object> getal = intakeVelden();
    getal.put("doelgroep", 3);
    ResponseEntity<JsonNode> verkeerdeSoort = complete("gids.amr15", taak, getal);
    assertThat(verkeerdeSoort.getStatusCode().value()).isEqualTo(400);
    assertThat(verkeerdeSoort.getBody().path("velden").toString()).isEqualTo("[\"doelgroep\"]");

    Map<String, Object> bakkerij = intakeVelden();
    bakkerij.put("sector", "BAKKERIJ");
    ResponseEntity<JsonNode> buitenLijst = complete("gids.amr15", taak, bakkerij);
    assertThat(buitenLijst.getStatusCode().value()).isEqualTo(400);
    assertThat(buitenLijst.getBody().path("velden").toString()).isEqualTo("[\"sector\"]");
    assertThat(buitenLijst.getBody().path("detail").asText()).contains("niet in de lijst");

    assertThat(taskService.createTaskQuery().taskId(taak).count()).isEqualTo(1);
  }

  @Test
  void aTextLongerThanTheFormAllowsIsRefusedBeforeItReachesAnyTable() {
    String taak = intake();
    Map<String, Object> velden = intakeVelden();
    velden.put("intakeVerslag", "x".repeat(4_001));

    ResponseEntity<JsonNode> antwoord = complete("gids.amr15", taak, velden);
    assertThat(antwoord.getStatusCode().value()).isEqualTo(400);
    assertThat(antwoord.getBody().path("velden").toString()).isEqualTo("[\"intakeVerslag\"]");
    assertThat(antwoord.getBody().path("detail").asText()).contains("langer dan het formulier toestaat");
    assertThat(taskService.createTaskQuery().taskId(taak).count()).isEqualTo(1);

    velden.put("intakeVerslag", "x".repeat(4_000));
    assertThat(complete("gids.amr15", taak, velden).getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void aRequiredFieldLeftEmptyOrLeftOutIsRefusedAsTheFormWould() {
    String taak = intake();

    Map<String, Object> leegVerslag = intakeVelden();
    leegVerslag.put("intakeVerslag", "  ");
    ResponseEntity<JsonNode> leeg = complete("gids.amr15", taak, leegVerslag);
    assertThat(leeg.getStatusCode().value()).isEqualTo(400);
    assertThat(leeg.getBody().path("velden").toString()).isEqualTo("[\"intakeVerslag\"]");
    assertThat(leeg.getBody().path("message").asText()).contains("verplicht, maar niet ingevuld: intakeVerslag");

    Map<String, Object> zonderDoelgroep = intakeVelden();
    zonderDoelgroep.remove("doelgroep");
    assertThat(complete("gids.amr15", taak, zonderDoelgroep).getBody().path("velden").toString())
        .isEqualTo("[\"doelgroep\"]");

    ResponseEntity<JsonNode> niets = http.withBasicAuth("gids.amr15", "demo").postForEntity(
        "/engine-rest/task/" + taak + "/complete", Map.of(), JsonNode.class);
    assertThat(niets.getStatusCode().value()).isEqualTo(400);
    assertThat(niets.getBody().path("velden").toString())
        .isEqualTo("[\"werksituatie\",\"doelgroep\",\"sector\",\"intakeVerslag\"]");
    assertThat(taskService.createTaskQuery().taskId(taak).count()).isEqualTo(1);
  }

  @Test
  void theWerkplanAsksNoMoreBudgetThanTheFormAllows() {
    String taak = werkplanTaak();
    Map<String, Object> velden = new LinkedHashMap<>();
    velden.put("activiteiten", "Sollicitatietraining");
    velden.put("scholingNodig", false);

    velden.put("budgetBedrag", 99_999_999L);
    ResponseEntity<JsonNode> teVeel = complete("consulent.uwv.amr15", taak, velden);
    assertThat(teVeel.getStatusCode().value()).isEqualTo(400);
    assertThat(teVeel.getBody().path("velden").toString()).isEqualTo("[\"budgetBedrag\"]");
    assertThat(teVeel.getBody().path("message").asText())
        .contains("getal buiten de grenzen van het formulier: budgetBedrag (hoogstens 100000)");

    velden.put("budgetBedrag", -5L);
    assertThat(complete("consulent.uwv.amr15", taak, velden).getBody().path("message").asText())
        .contains("budgetBedrag (minstens 0)");
    assertThat(taskService.createTaskQuery().taskId(taak).count()).isEqualTo(1);

    velden.put("budgetBedrag", 100_000L);
    assertThat(complete("consulent.uwv.amr15", taak, velden).getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void aStartFormTakesOnlyItsOwnFieldsOfTheirKind() {
    String start = "/engine-rest/process-definition/key/werkcentrum-traject/submit-form";
    String bsn = TestBsn.random();

    Map<String, Object> getal = Map.of("bsn", Long.parseLong(bsn), "regio", "AMR15");
    ResponseEntity<JsonNode> verkeerdeSoort = http.withBasicAuth("gids.amr15", "demo").postForEntity(start,
        formulier(getal), JsonNode.class);
    assertThat(verkeerdeSoort.getStatusCode().value()).isEqualTo(400);
    assertThat(verkeerdeSoort.getBody().path("velden").toString()).isEqualTo("[\"bsn\"]");

    Map<String, Object> vreemd = new LinkedHashMap<>(Map.of("bsn", bsn, "regio", "AMR15", "regiepartner", "UWV"));
    ResponseEntity<JsonNode> onbekend = http.withBasicAuth("gids.amr15", "demo").postForEntity(start,
        formulier(vreemd), JsonNode.class);
    assertThat(onbekend.getStatusCode().value()).isEqualTo(400);
    assertThat(onbekend.getBody().path("velden").toString()).isEqualTo("[\"regiepartner\"]");

    ResponseEntity<JsonNode> zonderRegio = http.withBasicAuth("gids.amr15", "demo").postForEntity(start,
        formulier(Map.of("bsn", bsn)), JsonNode.class);
    assertThat(zonderRegio.getBody().path("velden").toString()).isEqualTo("[\"regio\"]");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("werkcentrum-traject")
        .variableValueEquals("regiepartner", "UWV").count()).isZero();

    ResponseEntity<JsonNode> goed = http.withBasicAuth("gids.amr15", "demo").postForEntity(start,
        formulier(Map.of("bsn", bsn, "regio", "AMR15")), JsonNode.class);
    assertThat(goed.getStatusCode().value()).as(String.valueOf(goed.getBody())).isEqualTo(200);
  }

  @Test
  void theFormsOwnFieldsCompleteTheTaskAndAReadOnlyHeaderChangesNothing() {
    String taak = intake();
    Object kop = taskService.getVariableLocal(taak, "trajectKop");
    Map<String, Object> velden = intakeVelden();
    velden.put("trajectKop", "vervalst");

    assertThat(complete("gids.amr15", taak, velden).getStatusCode().value()).isEqualTo(204);

    assertThat(taskService.createTaskQuery().taskId(taak).count()).isZero();
    // the header is lent to the open task and leaves no trace once it closed; it was not changed meanwhile
    assertThat(kop).isNotNull();
    assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(taak).variableName("trajectKop")
        .count()).isZero();
  }

  @Test
  void theBudgetHolderCannotChangeTheAmountOrTheFreeBudgetShownOnTheForm() {
    String pi = driver.totBudgetBeoordeling(3_000L);
    String budgetProces = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi).singleResult().getId();
    String taak = driver.wachtOpTaak(budgetProces, "BudgetBeoordelen");
    Object vrijBudget = taskService.getVariableLocal(taak, "vrijBudget");
    String budgethouder = "budgethouder1.amr15";
    http.withBasicAuth(budgethouder, "demo").postForEntity("/engine-rest/task/" + taak + "/claim",
        Map.of("userId", budgethouder), String.class);

    Map<String, Object> velden = new LinkedHashMap<>();
    velden.put("budgetGoedgekeurd", true);
    velden.put("budgetToelichting", "Akkoord");
    velden.put("vrijBudget", 999_999_999L);
    velden.put("budgetBedrag", 1L);
    assertThat(complete(budgethouder, taak, velden).getStatusCode().value()).isEqualTo(204);

    assertThat(vrijBudget).isNotNull();
    assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(taak).variableName("vrijBudget")
        .count()).as("lent to the open task only").isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(budgetProces)
        .variableName("budgetBedrag").singleResult().getValue()).isEqualTo(3_000L);
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(budgetProces).variableUpdates().list())
        .noneMatch(detail -> Long.valueOf(1L).equals(((HistoricVariableUpdate) detail)
            .getValue()));
  }

  @Test
  void aCourseMustComeFromTheCatalogueTheFormOffers() {
    String taak = werkplanTaak();

    Map<String, Object> velden = new LinkedHashMap<>();
    velden.put("activiteiten", "Opleiding");
    velden.put("scholingNodig", true);
    velden.put("opleiding", "VZ-MBO3-AMR24");
    velden.put("budgetBedrag", 500L);
    ResponseEntity<JsonNode> andereRegio = complete("consulent.uwv.amr15", taak, velden);
    assertThat(andereRegio.getStatusCode().value()).isEqualTo(400);
    assertThat(andereRegio.getBody().path("velden").toString()).isEqualTo("[\"opleiding\"]");

    velden.put("opleiding", "VZ-MBO3-AMR15");
    assertThat(complete("consulent.uwv.amr15", taak, velden).getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void caseworkersCannotWriteVariablesPastTheFormButAdministratorsCan() {
    String taak = intake();
    String pi = taskService.createTaskQuery().taskId(taak).singleResult().getProcessInstanceId();
    var waarde = Map.of("value", "AMR24", "type", "String");

    var taakVariabele = http.withBasicAuth("gids.amr15", "demo").exchange("/engine-rest/task/" + taak
        + "/localVariables/trajectKop", HttpMethod.PUT, json(waarde), JsonNode.class);
    assertThat(taakVariabele.getStatusCode().value()).isEqualTo(403);
    assertThat(taakVariabele.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(http.withBasicAuth("gids.amr15", "demo").exchange("/engine-rest/task/" + taak + "/variables",
        HttpMethod.POST, json(Map.of("modifications", Map.of("regio", waarde))), JsonNode.class)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(http.withBasicAuth("gids.amr15", "demo").exchange("/engine-rest/process-instance/" + pi
        + "/variables/regio", HttpMethod.DELETE, null, JsonNode.class).getStatusCode().value()).isEqualTo(403);
    assertThat(runtimeService.getVariable(pi, "regio")).isEqualTo("AMR15");

    String beheerder = driver.gebruiker("beheerder", "geheim", "camunda-admin");
    var alsBeheerder = http.withBasicAuth(beheerder, "geheim").exchange("/engine-rest/task/" + taak
        + "/localVariables/beheer", HttpMethod.PUT, json(Map.of("value", "notitie", "type", "String")), String.class);
    assertThat(alsBeheerder.getStatusCode().value()).as(alsBeheerder.getBody()).isEqualTo(204);
  }

  @Test
  void tasklistsOwnApiHoldsTheSameRuleAndStillAsksForALogin() throws Exception {
    String taak = intake();
    String submit = "/camunda/api/engine/engine/default/task/" + taak + "/submit-form";
    var cookies = new CookieManager();
    var client = HttpClient.newBuilder().cookieHandler(cookies).build();

    assertThat(client.send(post(submit, null, formulier(intakeVelden())), HttpResponse.BodyHandlers.discarding())
        .statusCode()).isEqualTo(401);

    // as the browser does: the page hands out the webapps' CSRF token, the login sends it back
    client.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    var login = client.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrf(cookies))
        .POST(HttpRequest.BodyPublishers.ofString("username=gids.amr15&password=demo"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    // the login starts a new session; Tasklist's next read hands out that session's CSRF token
    client.send(HttpRequest.newBuilder(url("/camunda/api/engine/engine/default/task/" + taak)).GET().build(),
        HttpResponse.BodyHandlers.discarding());

    Map<String, Object> metRegio = intakeVelden();
    metRegio.put("regio", "AMR24");
    var geweigerd = client.send(post(submit, csrf(cookies), formulier(metRegio)), HttpResponse.BodyHandlers.ofString());
    assertThat(geweigerd.statusCode()).as(geweigerd.body()).isEqualTo(400);
    assertThat(JSON.readTree(geweigerd.body()).path("velden").toString()).isEqualTo("[\"regio\"]");
    assertThat(JSON.readTree(geweigerd.body()).path("message").asText()).contains("regio");

    Map<String, Object> zoalsTasklist = intakeVelden();
    zoalsTasklist.put("trajectKop", "vervalst");
    var goed = client.send(post(submit, csrf(cookies), formulier(zoalsTasklist)), HttpResponse.BodyHandlers.ofString());
    assertThat(goed.statusCode()).as(goed.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(taak).count()).isZero();

    var nogmaals = client.send(post(submit, csrf(cookies), formulier(intakeVelden())), HttpResponse.BodyHandlers.ofString());
    assertThat(nogmaals.statusCode()).as(nogmaals.body()).isEqualTo(404);
    assertThat(JSON.readTree(nogmaals.body()).path("message").asText()).contains("al afgerond");
  }

  private String intake() {
    String pi = runtimeService.startProcessInstanceByKey("werkcentrum-traject",
        Map.of("bsn", TestBsn.random(), "regio", "AMR15")).getId();
    return driver.wachtOpTaak(pi, "Intake");
  }

  private String werkplanTaak() {
    String pi = runtimeService.startProcessInstanceByKey("werkcentrum-traject",
        Map.of("bsn", TestBsn.random(), "regio", "AMR15")).getId();
    taskService.complete(driver.wachtOpTaak(pi, "Intake"), Map.of("werksituatie", "WERKZOEKEND",
        "doelgroep", "GEEN", "sector", "ZORG", "intakeVerslag", "verslag"));
    String trajectId = runtimeService.createProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey();
    driver.extern(trajectId, "uwv.uitkering-controleren", Map.of("uwvUitkering", "WW"));
    driver.extern(trajectId, "gemeente.uitkering-controleren", Map.of("gemeenteUitkering", "GEEN"));
    return driver.wachtOpTaak(pi, "WerkplanOpstellen");
  }

  private static Map<String, Object> intakeVelden() {
    Map<String, Object> velden = new LinkedHashMap<>();
    velden.put("werksituatie", "WERKZOEKEND");
    velden.put("doelgroep", "GEEN");
    velden.put("sector", "ZORG");
    velden.put("intakeVerslag", "Gesprek gevoerd");
    return velden;
  }

  /** As Tasklist sends a Camunda Form: every field as {value}, the engine infers the type. */
  private static Map<String, Object> formulier(Map<String, Object> waarden) {
    Map<String, Object> variabelen = new LinkedHashMap<>();
    waarden.forEach((naam, waarde) -> variabelen.put(naam, Map.of("value", waarde)));
    return Map.of("variables", variabelen);
  }

  private ResponseEntity<JsonNode> complete(String user, String taak, Map<String, Object> waarden) {
    return http.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + taak + "/complete",
        formulier(waarden), JsonNode.class);
  }

  private static HttpEntity<Object> json(Object body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private HttpRequest post(String path, String csrfToken, Object body) throws Exception {
    var request = HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
    if (csrfToken != null) {
      request.header("X-XSRF-TOKEN", csrfToken);
    }
    return request.build();
  }

  private static String csrf(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).reduce((eerste, laatste) -> laatste).orElseThrow().getValue();
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
