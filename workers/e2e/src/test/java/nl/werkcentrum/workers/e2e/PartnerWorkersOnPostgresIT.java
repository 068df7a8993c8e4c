package nl.werkcentrum.workers.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import nl.werkcentrum.app.traject.Kanaal;
import nl.werkcentrum.app.traject.Registratie;
import nl.werkcentrum.app.traject.TrajectService;
import nl.werkcentrum.app.traject.TrajectStatus;
import nl.werkcentrum.workers.common.DemoRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged partner workers, each its own JVM, against the real engine app over HTTP, on
 * PostgreSQL. A probe process holds one external task on the topic the test names, so each
 * contract topic is exercised without the trajectory model.
 */
@WorkersE2e
class PartnerWorkersOnPostgresIT {

  static final String PROBE = "partner-task-probe";
  static final String BSN_MET_WW = "725763863"; // in the UWV demo data, passes the 11-proef

  @BeforeEach
  void deployProbe(E2eEnvironment e2e) {
    e2e.deploy("probes/partner-task-probe.bpmn20.xml");
    e2e.grantWorkers(PROBE);
  }

  static String startProbe(E2eEnvironment e2e, String topic, String opleiding) {
    Map<String, Object> variables = new HashMap<>(Map.of("topic", topic, "regio", "AMR01",
        "sector", "ZORG", "activiteiten", "Sollicitatietraining", "opleiding", opleiding));
    return e2e.rest().startProcess(PROBE, trajectVan(e2e, BSN_MET_WW).toString(), variables);
  }

  /**
   * A trajectory of the person in our tables, as the probe's business key: the workers that need the
   * BSN get it from there (it is no process variable). Closed at once, so the next probe of the same
   * person gets a trajectory of its own (the partners' bookings are keyed on it).
   */
  static UUID trajectVan(E2eEnvironment e2e, String bsn) {
    TrajectService trajecten = e2e.app().bean(TrajectService.class);
    UUID trajectId = UUID.randomUUID();
    Registratie registratie = trajecten.registreer(bsn, "AMR01", Kanaal.UWV, trajectId, null);
    if (registratie.herhaald()) {
      throw new IllegalStateException("the probe's person has a running trajectory " + registratie.trajectId());
    }
    trajecten.afsluiten(trajectId, TrajectStatus.BEEINDIGD, "PROBE");
    return trajectId;
  }

  static void awaitEnded(E2eEnvironment e2e, String processInstanceId) {
    await("probe " + processInstanceId + " ended").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
        .until(() -> e2e.rest().hasEnded(processInstanceId));
  }

  static String workerThatCompleted(E2eEnvironment e2e, String processInstanceId) {
    return e2e.rest().externalTaskLog(processInstanceId).stream()
        .filter(l -> l.path("successLog").asBoolean())
        .map(l -> l.path("workerId").asText()).findFirst().orElseThrow();
  }

  @Test
  void eachPartnersWorkerDoesItsOwnTopicsOverTheRestApi(E2eEnvironment e2e) {
    e2e.startAllWorkers();
    Map<String, String> probes = new HashMap<>();
    for (String topic : List.of("uwv.uitkering-controleren", "gemeente.uitkering-controleren", "uwv.verwijzen",
        "gemeente.verwijzen", "sociale-partners.verwijzen", "roc.inschrijven", "sociale-partners.vacatures-matchen")) {
      probes.put(topic, startProbe(e2e, topic, "VZ-MBO3-AMR01"));
    }
    probes.values().forEach(id -> awaitEnded(e2e, id));

    assertThat(e2e.rest().variables(probes.get("uwv.uitkering-controleren"))).containsEntry("uwvUitkering", "WW");
    assertThat(e2e.rest().variables(probes.get("gemeente.uitkering-controleren"))).containsEntry("gemeenteUitkering", "GEEN");
    assertThat(e2e.rest().variables(probes.get("uwv.verwijzen")).get("verwijzingKenmerk").toString()).startsWith("UWV-");
    assertThat(e2e.rest().variables(probes.get("gemeente.verwijzen")).get("verwijzingKenmerk").toString()).startsWith("GEM-");
    assertThat(e2e.rest().variables(probes.get("sociale-partners.verwijzen")).get("verwijzingKenmerk").toString()).startsWith("SP-");
    // the expected end date is data (our wc_scholing keeps it for a trajectory): the history leaves it out
    assertThat(e2e.rest().variables(probes.get("roc.inschrijven")))
        .containsKey("inschrijvingKenmerk").doesNotContainKey("verwachteEinddatum");
    assertThat(e2e.rest().variables(probes.get("sociale-partners.vacatures-matchen")))
        .containsEntry("vacatureGevonden", true).containsEntry("vacatureId", "VAC-0001");

    probes.forEach((topic, id) -> assertThat(workerThatCompleted(e2e, id))
        .as("worker of " + topic).isEqualTo("worker-" + topic.substring(0, topic.indexOf('.'))));
  }

