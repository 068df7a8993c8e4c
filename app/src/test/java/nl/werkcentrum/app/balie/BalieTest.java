package nl.werkcentrum.app.balie;

import com.fasterxml.jackson.databind.JsonNode;
import nl.werkcentrum.app.support.TestBsn;
import nl.werkcentrum.app.support.TrajectDriver;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The desk as the demo users meet it, through the engine REST API Tasklist and the partners use,
 * with the real beans: refusals are 4xx with a Dutch reason and leave nothing behind, a gids
 * signs up in their own region, every task says whose case it is and when it is due, the budget
 * holder sees what they decide on, and a placement cannot book more than was reserved.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:balie;DB_CLOSE_DELAY=-1")
class BalieTest {

  static final String WALK_IN = "/engine-rest/process-definition/key/werkcentrum-traject/submit-form";

  @Autowired
  TestRestTemplate http;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  TrajectDriver driver;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aBsnFailingThe11ProefIsRefusedOnTheFormAndNothingIsWritten() {
    long trajecten = trajecten();

    ResponseEntity<JsonNode> antwoord = walkIn("gids.amr15", "123456789", "EIGEN");

    assertThat(antwoord.getStatusCode().value()).isEqualTo(400);
    // the reason as Tasklist shows it: ours, without the engine's technical prefix, never the number
    assertThat(antwoord.getBody().path("message").asText())
        .isEqualTo("Geen geldig BSN (negen cijfers die de 11-proef doorstaan)");
    assertThat(trajecten()).isEqualTo(trajecten);
  }

  @Test
  void aPartnerSignUpWithABadBsnOrRegionIsA400() {
    long trajecten = trajecten();

    assertThat(aanmeldingUwv(TestBsn.random(), "AMR99").getStatusCode().value()).isEqualTo(400);
    assertThat(aanmeldingUwv("123456789", "AMR15").getStatusCode().value()).isEqualTo(400);
    assertThat(trajecten()).isEqualTo(trajecten);
  }

  @Test
  void aGidsSignsUpInTheirOwnRegionOnly() {
    ResponseEntity<JsonNode> eigen = walkIn("gids.amr15", TestBsn.random(), "EIGEN");
    assertThat(eigen.getStatusCode().value()).isEqualTo(200);
    assertThat(runtimeService.getVariable(eigen.getBody().path("id").asText(), "regio")).isEqualTo("AMR15");

    ResponseEntity<JsonNode> andere = walkIn("gids.amr15", TestBsn.random(), "AMR24");
    assertThat(andere.getStatusCode().value()).isEqualTo(400);
    assertThat(andere.getBody().path("message").asText()).contains("eigen regio");
  }

