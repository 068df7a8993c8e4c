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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gids whose browser asks for Dutch sees Camunda's own screens in Dutch: the login page,
 * Tasklist's task list, task and start-process dialog, the logout message and the welcome app,
 * with Dutch dates (app/src/test/browser/tasklist-nl.mjs). The texts come from our nl.json and
 * config.js beside the webjar. Screenshots (nl-*) are written to target/browser-artifacts.
 * Skipped without Chromium or the script's node_modules, unless -Dwerkcentrum.require-browser=true.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:browser-nl;DB_CLOSE_DELAY=-1")
class NederlandseTasklistBrowserTest {

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
  void aGidsSeesTasklistInDutch() throws IOException, InterruptedException {
    String traject = runtimeService.startProcessInstanceByKey("werkcentrum-traject",
        Map.of("bsn", TestBsn.random(), "regio", "AMR15")).getId();
    // a due date gives the list a relative date and a tooltip in the long format to check
    var intake = taskService.createTaskQuery().taskId(driver.wachtOpTaak(traject, "Intake")).singleResult();
    intake.setDueDate(Date.from(Instant.now().plus(3, ChronoUnit.DAYS)));
    taskService.saveTask(intake);

    BrowserScript.run(port, "tasklist-nl.mjs", BrowserScript.artifacts());

    assertThat(taskService.createTaskQuery().taskId(intake.getId()).singleResult().getAssignee())
        .as("claimed with the Dutch 'Claimen' button").isEqualTo("gids.amr15");
  }
}
