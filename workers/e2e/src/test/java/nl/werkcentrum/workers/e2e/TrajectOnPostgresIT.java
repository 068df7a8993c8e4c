package nl.werkcentrum.workers.e2e;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import nl.werkcentrum.app.budget.Financier;
import nl.werkcentrum.app.budget.OntschotBudget;
import nl.werkcentrum.app.persoon.Bsn;
import nl.werkcentrum.app.traject.TrajectService;
import nl.werkcentrum.app.traject.TrajectStatus;
import nl.werkcentrum.app.verloop.Plaatsing;
import nl.werkcentrum.app.verloop.PlaatsingRepository;
import nl.werkcentrum.app.verloop.Scholing;
import nl.werkcentrum.app.verloop.ScholingUitkomst;
import nl.werkcentrum.app.verloop.ScholingRepository;
import nl.werkcentrum.app.verloop.Verwijzing;
import nl.werkcentrum.app.verloop.VerwijzingRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One whole trajectory, from a sign-up through our API to a placement, with every external task
 * done by the four partner workers as separate processes over HTTP and every user task completed
 * through the engine REST API, on PostgreSQL.
 */
@WorkersE2e
class TrajectOnPostgresIT {

  /** In the UWV demo data with a WW benefit, so UWV gets the regie. */
  static final String BSN = "725763863";
  static final String REGIO = "AMR15";

  final ListAppender<ILoggingEvent> appLog = new ListAppender<>();

