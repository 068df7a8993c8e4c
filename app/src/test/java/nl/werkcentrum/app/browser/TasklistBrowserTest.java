package nl.werkcentrum.app.browser;

import nl.werkcentrum.app.budget.Financier;
import nl.werkcentrum.app.budget.OntschotBudget;
import nl.werkcentrum.app.support.TestBsn;
import nl.werkcentrum.app.support.TrajectDriver;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

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

  static final Path SCRIPTS = Path.of("src", "test", "browser");
  static final Path ARTIFACTS = Path.of("target", "browser-artifacts");

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  HistoryService historyService;

  @Autowired
  TrajectDriver driver;

  @Autowired
  OntschotBudget budget;

  @BeforeAll
  static void browserAvailable() {
    boolean available = Files.isExecutable(Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
        && Files.isDirectory(SCRIPTS.resolve("node_modules").resolve("playwright-core"));
    if (!available && Boolean.getBoolean("werkcentrum.require-browser")) {
      throw new IllegalStateException("Chromium or the browser tests' node_modules are missing "
          + "(apt-get install chromium; npm --prefix app/src/test/browser ci)");
    }
    Assumptions.assumeTrue(available, "no Chromium or node_modules for the browser tests");
  }

  @Test
  void aGidsStartsAWalkInAndCompletesTheIntakeInTasklist() throws IOException, InterruptedException {
    String bsn = TestBsn.random();

    run("tasklist-walk-in.mjs", bsn, ARTIFACTS.toAbsolutePath().toString());

    var traject = runtimeService.createProcessInstanceQuery().processDefinitionKey("werkcentrum-traject")
        .variableValueEquals("bsn", bsn).singleResult();
    assertThat(traject).as("the walk-in started a trajectory").isNotNull();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(traject.getId())
        .activityId("Intake").finished().count()).as("intake completed").isEqualTo(1);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(traject.getId())
        .variableName("doelgroep").singleResult().getValue()).isEqualTo("JONGERE");
    assertThat(Files.list(ARTIFACTS).count()).as("screenshots").isGreaterThanOrEqualTo(8);
  }

  @Test
  void aBudgetHolderApprovesInTasklistAndCockpitShowsTheNextStep() throws Exception {
    budget.storten("AMR15", Year.now().getValue(), Financier.UWV, 10_000, "test");
    String traject = driver.totBudgetBeoordeling(3_000L);
    String password = UUID.randomUUID().toString();
    String admin = driver.gebruiker("admin", password, "camunda-admin");

    run("tasklist-budget.mjs", traject, admin, password, ARTIFACTS.toAbsolutePath().toString());

    assertThat(runtimeService.createExecutionQuery().processInstanceId(traject).activityId("VerwijzenUwv").count())
        .as("waiting for UWV's referral").isEqualTo(1);
    assertThat(historyService.createHistoricVariableInstanceQuery().variableName("eersteBeoordelaar")
        .variableValueEquals("eersteBeoordelaar", "budgethouder1.amr15").count()).isGreaterThanOrEqualTo(1);
  }

  private void run(String script, String... args) throws IOException, InterruptedException {
    String[] command = new String[args.length + 3];
    command[0] = "node";
    command[1] = script;
    command[2] = "http://localhost:" + port;
    System.arraycopy(args, 0, command, 3, args.length);
    Process node = new ProcessBuilder(command).directory(SCRIPTS.toFile()).redirectErrorStream(true).start();
    boolean finished = node.waitFor(3, TimeUnit.MINUTES);
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!finished) {
      node.destroyForcibly();
    }
    assertThat(finished && node.exitValue() == 0).as(script + ": " + output).isTrue();
  }
}