  @Test
  void aFullCourseIsHandledByTheModelAsBpmnError(E2eEnvironment e2e) {
    e2e.startWorker("roc");
    String eerste = startProbe(e2e, "roc.inschrijven", "BO-KORT"); // the course's only seat
    awaitEnded(e2e, eerste);
    String tweede = startProbe(e2e, "roc.inschrijven", "BO-KORT");
    awaitEnded(e2e, tweede);

    assertThat(e2e.rest().activities(tweede)).extracting(a -> a.path("activityId").asText()).contains("OpleidingVol", "Geweigerd");
    assertThat(e2e.rest().activities(eerste)).extracting(a -> a.path("activityId").asText()).contains("Afgerond");
  }

  @Test
  void aWorkerKilledWhileHoldingTheLockDoesNotEnrolTwice(E2eEnvironment e2e) {
    // a short lock, and a demo ROC that records the enrolment and then takes a minute to answer
    WorkerProcess traag = e2e.startWorker("roc", "--camunda.bpm.client.lock-duration=4000",
        "--werkcentrum.partner.demo-vertraging=PT60S");
    String probe = startProbe(e2e, "roc.inschrijven", "VZ-MBO3-AMR01");
    DemoRegister inschrijvingen = new DemoRegister(e2e.demoData().resolve("roc-inschrijvingen"));
    await("enrolment recorded by the ROC").atMost(Duration.ofSeconds(30)).until(() -> inschrijvingen.all().size() == 1);
    JsonNode locked = e2e.rest().externalTasks(probe).get(0);
    assertThat(locked.path("workerId").asText()).isEqualTo("worker-roc");
    // the live worker keeps its short lock while the ROC is slow
    await("lock extended").atMost(Duration.ofSeconds(10)).until(() -> traag.log().contains("Lock verlengd"));

    traag.kill();
    // long polling is not woken when a lock expires: poll often, so the test need not wait for it
    e2e.startWorker("roc", "--camunda.bpm.client.lock-duration=4000", "--camunda.bpm.client.async-response-timeout=1000");
    awaitEnded(e2e, probe);

    List<Properties> all = inschrijvingen.all();
    assertThat(all).hasSize(1);
    assertThat(e2e.rest().variables(probe)).containsEntry("inschrijvingKenmerk", all.get(0).getProperty("kenmerk"));
    // the killed worker never completed: the task was done again after its lock expired
    assertThat(traag.log()).doesNotContain("Taak afgerond");
  }

  @Test
  @VerwachtFout(value = "ERROR .*Technische fout, geen pogingen meer: incident\\. UWV-systeem antwoordde 500 op POST /uitkeringscontroles",
      reden = "the partner's (WireMock's) 500 after the last retry is an incident, which the worker logs at ERROR")
  void aPartnerAnswering500EndsInAnIncidentAfterTheRetries(E2eEnvironment e2e) {
    WireMockServer uwv = new WireMockServer(wireMockConfig().dynamicPort());
    uwv.start();
    try {
      uwv.stubFor(post("/uitkeringscontroles").willReturn(aResponse().withStatus(500).withBody("database down")));
      e2e.startWorker("uwv", "--werkcentrum.partner.url=" + uwv.baseUrl(),
          "--werkcentrum.worker.retry-backoffs=PT1S,PT2S",
          // long polling is not woken when a retry's back-off ends: poll often instead
          "--camunda.bpm.client.async-response-timeout=1000");
      String probe = startProbe(e2e, "uwv.uitkering-controleren", "VZ-MBO3-AMR01");

      await("incident").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
          .until(() -> !e2e.rest().incidents(probe).isEmpty());

      JsonNode incident = e2e.rest().incidents(probe).get(0);
      assertThat(incident.path("incidentType").asText()).isEqualTo("failedExternalTask");
      assertThat(incident.path("incidentMessage").asText()).isEqualTo("UWV-systeem antwoordde 500 op POST /uitkeringscontroles");
      uwv.verify(exactly(3), postRequestedFor(urlEqualTo("/uitkeringscontroles")));
      assertThat(e2e.rest().externalTasks(probe).get(0).path("retries").asInt()).isZero();
    } finally {
      uwv.stop();
    }
  }
}
