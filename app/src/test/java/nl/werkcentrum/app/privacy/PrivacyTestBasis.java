package nl.werkcentrum.app.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import nl.werkcentrum.app.budget.Financier;
import nl.werkcentrum.app.budget.OntschotBudget;
import nl.werkcentrum.app.security.WerkcentrumRoles;
import nl.werkcentrum.app.support.PostgresTest;
import nl.werkcentrum.app.support.TrajectDriver;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the GDPR tests share (one application context on PostgreSQL): users of their own per run,
 * a trajectory of AMR15 driven over HTTP as the partners and caseworkers drive it, and the
 * application's clock, which the retention test moves forward (the engine's clock stays).
 */
@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PrivacyTestBasis.Klok.class)
abstract class PrivacyTestBasis {

  static final String REGIO = "AMR15";
  static final String WACHTWOORD = "geheim-" + UUID.randomUUID();

  @TestConfiguration
  static class Klok {
    @Bean
    @Primary
    VerschuifbareKlok verschuifbareKlok() {
      return new VerschuifbareKlok();
    }
  }

  /** The system clock, moved forward by {@link #verschuif}. */
  static final class VerschuifbareKlok extends Clock {

    private volatile Duration verschoven = Duration.ZERO;

    void verschuif(Duration duur) {
      verschoven = verschoven.plus(duur);
    }

    void terug() {
      verschoven = Duration.ZERO;
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(verschoven);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Europe/Amsterdam");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  @Autowired
  TestRestTemplate http;

  @Autowired
  TrajectDriver driver;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  IdentityService identityService;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  OntschotBudget budget;

  @Autowired
  VerschuifbareKlok klok;

  String uwv;
  String gemeente;
  String gids;
  String gidsAmr24;
  String privacyOfficer;

  @BeforeEach
  void gebruikersEnBudget() {
    uwv = driver.gebruiker("uwv", WACHTWOORD, "worker-uwv");
    gemeente = driver.gebruiker("gemeente", WACHTWOORD, "worker-gemeente");
    gids = driver.gebruiker("gids", WACHTWOORD, WerkcentrumRoles.regionGroup("gids", REGIO), WerkcentrumRoles.MEDEWERKERS);
    gidsAmr24 = driver.gebruiker("gids", WACHTWOORD, WerkcentrumRoles.regionGroup("gids", "AMR24"),
        WerkcentrumRoles.MEDEWERKERS);
    privacyOfficer = driver.gebruiker("privacy", WACHTWOORD, WerkcentrumRoles.PRIVACY_OFFICER);
    budget.storten(REGIO, LocalDate.now(klok).getYear(), Financier.UWV, 10_000, "test");
  }

  @AfterEach
  void klokTerug() {
    klok.terug();
  }

  /** UWV's sign-up message, as its system sends it; the trajectory id it chose. */
  String aanmelding(String bsn) {
    String trajectId = UUID.randomUUID().toString();
    var antwoord = http.withBasicAuth(uwv, WACHTWOORD).postForEntity("/engine-rest/message", Map.of(
        "messageName", "Aanmelding.UWV", "businessKey", trajectId,
        "processVariables", Map.of("bsn", Map.of("value", bsn, "type", "String"),
            "regio", Map.of("value", REGIO, "type", "String"),
            "kanaal", Map.of("value", "UWV", "type", "String"))), String.class);
    if (!antwoord.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError("sign-up answered " + antwoord.getStatusCode() + ": " + antwoord.getBody());
    }
    return trajectId;
  }

  String instantie(String trajectId) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trajectId).singleResult().getId();
  }