  @BeforeEach
  void captureTheAppsLog() {
    appLog.start();
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appLog);
  }

  @AfterEach
  void stopCapturing() {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(appLog);
  }

  /** The demo person may still have a trajectory of an earlier, interrupted run on this database. */
  @BeforeEach
  void noRunningTrajectoryForTheDemoPerson(E2eEnvironment e2e) {
    TrajectService trajecten = e2e.app().bean(TrajectService.class);
    trajecten.lopendTraject(Bsn.of(BSN)).ifPresent(oud -> {
      e2e.app().bean(RuntimeService.class).createProcessInstanceQuery()
          .processInstanceBusinessKey(oud.getId().toString()).list()
          .forEach(pi -> e2e.app().bean(RuntimeService.class)
              .deleteProcessInstance(pi.getId(), "opgeruimd door de end-to-end test"));
      trajecten.afsluiten(oud.getId(), TrajectStatus.BEEINDIGD, "TESTOPRUIMING");
    });
  }

  @Test
  void fromSignUpToPlacement(E2eEnvironment e2e) throws Exception {
    int jaar = Year.now().getValue();
    OntschotBudget budget = e2e.app().bean(OntschotBudget.class);
    budget.storten(REGIO, jaar, Financier.UWV, 10_000, "e2e");
    var voor = budget.overzicht(REGIO, jaar);
    List<WorkerProcess> workers = e2e.startAllWorkers();

    String trajectId = aanmelden(e2e);
    String pi = e2e.rest().list("/process-instance?businessKey=" + trajectId).get(0).get("id").asText();

    complete(e2e, pi, "Intake", Map.of("werksituatie", "WERKZOEKEND", "doelgroep", "GEEN",
        "sector", "ZORG", "intakeVerslag", "Wil de zorg in"));
    complete(e2e, pi, "WerkplanOpstellen", Map.of("activiteiten", "Sollicitatietraining\nStage zorg",
        "scholingNodig", true, "opleiding", "VZ-MBO3-AMR15", "budgetBedrag", 3_000L));
    assertThat(e2e.rest().variables(pi)).containsEntry("regiepartner", "uwv")
        .containsEntry("uwvUitkering", "WW");

    String budgetProces = awaitSubProcess(e2e, pi);
    complete(e2e, budgetProces, "BudgetBeoordelen", Map.of("budgetGoedgekeurd", true,
        "budgetToelichting", "Past in het werkplan"));

    await("enrolled at the ROC").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
        .until(() -> e2e.rest().variables(pi).containsKey("inschrijvingKenmerk"));
    await("waiting for the ROC").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
        .until(() -> !e2e.rest().list("/event-subscription?eventName=ScholingAfgerond&processInstanceId=" + pi).isEmpty());
    e2e.rest().correlate("ScholingAfgerond", trajectId, Map.of("diploma", "Verzorgende IG"));

    complete(e2e, pi, "PlaatsingBevestigen", Map.of("plaatsingBevestigd", true, "besteedBedrag", 2_500L));

    await("trajectory ended").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
        .until(() -> e2e.rest().hasEnded(pi));
    assertThat(e2e.rest().incidents(pi)).isEmpty();
    assertThat(e2e.rest().variables(pi)).containsEntry("vacatureGevonden", true)
        .containsKey("verwijzingKenmerk");

    var na = budget.overzicht(REGIO, jaar);
    assertThat(na.besteed().subtract(voor.besteed())).isEqualByComparingTo("2500");
    assertThat(na.gereserveerd()).isEqualByComparingTo(voor.gereserveerd());
    assertThat(e2e.app().bean(TrajectService.class).lopendTraject(Bsn.of(BSN))).isEmpty();
    UUID traject = UUID.fromString(trajectId);
    assertThat(e2e.app().bean(VerwijzingRepository.class).findByTrajectId(traject))
        .extracting(Verwijzing::getPartner).containsExactly("uwv");
    assertThat(e2e.app().bean(ScholingRepository.class).findByTrajectId(traject))
        .extracting(Scholing::getUitkomst).containsExactly(ScholingUitkomst.AFGEROND);
    assertThat(e2e.app().bean(PlaatsingRepository.class).findByTrajectId(traject))
        .extracting(Plaatsing::getBesteedBedrag).containsExactly(2_500L);

    // the engine carries the trajectId, our tables the person: no BSN in any engine table
    JdbcTemplate jdbc = e2e.app().bean(JdbcTemplate.class);
    assertThat(GeenBsnInEngineTabellen.waarVindtMen(jdbc, trajectId)).as("the scan finds what is there").isNotEmpty();
    assertThat(GeenBsnInEngineTabellen.waarVindtMen(jdbc, BSN)).as("engine tables holding the BSN").isEmpty();

    // personal data stays out of every log: the app's and each worker process's
    assertThat(appLog.list).extracting(ILoggingEvent::getFormattedMessage)
        .noneMatch(line -> line.contains(BSN));
    for (WorkerProcess worker : workers) {
      assertThat(worker.log()).doesNotContain(BSN);
    }
  }

  /** Signs the person up through our API, as UWV's system would. */
  private static String aanmelden(E2eEnvironment e2e) throws IOException, InterruptedException {
    String api = e2e.app().engineRestUrl().replace("/engine-rest", "/api/aanmeldingen");
    var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("worker-uwv:demo".getBytes()))
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"bsn\":\"" + BSN + "\",\"regio\":\"" + REGIO + "\",\"kanaal\":\"UWV\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).get("trajectId").asText();
  }

  private static String awaitSubProcess(E2eEnvironment e2e, String pi) {
    await("budget approval started").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
        .until(() -> !e2e.rest().list("/process-instance?superProcessInstance=" + pi).isEmpty());
    return e2e.rest().list("/process-instance?superProcessInstance=" + pi).get(0).get("id").asText();
  }

  /** Waits for the user task (the workers may still be busy before it) and completes it. */
  private static void complete(E2eEnvironment e2e, String pi, String taskKey, Map<String, ?> variables) {
    await(taskKey).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
        .until(() -> task(e2e, pi, taskKey) != null);
    e2e.rest().completeTask(task(e2e, pi, taskKey).get("id").asText(), variables);
  }

  private static JsonNode task(E2eEnvironment e2e, String pi, String taskKey) {
    return e2e.rest().list("/task?processInstanceId=" + pi + "&taskDefinitionKey=" + taskKey)
        .stream().findFirst().orElse(null);
  }
}
