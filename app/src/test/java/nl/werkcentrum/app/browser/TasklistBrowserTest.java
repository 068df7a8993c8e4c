package nl.werkcentrum.app.browser;

import nl.werkcentrum.app.budget.Financier;
import nl.werkcentrum.app.budget.OntschotBudget;
import nl.werkcentrum.app.intake.Doelgroep;
import nl.werkcentrum.app.intake.IntakeService;
import nl.werkcentrum.app.support.TestBsn;
import nl.werkcentrum.app.support.TrajectDriver;
import nl.werkcentrum.app.support.TrajectVanBsn;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Year;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gids in a real Chromium: logs into Tasklist, starts a walk-in aanmelding with the start form
 * (a wrong BSN is refused by the form first), claims the Intake task and completes its form
 * (app/src/test/browser/tasklist-walk-in.mjs); a budget holder approves a request in Tasklist and
 * Cockpit shows the trajectory at the referral (tasklist-budget.mjs). Screenshots of every step are written to
 * target/browser-artifacts. Skipped without Chromium or the script's node_modules, unless
 * -Dwerkcentrum.require-browser=true (as in CI), which makes that a failure.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1")
class TasklistBrowserTest {

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  HistoryService historyService;

  @Autowired
  TrajectDriver driver;

  @Autowired
  TrajectVanBsn trajectVanBsn;

  @Autowired
  IntakeService intakes;

  @Autowired
  OntschotBudget budget;

  @BeforeAll
  static void browserAvailable() {
    BrowserScript.vereist();
  }

  @Test
  void aGidsStartsAWalkInAndCompletesTheIntakeInTasklist() throws IOException, InterruptedException {
    String bsn = TestBsn.random();

    BrowserScript.run(port, "tasklist-walk-in.mjs", bsn, BrowserScript.artifacts());

    // the engine holds no BSN: the trajectory is found through our tables
    var traject = trajectVanBsn.processInstanceId(bsn)
        .map(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult()).orElse(null);
    assertThat(traject).as("the walk-in started a trajectory").isNotNull();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(traject.getId())
        .activityId("Intake").finished().count()).as("intake completed").isEqualTo(1);
    // the intake's answers are ours, not the engine's
    assertThat(intakes.van(UUID.fromString(traject.getBusinessKey())).orElseThrow().getDoelgroepen())
        .containsExactly(Doelgroep.ARBEIDSBEPERKING, Doelgroep.JONGERE);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(traject.getId())
        .variableName("doelgroep").count()).isZero();
    assertThat(Files.list(BrowserScript.ARTIFACTS).count()).as("screenshots").isGreaterThanOrEqualTo(8);
  }

  @Test
  void aBudgetHolderApprovesInTasklistAndCockpitShowsTheNextStep() throws Exception {
    budget.storten("AMR15", Year.now().getValue(), Financier.UWV, 10_000, "test");
    String traject = driver.totBudgetBeoordeling(3_000L);
    String password = UUID.randomUUID().toString();
    String admin = driver.gebruiker("admin", password, "camunda-admin");

    BrowserScript.run(port, "tasklist-budget.mjs", traject, admin, password, BrowserScript.artifacts());

    assertThat(runtimeService.createExecutionQuery().processInstanceId(traject).activityId("VerwijzenUwv").count())
        .as("waiting for UWV's referral").isEqualTo(1);
    assertThat(historyService.createHistoricVariableInstanceQuery().variableName("eersteBeoordelaar")
        .variableValueEquals("eersteBeoordelaar", "budgethouder1.amr15").count()).isGreaterThanOrEqualTo(1);
  }
}
