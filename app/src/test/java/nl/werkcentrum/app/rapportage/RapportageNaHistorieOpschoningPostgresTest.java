package nl.werkcentrum.app.rapportage;

import nl.werkcentrum.app.intake.Doelgroep;
import nl.werkcentrum.app.intake.IntakeService;
import nl.werkcentrum.app.intake.Sector;
import nl.werkcentrum.app.support.PostgresTest;
import nl.werkcentrum.app.support.TestBsn;
import nl.werkcentrum.app.support.TrajectDriver;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report of a period does not change when the engine's history cleanup has removed that
 * period's trajectories (after their time to live of 180 days): every figure comes from our tables.
 * Three trajectories of AMR12 (a region no other test uses) go through the real intake and end;
 * the engine clock is then moved past their time to live and the real cleanup job runs.
 * <p>
 * The job executor is off, so that no timer of another instance in the database fires while the
 * clock is ahead; this test runs the cleanup job itself.
 */
@PostgresTest
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
class RapportageNaHistorieOpschoningPostgresTest {

  static final String REGIO = "AMR12";

  @Autowired
  RapportageService rapportages;

  @Autowired
  IntakeService intakes;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  HistoryService historyService;

  @Autowired
  ManagementService managementService;

  @Autowired
  TrajectDriver driver;

  @Autowired
  Clock clock;

  @AfterEach
  void klokTerug() {
    ClockUtil.reset();
  }

  @Test
  void theReportGivesTheSameFiguresAfterTheEngineCleanedUpTheHistory() {
    // a day either side, so a run around midnight still finds its trajectories
    LocalDate van = LocalDate.now(clock).minusDays(1);
    LocalDate tot = LocalDate.now(clock).plusDays(1);
    Map<String, Long> eerder = rapportages.voor(REGIO, van, tot).aandachtsgroepen();

    List<String> instanties = List.of(doorDeIntake("STATUSHOUDER", "ZORG"), doorDeIntake("JONGERE", "TECHNIEK"),
        doorDeIntake("STATUSHOUDER", "KLIMAAT"));
    Rapportage voor = rapportages.voor(REGIO, van, tot);
    assertThat(voor.aandachtsgroepen())
        .containsEntry("STATUSHOUDER", eerder.getOrDefault("STATUSHOUDER", 0L) + 2)
        .containsEntry("JONGERE", eerder.getOrDefault("JONGERE", 0L) + 1);
    assertThat(voor.uitvalPerReden()).containsKey("VERHUISD");
    assertThat(historyService.createHistoricVariableInstanceQuery().variableName("doelgroep")
        .processInstanceIdIn(instanties.toArray(String[]::new)).count()).as("the engine keeps no copy").isZero();

    ruimDeHistorieOpNaDeBewaartermijn(instanties);

    Set<String> ids = new HashSet<>(instanties);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceIds(ids).count())
        .as("the engine's history of the trajectories").isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instanties.toArray(String[]::new)).count()).as("their variables, doelgroep too").isZero();
    assertThat(rapportages.voor(REGIO, van, tot)).isEqualTo(voor);
  }

  /** A walk-in of AMR12 whose intake a gids completes, ended (moved away) right after it. */
  private String doorDeIntake(String doelgroep, String sector) {
    String pi = runtimeService.startProcessInstanceByKey("werkcentrum-traject",
        Map.of("bsn", TestBsn.random(), "regio", REGIO)).getId();
    String taak = driver.wachtOpTaak(pi, "Intake");
    String trajectId = runtimeService.createProcessInstanceQuery().processInstanceId(pi).singleResult()
        .getBusinessKey();
    taskService.claim(taak, "gids.amr12");
    taskService.complete(taak, Map.of("werksituatie", "WERKZOEKEND", "doelgroep", doelgroep, "sector", sector,
        "intakeVerslag", "verslag"));
    runtimeService.createMessageCorrelation("TrajectBeeindigen").processInstanceBusinessKey(trajectId)
        .setVariable("beeindigingsreden", "VERHUISD").correlate();

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).as("ended").isZero();
    var intake = intakes.van(UUID.fromString(trajectId)).orElseThrow();
    assertThat(intake.getDoelgroepen()).containsExactly(Doelgroep.valueOf(doelgroep));
    assertThat(intake.getSector()).isEqualTo(Sector.valueOf(sector));
    assertThat(intake.getVastgelegdDoor()).isEqualTo("gids.amr12");
    assertThat(intake.getVastgelegdOp()).isNotNull();
    return pi;
  }

  /**
   * What happens in production at night 180 days after the trajectories ended: the engine's clock
   * is set a day past that, and the history cleanup job runs until their history is gone (it
   * removes at most a batch per run, and the database may hold other ended instances too).
   */
  private void ruimDeHistorieOpNaDeBewaartermijn(List<String> instanties) {
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(181))));
    try {
      historyService.cleanUpHistoryAsync(true);
      Set<String> ids = new HashSet<>(instanties);
      for (int ronde = 0; ronde < 50
          && historyService.createHistoricProcessInstanceQuery().processInstanceIds(ids).count() > 0; ronde++) {
        for (Job job : historyService.findHistoryCleanupJobs()) {
          managementService.executeJob(job.getId());
        }
      }
    } finally {
      ClockUtil.reset();
    }
  }
}
