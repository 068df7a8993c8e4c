package nl.werkcentrum.workers.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.werkcentrum.app.budget.Financier;
import nl.werkcentrum.app.budget.OntschotBudget;
import nl.werkcentrum.app.persoon.Bsn;
import nl.werkcentrum.app.traject.TrajectService;
import nl.werkcentrum.app.traject.TrajectStatus;
import nl.werkcentrum.app.verloop.Plaatsing;
import nl.werkcentrum.app.verloop.PlaatsingRepository;
import nl.werkcentrum.app.werkgever.Uitkomst;
import nl.werkcentrum.app.werkgever.WerkgeversvraagRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An employer's question end to end, on PostgreSQL with the partner workers as separate processes:
 * the employer asks (our API, as the region's werkgeversadviseur), a candidate in the placement phase
 * is proposed, agrees through their consulent, is hired, and that trajectory ends placed with its
 * ontschot budget settled.
 */
@WorkersE2e
class WerkgeversvraagOnPostgresIT {

  /** In the UWV demo data with a WW benefit (not the person of TrajectOnPostgresIT). */
  static final String BSN = "162275869";
  static final String REGIO = "AMR15";

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
  void anEmployersQuestionIsFilledByACandidateInPlacementWhoseTrajectoryEndsPlaced(E2eEnvironment e2e) throws Exception {
    int jaar = Year.now().getValue();
    OntschotBudget budget = e2e.app().bean(OntschotBudget.class);
    budget.storten(REGIO, jaar, Financier.UWV, 10_000, "e2e");
    var voor = budget.overzicht(REGIO, jaar);
    e2e.startAllWorkers();

    // a person in the placement phase, through UWV's door
    String trajectId = post(e2e, "worker-uwv", "/api/aanmeldingen",
        "{\"bsn\":\"" + BSN + "\",\"regio\":\"" + REGIO + "\",\"kanaal\":\"UWV\"}").get("trajectId").asText();
    String traject = e2e.rest().list("/process-instance?businessKey=" + trajectId).get(0).get("id").asText();
    complete(e2e, traject, "Intake", Map.of("werksituatie", "WERKZOEKEND", "doelgroep", "GEEN",
        "sector", "ZORG", "intakeVerslag", "Wil de zorg in"));
    complete(e2e, traject, "WerkplanOpstellen", Map.of("activiteiten", "Sollicitatietraining",
        "scholingNodig", false, "budgetBedrag", 800L));
    await("in the placement phase").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
        .until(() -> !e2e.rest().list("/event-subscription?eventName=Werkgeversvraag.Aangenomen&processInstanceId="
            + traject).isEmpty());

    // the employer asks through our API
    String vraagId = post(e2e, "werkgeversadviseur.amr15", "/api/werkgeversvragen", """
        {"kvkNummer": "12345678", "werkgeverNaam": "Zorggroep Amstel", "regio": "AMR15", "sector": "ZORG",
         "vacatures": [{"functie": "Helpende zorg", "aantal": 1, "urenPerWeek": 24, "startdatum": "2027-03-01",
                        "eisen": "Diploma helpende niveau 2", "leerbaanBbl": true}]}""").get("werkgeversvraagId").asText();
    String vraag = e2e.rest().list("/process-instance?businessKey=" + vraagId).get(0).get("id").asText();

    complete(e2e, vraag, "VraagKwalificeren", Map.of("vraagKansrijk", true, "kwalificatieNotitie", "Kansrijk"));
    complete(e2e, vraag, "KandidaatVoordragen", Map.of("kandidaatTrajectId", trajectId));
    complete(e2e, traject, "VoordrachtBespreken", Map.of("kandidaatAkkoord", true));
    complete(e2e, vraag, "WerkgeverAntwoordVastleggen", Map.of("werkgeverNeemtAan", true, "startdatum", "2027-03-01"));
    complete(e2e, traject, "AannameBevestigen", Map.of("besteedBedrag", 600L, "startdatum", "2027-03-01"));

    await("trajectory ended").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
        .until(() -> e2e.rest().hasEnded(traject));
    assertThat(e2e.rest().hasEnded(vraag)).isTrue();
    assertThat(e2e.rest().incidents(traject)).isEmpty();
    assertThat(e2e.rest().incidents(vraag)).isEmpty();

    UUID id = UUID.fromString(trajectId);
    assertThat(e2e.app().bean(PlaatsingRepository.class).findByTrajectId(id))
        .extracting(Plaatsing::getWerkgever, Plaatsing::getBesteedBedrag)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Zorggroep Amstel", 600L));
    assertThat(e2e.app().bean(WerkgeversvraagRepository.class).findById(UUID.fromString(vraagId)).orElseThrow()
        .getUitkomst()).isEqualTo(Uitkomst.VERVULD);
    var na = budget.overzicht(REGIO, jaar);
    assertThat(na.besteed().subtract(voor.besteed())).isEqualByComparingTo("600");
    assertThat(na.gereserveerd()).isEqualByComparingTo(voor.gereserveerd());
    assertThat(e2e.app().bean(TrajectService.class).lopendTraject(Bsn.of(BSN))).isEmpty();
    // the employer and the vacancy stay in our tables: not in the engine's history
    assertThat(GeenBsnInEngineTabellen.waarVindtMen(e2e.app().bean(org.springframework.jdbc.core.JdbcTemplate.class),
        "Diploma helpende niveau 2")).isEmpty();
  }

  private static JsonNode post(E2eEnvironment e2e, String user, String pad, String body) throws Exception {
    String url = e2e.app().engineRestUrl().replace("/engine-rest", pad);
    var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
            .getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return new ObjectMapper().readTree(response.body());
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
