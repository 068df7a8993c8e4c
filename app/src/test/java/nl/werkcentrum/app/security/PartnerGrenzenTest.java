package nl.werkcentrum.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import nl.werkcentrum.app.support.TestBsn;
import nl.werkcentrum.app.support.TrajectDriver;
import nl.werkcentrum.app.traject.TrajectRepository;
import nl.werkcentrum.app.traject.TrajectStatus;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each partner system over HTTP, as the demo users of the partner groups: it writes only what its
 * step owns. A refusal is a 403 problem+json and leaves the trajectory as it was.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:partnergrenzen;DB_CLOSE_DELAY=-1")
class PartnerGrenzenTest {

  @Autowired
  TestRestTemplate http;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  TrajectDriver driver;

  @Autowired
  TrajectRepository trajecten;

  @ParameterizedTest
  @CsvSource({"uwv, uwv.uitkering-controleren, uwvUitkering, WW",
      "uwv, uwv.uitkering-controleren, uwvUitkering, WAJONG",
      "gemeente, gemeente.uitkering-controleren, gemeenteUitkering, BIJSTAND",
      "gemeente, gemeente.uitkering-controleren, gemeenteUitkering, IOAZ"})
  void aPartnerCompletesItsTaskWithItsOwnOutputsOnly(String partner, String topic, String uitvoer, String waarde) {
    String pi = naIntake();
    String taak = ophalen(partner, topic, trajectId(pi));
    String pad = "/engine-rest/external-task/" + taak;

    assertWeigering(post(partner, pad + "/complete", Map.of("workerId", "worker-" + partner,
        "variables", Map.of(uitvoer, Map.of("value", waarde), "regio", Map.of("value", "AMR24")))), "regio");
    assertThat(runtimeService.getVariable(pi, "regio")).isEqualTo("AMR15");
    assertWeigering(post(partner, pad + "/complete", Map.of("workerId", "worker-" + partner,
        "variables", Map.of(uitvoer, Map.of("value", "VEEL")))), uitvoer);
    assertWeigering(post(partner, pad + "/bpmnError", Map.of("workerId", "worker-" + partner,
        "errorCode", "ALLES_STOP")), "ALLES_STOP");

    assertThat(post(partner, pad + "/complete", Map.of("workerId", "worker-" + partner,
        "variables", Map.of(uitvoer, Map.of("value", waarde)))).getStatusCode().value()).isEqualTo(204);
  }

  /**
   * A partner's fetch runs without the engine's per-row authorization join (EngineRestAuthenticatie):
   * the door's topic scope is what bounds it. Anyone else's fetch keeps the engine's checks.
   */
  @Test
  void aPartnersFetchIsBoundByItsTopicsAtTheDoorAndEveryoneElsesByTheEngine() {
    String pi = naIntake();
    String trajectId = trajectId(pi);
    Map<String, Object> ophalenUwv = Map.of("workerId", "iemand", "maxTasks", 5, "topics", List.of(Map.of(
        "topicName", "uwv.uitkering-controleren", "lockDuration", 60_000, "variables", List.of(),
        "businessKey", trajectId)));

    // a caseworker is no partner: the engine's authorizations give them nothing to fetch
    var gids = http.withBasicAuth("gids.amr15", "demo").postForEntity("/engine-rest/external-task/fetchAndLock",
        ophalenUwv, JsonNode.class);
    assertThat(gids.getStatusCode().value()).isEqualTo(200);
    assertThat(gids.getBody()).isEmpty();
    // another partner is refused at the door, before any query
    assertWeigering(post("gemeente", "/engine-rest/external-task/fetchAndLock", ophalenUwv), "uwv.uitkering-controleren");
    // the partner whose topic it is gets its task, also with long polling
    String taak = ophalen("uwv", "uwv.uitkering-controleren", trajectId);
    assertThat(taak).isNotBlank();
    var lang = post("gemeente", "/engine-rest/external-task/fetchAndLock", Map.of("workerId", "worker-gemeente",
        "maxTasks", 5, "asyncResponseTimeout", 1_000, "topics", List.of(Map.of("topicName", "gemeente.uitkering-controleren",
            "lockDuration", 60_000, "variables", List.of(), "businessKey", trajectId))));
    assertThat(lang.getStatusCode().value()).isEqualTo(200);
    assertThat(lang.getBody()).extracting(t -> t.path("topicName").asText()).containsExactly("gemeente.uitkering-controleren");
  }

