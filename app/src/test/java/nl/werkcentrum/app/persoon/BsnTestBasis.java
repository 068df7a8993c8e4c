package nl.werkcentrum.app.persoon;

import com.fasterxml.jackson.databind.JsonNode;
import nl.werkcentrum.app.support.TrajectDriver;
import nl.werkcentrum.app.support.TrajectVanBsn;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the BSN tests share: sign-ups through the doors as Tasklist and the partners call them,
 * and a partner's worker fetching and locking its task, over HTTP with the demo users. One
 * application context (and H2 database) for the BSN tests.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:bsn;DB_CLOSE_DELAY=-1")
abstract class BsnTestBasis {

  static final String WALK_IN = "/engine-rest/process-definition/key/werkcentrum-traject/submit-form";

  @Autowired
  TestRestTemplate http;

  @Autowired
  TaskService taskService;

  @Autowired
  TrajectDriver driver;

  @Autowired
  TrajectVanBsn trajectVanBsn;

  ResponseEntity<JsonNode> walkIn(String bsn) {
    Map<String, Object> variabelen = new LinkedHashMap<>();
    variabelen.put("bsn", Map.of("value", bsn, "type", "String"));
    variabelen.put("regio", Map.of("value", "EIGEN", "type", "String"));
    return http.withBasicAuth("gids.amr15", "demo").postForEntity(WALK_IN, Map.of("variables", variabelen), JsonNode.class);
  }

  /** A partner's sign-up message, as its system sends it; the trajectId it chose. */
  String aanmelding(String partner, String bericht, String kanaal, String bsn) {
    String trajectId = UUID.randomUUID().toString();
    var antwoord = http.withBasicAuth(partner, "demo").postForEntity("/engine-rest/message", Map.of(
        "messageName", bericht, "businessKey", trajectId,
        "processVariables", Map.of("bsn", Map.of("value", bsn, "type", "String"),
            "regio", Map.of("value", "AMR15", "type", "String"),
            "kanaal", Map.of("value", kanaal, "type", "String"))), String.class);
    if (!antwoord.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError(bericht + " answered " + antwoord.getStatusCode() + ": " + antwoord.getBody());
    }
    return trajectId;
  }

  /** The person's trajectory past the intake, so the benefit checks wait for UWV and the gemeente. */
  String naIntake(String bsn) {
    String pi = trajectVanBsn.processInstanceId(bsn).orElseThrow();
    taskService.complete(driver.wachtOpTaak(pi, "Intake"), Map.of("werksituatie", "WERKZOEKEND",
        "doelgroep", "GEEN", "sector", "ZORG", "intakeVerslag", "verslag"));
    return pi;
  }

  /** The partner's worker fetches and locks its task of the trajectory, as the external task client does. */
  String vergrendel(String partner, String workerId, String topic, String trajectId, long lockMillis) {
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      var antwoord = http.withBasicAuth(partner, "demo").postForEntity("/engine-rest/external-task/fetchAndLock",
          Map.of("workerId", workerId, "maxTasks", 1, "topics", List.of(Map.of("topicName", topic,
              "lockDuration", lockMillis, "variables", List.of(), "businessKey", trajectId))), JsonNode.class);
      if (antwoord.getStatusCode().value() != 200) {
        throw new AssertionError("fetchAndLock answered " + antwoord.getStatusCode() + ": " + antwoord.getBody());
      }
      if (!antwoord.getBody().isEmpty()) {
        return antwoord.getBody().get(0).path("id").asText();
      }
      pauze(200);
    }
    throw new AssertionError("no task " + topic + " within 30 s");
  }

  ResponseEntity<JsonNode> bsnVoor(String gebruiker, String wachtwoord, String taakId, String workerId) {
    return http.withBasicAuth(gebruiker, wachtwoord)
        .getForEntity("/api/externe-taken/{id}/bsn?workerId={workerId}", JsonNode.class, taakId, workerId);
  }

  static void pauze(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