  @Test
  void theBudgetApprovalCannotBeStartedByACaseworker() {
    var lijst = http.withBasicAuth("gids.amr15", "demo").getForEntity(
        "/engine-rest/process-definition?startableInTasklist=true&latestVersion=true", JsonNode.class);
    assertThat(lijst.getBody().findValuesAsText("key"))
        .containsExactlyInAnyOrder("werkcentrum-traject", "vraag-aan-de-balie", "van-werk-naar-werk");

    String start = "/engine-rest/process-definition/key/ontschot-budget-goedkeuring/start";
    String admin = driver.gebruiker("beheerder", "geheim-beheer", "camunda-admin");
    var zonderInvoer = http.withBasicAuth(admin, "geheim-beheer").postForEntity(start, Map.of(), JsonNode.class);
    assertThat(zonderInvoer.getStatusCode().value()).isEqualTo(400);
    assertThat(zonderInvoer.getBody().path("detail").asText()).contains("ontbrekend: businessKey (traject-id), regio, budgetBedrag");

    var metInvoer = Map.of("businessKey", UUID.randomUUID().toString(), "variables", Map.of(
        "regio", Map.of("value", "AMR15"), "budgetBedrag", Map.of("value", 100)));
    assertThat(http.withBasicAuth("budgethouder1.amr15", "demo").postForEntity(start, metInvoer, JsonNode.class)
        .getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void everyTaskSaysWhoseCaseItIsAndWhenItIsDue() {
    String pi = walkIn("gids.amr15", TestBsn.random(), "EIGEN").getBody().path("id").asText();
    Task intake = taskService.createTaskQuery().processInstanceId(pi).singleResult();
    String nummer = "T-" + businessKey(pi).substring(0, 8).toUpperCase();

    assertThat(intake.getName()).isEqualTo("Intake · " + nummer + " · AMR15");
    assertThat(taskService.getVariableLocal(intake.getId(), "trajectKop"))
        .isEqualTo(nummer + " · Groot Amsterdam (AMR15) · via balie Werkcentrum");
    assertThat(intake.getDueDate().toInstant()).isCloseTo(Instant.now().plus(Duration.ofDays(7)),
        within(Duration.ofMinutes(5)));
  }

  @Test
  void theBudgetHolderSeesTheWerkplanAndTheFreeBudget() {
    String pi = driver.totBudgetBeoordeling(3_000L);
    String budgetProces = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi).singleResult().getId();
    String taak = driver.wachtOpTaak(budgetProces, "BudgetBeoordelen");

    assertThat(taskService.getVariableLocal(taak, "werkplanActiviteiten")).asString().contains("Training");
    assertThat((Long) taskService.getVariableLocal(taak, "vrijBudget")).isPositive();
    assertThat(runtimeService.getVariable(budgetProces, "vrijBudget")).isNull();
  }

  @Test
  void aPlacementCannotBookMoreThanWasReservedAndNeedsAReasonWhenItFellThrough() {
    String pi = driver.totPlaatsingBevestigen(500L); // below the threshold: approved automatically
    String taak = driver.wachtOpTaak(pi, "PlaatsingBevestigen");
    assertThat(taskService.getVariableLocal(taak, "gereserveerdBedrag")).isEqualTo(500L);
    String consulent = "consulent.uwv.amr15";
    http.withBasicAuth(consulent, "demo").postForEntity("/engine-rest/task/" + taak + "/claim",
        Map.of("userId", consulent), String.class);

    var teVeel = complete(consulent, taak, Map.of("plaatsingBevestigd", true, "besteedBedrag", 600L));
    assertThat(teVeel.getStatusCode().value()).isEqualTo(400);
    assertThat(teVeel.getBody().path("message").asText()).contains("hoger dan het gereserveerde");

    var zonderReden = complete(consulent, taak, Map.of("plaatsingBevestigd", false));
    assertThat(zonderReden.getStatusCode().value()).isEqualTo(400);
    assertThat(zonderReden.getBody().path("message").asText()).contains("waarom");

    var goed = complete(consulent, taak, Map.of("plaatsingBevestigd", true, "besteedBedrag", 450L));
    assertThat(goed.getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void theIntakeIsKeptInOurOwnTableAndAnAnswerNotOnTheFormIsRefused() {
    String pi = walkIn("gids.amr15", TestBsn.random(), "EIGEN").getBody().path("id").asText();
    String taak = driver.wachtOpTaak(pi, "Intake");
    http.withBasicAuth("gids.amr15", "demo").postForEntity("/engine-rest/task/" + taak + "/claim",
        Map.of("userId", "gids.amr15"), String.class);
    String traject = businessKey(pi);

    var onbekend = complete("gids.amr15", taak, Map.of("werksituatie", "WERKZOEKEND", "doelgroep", "PIRAAT",
        "sector", "ZORG", "intakeVerslag", "verslag"));
    assertThat(onbekend.getStatusCode().value()).isEqualTo(400);
    // refused at the door (the form's own list), before the intake listener would
    assertThat(onbekend.getBody().path("message").asText()).contains("doelgroep");
    assertThat(intakes(traject)).isZero();

    var geenEnToch = complete("gids.amr15", taak, Map.of("werksituatie", "IN_DIENST",
        "doelgroep", List.of("GEEN", "JONGERE"), "sector", "TECHNIEK", "intakeVerslag", "Wil de techniek in"));
    assertThat(geenEnToch.getStatusCode().value()).isEqualTo(400);
    assertThat(geenEnToch.getBody().path("message").asText()).contains("doelgroepen");
    assertThat(intakes(traject)).isZero();

    // as Tasklist submits a checklist: a JSON variable holding the ticked values
    var goed = complete("gids.amr15", taak, Map.of("werksituatie", "IN_DIENST",
        "doelgroep", Map.of("value", "[\"JONGERE\",\"ARBEIDSBEPERKING\"]", "type", "Json"),
        "sector", "TECHNIEK", "intakeVerslag", "Wil de techniek in"));
    assertThat(goed.getStatusCode().value()).isEqualTo(204);
    assertThat(jdbc.queryForObject("select werksituatie || ' ' || sector || ' ' || vastgelegd_door "
        + "|| ': ' || verslag from wc_intake where traject_id = ?", String.class, UUID.fromString(traject)))
        .isEqualTo("IN_DIENST TECHNIEK gids.amr15: Wil de techniek in");
    assertThat(jdbc.queryForList("select doelgroep from wc_intake_doelgroep where traject_id = ? order by doelgroep",
        String.class, UUID.fromString(traject))).containsExactly("ARBEIDSBEPERKING", "JONGERE");
  }

  @Test
  void theWerkplanFormOffersTheRegionsCourses() {
    String pi = walkIn("gids.amr15", TestBsn.random(), "EIGEN").getBody().path("id").asText();
    taskService.complete(taskService.createTaskQuery().processInstanceId(pi).singleResult().getId(),
        Map.of("werksituatie", "WERKZOEKEND", "doelgroep", "GEEN", "sector", "ZORG", "intakeVerslag", "verslag"));
    driver.extern(businessKey(pi), "uwv.uitkering-controleren", Map.of("uwvUitkering", "WW"));
    driver.extern(businessKey(pi), "gemeente.uitkering-controleren", Map.of("gemeenteUitkering", "GEEN"));
    String taak = driver.wachtOpTaak(pi, "WerkplanOpstellen");

    var variabelen = http.withBasicAuth("consulent.uwv.amr15", "demo")
        .getForEntity("/engine-rest/task/" + taak + "/form-variables?deserializeValues=false", JsonNode.class).getBody();
    JsonNode opleidingen = variabelen.path("opleidingen");
    assertThat(opleidingen.path("type").asText()).isEqualTo("Json");
    assertThat(opleidingen.path("value").asText()).contains("VZ-MBO3-AMR15").doesNotContain("AMR24");
  }

  @Test
  void theWerkcentrumEndsATrajectoryForAReasonFromTheListAndTheEngineCannotBeAskedDirectly() {
    String pi = walkIn("gids.amr15", TestBsn.random(), "EIGEN").getBody().path("id").asText();
    String traject = businessKey(pi);
    Map<String, Object> bericht = Map.of("messageName", "TrajectBeeindigen", "businessKey", traject,
        "processVariables", Map.of("beeindigingsreden", Map.of("value", "VERHUISD")));
    // a caseworker's own engine rights correlate no message
    assertThat(http.withBasicAuth("gids.amr15", "demo").postForEntity("/engine-rest/message", bericht, JsonNode.class)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isEqualTo(1);

    var einde = http.withBasicAuth("gids.amr15", "demo").postForEntity("/api/trajecten/" + traject + "/beeindiging",
        Map.of("reden", "VERHUISD"), JsonNode.class);
    assertThat(einde.getStatusCode().value()).isEqualTo(204);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    assertThat(jdbc.queryForMap("select status, beeindigingsreden from wc_traject where id = ?", UUID.fromString(traject)))
        .containsEntry("STATUS", "BEEINDIGD").containsEntry("BEEINDIGINGSREDEN", "VERHUISD");

    var nogmaals = http.withBasicAuth("gids.amr15", "demo").postForEntity("/api/trajecten/" + traject + "/beeindiging",
        Map.of("reden", "VERHUISD"), JsonNode.class);
    assertThat(nogmaals.getStatusCode().value()).isEqualTo(409);
    assertThat(nogmaals.getBody().path("detail").asText()).isEqualTo("Dit traject is al afgesloten");
  }

  private ResponseEntity<JsonNode> walkIn(String gids, String bsn, String regio) {
    Map<String, Object> variabelen = new LinkedHashMap<>();
    variabelen.put("bsn", Map.of("value", bsn, "type", "String"));
    variabelen.put("regio", Map.of("value", regio, "type", "String"));
    return http.withBasicAuth(gids, "demo").postForEntity(WALK_IN, Map.of("variables", variabelen), JsonNode.class);
  }

  private ResponseEntity<JsonNode> aanmeldingUwv(String bsn, String regio) {
    return http.withBasicAuth("worker-uwv", "demo").postForEntity("/engine-rest/message", Map.of(
        "messageName", "Aanmelding.UWV", "businessKey", UUID.randomUUID().toString(),
        "processVariables", Map.of("bsn", Map.of("value", bsn, "type", "String"),
            "regio", Map.of("value", regio, "type", "String"),
            "kanaal", Map.of("value", "UWV", "type", "String"))), JsonNode.class);
  }

  private ResponseEntity<JsonNode> complete(String user, String taak, Map<String, Object> waarden) {
    Map<String, Object> variabelen = new LinkedHashMap<>();
    // a value given as {value, type} is sent as it is, any other as {value}
    waarden.forEach((naam, waarde) -> variabelen.put(naam,
        waarde instanceof Map<?, ?> getypt && getypt.containsKey("type") ? waarde : Map.of("value", waarde)));
    return http.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + taak + "/complete",
        Map.of("variables", variabelen), JsonNode.class);
  }

  private String businessKey(String pi) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey();
  }

  private long intakes(String traject) {
    return jdbc.queryForObject("select count(*) from wc_intake where traject_id = ?", Long.class, UUID.fromString(traject));
  }

  private long trajecten() {
    return jdbc.queryForObject("select count(*) from wc_traject", Long.class);
  }
}