  /** The gids completes the intake, as Tasklist would on their behalf. */
  void intake(String pi, String verslag) {
    String taak = driver.wachtOpTaak(pi, "Intake");
    identityService.setAuthentication(gids, List.of(WerkcentrumRoles.regionGroup("gids", REGIO),
        WerkcentrumRoles.MEDEWERKERS));
    try {
      taskService.claim(taak, gids);
      taskService.complete(taak, Map.of("werksituatie", "WERKZOEKEND", "doelgroep", "STATUSHOUDER",
          "sector", "ZORG", "intakeVerslag", verslag));
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** UWV's worker fetches and locks its task of the trajectory over HTTP; the task's id. */
  String vergrendel(String workerId, String topic, String trajectId) {
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      var antwoord = http.withBasicAuth(uwv, WACHTWOORD).postForEntity("/engine-rest/external-task/fetchAndLock",
          Map.of("workerId", workerId, "maxTasks", 1, "topics", List.of(Map.of("topicName", topic,
              "lockDuration", 60_000, "variables", List.of(), "businessKey", trajectId))), JsonNode.class);
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

  ResponseEntity<JsonNode> bsnVoor(String gebruiker, String taakId, String workerId) {
    return http.withBasicAuth(gebruiker, WACHTWOORD)
        .getForEntity("/api/externe-taken/{id}/bsn?workerId={workerId}", JsonNode.class, taakId, workerId);
  }

  /**
   * A whole trajectory up to the placement: sign-up by UWV, intake, UWV's benefit check with its read
   * of the BSN, the gemeente's check, the werkplan (EUR 500, approved without a budget holder), the
   * referral, the vacancy and the placement (EUR 450 spent). Returns the trajectory id.
   */
  String geplaatstTraject(String bsn) {
    return geplaatstTraject(bsn, taak -> { });
  }

  /** As {@link #geplaatstTraject(String)}, handing UWV's locked task to {@code bijBsnTaak} after the BSN read. */
  String geplaatstTraject(String bsn, java.util.function.Consumer<String> bijBsnTaak) {
    String trajectId = aanmelding(bsn);
    String pi = instantie(trajectId);
    intake(pi, "Zoekt werk in de zorg");
    String uwvTaak = vergrendel("uwv-1", "uwv.uitkering-controleren", trajectId);
    var gelezen = bsnVoor(uwv, uwvTaak, "uwv-1");
    if (gelezen.getStatusCode().value() != 200 || !bsn.equals(gelezen.getBody().path("bsn").asText())) {
      throw new AssertionError("BSN read answered " + gelezen.getStatusCode());
    }
    bijBsnTaak.accept(uwvTaak);
    var klaar = http.withBasicAuth(uwv, WACHTWOORD).postForEntity("/engine-rest/external-task/" + uwvTaak + "/complete",
        Map.of("workerId", "uwv-1", "variables", Map.of("uwvUitkering", Map.of("value", "WW", "type", "String"))),
        String.class);
    if (!klaar.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError("completing UWV's task answered " + klaar.getStatusCode() + ": " + klaar.getBody());
    }
    driver.extern(trajectId, "gemeente.uitkering-controleren", Map.of("gemeenteUitkering", "GEEN"));
    taskService.complete(driver.wachtOpTaak(pi, "WerkplanOpstellen"), Map.of("activiteiten", "Training",
        "scholingNodig", false, "budgetBedrag", 500L));
    driver.extern(trajectId, "uwv.verwijzen", Map.of("verwijzingKenmerk", "V-1"));
    driver.extern(trajectId, "sociale-partners.vacatures-matchen", Map.of("vacatureGevonden", true,
        "vacatureId", "VAC-1", "werkgever", "Zorggroep Amstel", "functie", "Verzorgende IG"));
    taskService.complete(driver.wachtOpTaak(pi, "PlaatsingBevestigen"),
        Map.of("plaatsingBevestigd", true, "besteedBedrag", 450L));
    wachtTotBeeindigd(trajectId);
    return trajectId;
  }

  /** Signs the person up and ends the trajectory during the intake (moved away). */
  String beeindigdTraject(String bsn) {
    String trajectId = aanmelding(bsn);
    driver.wachtOpTaak(instantie(trajectId), "Intake");
    runtimeService.createMessageCorrelation("TrajectBeeindigen").processInstanceBusinessKey(trajectId)
        .setVariable("beeindigingsreden", "VERHUISD").correlate();
    wachtTotBeeindigd(trajectId);
    return trajectId;
  }

  void wachtTotBeeindigd(String trajectId) {
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      if (jdbc.queryForObject("select count(*) from wc_traject where id = ? and status <> 'ACTIEF'", Integer.class,
          UUID.fromString(trajectId)) == 1) {
        return;
      }
      pauze(200);
    }
    throw new AssertionError("trajectory " + trajectId + " did not end within 30 s");
  }

  List<Map<String, Object>> log(String trajectId) {
    return jdbc.queryForList("select * from wc_verwerking where traject_id = ? order by tijdstip",
        UUID.fromString(trajectId));
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
