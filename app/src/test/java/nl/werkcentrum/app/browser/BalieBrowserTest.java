package nl.werkcentrum.app.browser;

import nl.werkcentrum.app.support.TestBsn;
import nl.werkcentrum.app.support.TrajectDriver;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk in a Dutch Chromium (app/src/test/browser/balie.mjs): the 11-proef refusal on the
 * walk-in form, a task list that tells trajectories apart with due dates, the four-eyes review
 * from an empty form that the first reviewer does not see, and the placement that cannot book
 * more than was reserved. Screenshots in target/browser-artifacts (balie-*). Skipped without
 * Chromium unless -Dwerkcentrum.require-browser=true.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:balie-browser;DB_CLOSE_DELAY=-1")
class BalieBrowserTest {

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  TrajectDriver driver;

  @BeforeAll
  static void browserAvailable() {
    BrowserScript.vereist();
  }

  @Test
  void theDeskAsCaseworkersMeetIt() throws IOException, InterruptedException {
    // other people already waiting for their intake, so the list has lines to tell apart
    for (int i = 0; i < 2; i++) {
      runtimeService.startProcessInstanceByKey("werkcentrum-traject", Map.of("bsn", TestBsn.random(), "regio", "AMR15"));
    }
    String vierOgen = driver.totBudgetBeoordeling(7_500L);
    String plaatsing = driver.totPlaatsingBevestigen(500L);

    BrowserScript.run(port, "balie.mjs", TestBsn.random(), vierOgen, BrowserScript.artifacts());

    assertThat(runtimeService.createExecutionQuery().processInstanceId(vierOgen).activityId("VerwijzenUwv").count())
        .as("approved by two different budget holders").isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceId(plaatsing).taskDefinitionKey("PlaatsingBevestigen")
        .count()).as("too much spent was not accepted").isEqualTo(1);
  }
}