  /**
   * The fields the engine checks deep inside its commands, where a missing worker id or a lock of
   * no length is its own failure and its REST API answers 500: refused at the door with a 400 that
   * names the field, and nothing locked or reported.
   */
  @Test
  void aWorkersCallTheEngineWouldFailOnIsA400NamingTheField() {
    String trajectId = trajectId(naIntake());
    String fetch = "/engine-rest/external-task/fetchAndLock";
    Map<String, Object> topic = Map.of("topicName", "uwv.uitkering-controleren", "lockDuration", 60_000,
        "variables", List.of(), "businessKey", trajectId);

    assertOngeldig(post("uwv", fetch, Map.of("maxTasks", 5, "topics", List.of(topic))), "workerId");
    assertOngeldig(post("uwv", fetch, Map.of("workerId", " ", "maxTasks", 5, "topics", List.of(topic))), "workerId");
    assertOngeldig(post("uwv", fetch, Map.of("workerId", "uwv-1", "maxTasks", -1, "topics", List.of(topic))),
        "maxTasks");
    assertOngeldig(post("uwv", fetch, Map.of("workerId", "uwv-1", "maxTasks", "veel", "topics", List.of(topic))),
        "maxTasks");
    for (Object duur : new Object[] {-5, 0, 2.5}) {
      assertOngeldig(post("uwv", fetch, Map.of("workerId", "uwv-1", "maxTasks", 5, "topics", List.of(Map.of(
          "topicName", "uwv.uitkering-controleren", "lockDuration", duur, "variables", List.of())))), "lockDuration");
    }
    assertOngeldig(post("uwv", fetch, Map.of("workerId", "uwv-1", "maxTasks", 5, "topics", List.of(Map.of(
        "topicName", "uwv.uitkering-controleren", "variables", List.of())))), "lockDuration ontbreekt");

    String taak = ophalen("uwv", "uwv.uitkering-controleren", trajectId);
    String pad = "/engine-rest/external-task/" + taak;
    assertOngeldig(post("uwv", pad + "/complete", Map.of("variables", Map.of("uwvUitkering", Map.of("value", "WW")))),
        "workerId");
    assertOngeldig(post("uwv", pad + "/failure", Map.of("workerId", "worker-uwv", "retries", -1)), "retries");
    assertOngeldig(post("uwv", pad + "/failure", Map.of("workerId", "worker-uwv", "retries", 1, "retryTimeout", -1)),
        "retryTimeout");
    assertOngeldig(post("uwv", pad + "/extendLock", Map.of("workerId", "worker-uwv", "newDuration", 0)), "newDuration");
    assertOngeldig(post("uwv", pad + "/extendLock", Map.of("workerId", "worker-uwv")), "newDuration ontbreekt");

    assertThat(post("uwv", pad + "/extendLock", Map.of("workerId", "worker-uwv", "newDuration", 60_000))
        .getStatusCode().value()).as("the task is still the worker's, its lock untouched").isEqualTo(204);
    assertThat(post("uwv", pad + "/complete", Map.of("workerId", "worker-uwv",
        "variables", Map.of("uwvUitkering", Map.of("value", "WW")))).getStatusCode().value()).isEqualTo(204);
  }

  @Test
  void onlyTheRegiePartnerEndsATrajectoryAndOnlyWithAReasonFromTheList() {
    String pi = driver.totBudgetBeoordeling(500L); // WW: UWV has the regie, the budget is approved automatically
    String trajectId = trajectId(pi);

    assertWeigering(beeindig("gemeente", trajectId, "VERHUISD"), "regiepartner");
    assertWeigering(beeindig("sociale-partners", trajectId, "VERHUISD"), "regiepartner");
    assertWeigering(beeindig("uwv", trajectId, "GEEN_ZIN"), "beeindigingsreden");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isEqualTo(1);

    assertThat(beeindig("uwv", trajectId, "VERHUISD").getStatusCode().value()).isEqualTo(200);
    var traject = trajecten.findById(UUID.fromString(trajectId)).orElseThrow();
    assertThat(traject.getStatus()).isEqualTo(TrajectStatus.BEEINDIGD);
    assertThat(traject.getBeeindigingsreden()).isEqualTo("VERHUISD");
  }

  @Test
  void noPartnerEndsATrajectoryBeforeItHasARegiePartner() {
    String trajectId = trajectId(naIntake());
    for (String partner : List.of("uwv", "gemeente", "roc", "sociale-partners")) {
      assertWeigering(beeindig(partner, trajectId, "VERHUISD"), "regiepartner");
    }
  }

  @Test
  void aMessageCarriesOnlyItsOwnVariablesAndReachesOnlyWhereThePartnerHasARole() {
    String trajectId = trajectId(naIntake());
    assertWeigering(post("roc", "/engine-rest/message", Map.of("messageName", "ScholingAfgerond", "businessKey", trajectId,
        "processVariables", Map.of("regio", Map.of("value", "AMR24")))), "regio");
    assertWeigering(post("roc", "/engine-rest/message", Map.of("messageName", "ScholingAfgerond", "businessKey", trajectId,
        "processVariables", Map.of("diploma", Map.of("value", "MBO 3")))), "niet ingeschreven");
    assertWeigering(post("roc", "/engine-rest/message", Map.of("messageName", "ScholingAfgerond", "all", true)), "businessKey");
    assertWeigering(post("uwv", "/engine-rest/message", Map.of("messageName", "ScholingAfgerond", "businessKey", trajectId)),
        "ScholingAfgerond");
  }

  @Test
  void aPartnerSignsUpThroughItsOwnChannelOnly() {
    long voor = runtimeService.createProcessInstanceQuery().count();
    assertWeigering(post("uwv", "/api/aanmeldingen", Map.of("bsn", TestBsn.random(), "regio", "AMR15", "kanaal", "GEMEENTE")),
        "eigen kanaal");
    assertWeigering(post("uwv", "/engine-rest/message", Map.of("messageName", "Aanmelding.UWV",
        "businessKey", UUID.randomUUID().toString(), "processVariables", Map.of(
            "bsn", Map.of("value", TestBsn.random()), "regio", Map.of("value", "AMR15"),
            "kanaal", Map.of("value", "GEMEENTE")))), "eigen kanaal");
    assertWeigering(post("uwv", "/engine-rest/message", Map.of("messageName", "Aanmelding.Gemeente",
        "businessKey", UUID.randomUUID().toString())), "Aanmelding.Gemeente");
    // without a channel it would count as the desk's, which only a gids may start
    assertWeigering(post("uwv", "/engine-rest/message", Map.of("messageName", "Aanmelding.UWV",
        "businessKey", UUID.randomUUID().toString())), "kanaal UWV");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(voor);

    // a variable of another type than the text the process reads: 400, where the engine answered 500
    for (Map<String, Object> bsn : List.<Map<String, Object>>of(Map.of("value", 123456782, "type", "Integer"),
        Map.of("value", 123456782), Map.of("value", TestBsn.random(), "type", "Object", "valueInfo", Map.of(
            "objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object")))) {
      var antwoord = post("uwv", "/engine-rest/message", Map.of("messageName", "Aanmelding.UWV",
          "businessKey", UUID.randomUUID().toString(), "processVariables", Map.of("bsn", bsn,
              "regio", Map.of("value", "AMR15"), "kanaal", Map.of("value", "UWV"))));
      assertThat(antwoord.getStatusCode().value()).as(String.valueOf(antwoord.getBody())).isEqualTo(400);
      assertThat(antwoord.getBody().path("detail").asText()).contains("Variabele 'bsn' is tekst");
    }
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(voor);

    assertThat(post("uwv", "/api/aanmeldingen", Map.of("bsn", TestBsn.random(), "regio", "AMR15", "kanaal", "UWV"))
        .getStatusCode().value()).isEqualTo(201);
  }

  private ResponseEntity<JsonNode> beeindig(String partner, String trajectId, String reden) {
    return post(partner, "/engine-rest/message", Map.of("messageName", "TrajectBeeindigen", "businessKey", trajectId,
        "processVariables", Map.of("beeindigingsreden", Map.of("value", reden)), "resultEnabled", true));
  }

  /** A new AMR15 trajectory after its intake: waiting for UWV's and the gemeente's benefit checks. */
  private String naIntake() {
    String pi = runtimeService.startProcessInstanceByKey("werkcentrum-traject",
        Map.of("bsn", TestBsn.random(), "regio", "AMR15")).getId();
    taskService.complete(driver.wachtOpTaak(pi, "Intake"), Map.of("werksituatie", "WERKZOEKEND",
        "doelgroep", "GEEN", "sector", "ZORG", "intakeVerslag", "verslag"));
    return pi;
  }

  private String ophalen(String partner, String topic, String trajectId) {
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      JsonNode taken = post(partner, "/engine-rest/external-task/fetchAndLock", Map.of("workerId", "worker-" + partner,
          "maxTasks", 1, "topics", List.of(Map.of("topicName", topic, "lockDuration", 60_000, "variables", List.of(),
              "businessKey", trajectId)))).getBody();
      if (taken != null && taken.isArray() && !taken.isEmpty()) {
        return taken.get(0).path("id").asText();
      }
      sleep();
    }
    throw new AssertionError("no task " + topic + " for " + partner);
  }

  private ResponseEntity<JsonNode> post(String partner, String path, Object body) {
    return http.withBasicAuth("worker-" + partner, "demo").postForEntity(path, body, JsonNode.class);
  }

  private static void assertWeigering(ResponseEntity<JsonNode> antwoord, String noemt) {
    assertThat(antwoord.getStatusCode().value()).as(String.valueOf(antwoord.getBody())).isEqualTo(403);
    assertThat(antwoord.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(antwoord.getBody().path("detail").asText()).contains(noemt);
  }

  private static void assertOngeldig(ResponseEntity<JsonNode> antwoord, String noemt) {
    assertThat(antwoord.getStatusCode().value()).as(String.valueOf(antwoord.getBody())).isEqualTo(400);
    assertThat(antwoord.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(antwoord.getBody().path("detail").asText()).contains(noemt);
  }

  private String trajectId(String pi) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey();
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
