package nl.werkcentrum.app.browser;

import nl.werkcentrum.app.support.Botsing;
import nl.werkcentrum.app.support.TrajectDriver;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a caseworker sees when their completion collides with another change of the same trajectory:
 * Tasklist shows our Dutch 409, the task stays open, and completing it again goes through
 * (app/src/test/browser/tasklist-botsing.mjs; screenshots botsing-* in target/browser-artifacts).
 */
@ActiveProfiles("demo")
@Import(Botsing.Config.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:browser-botsing;DB_CLOSE_DELAY=-1")
class GelijktijdigeWijzigingBrowserTest {

  private static final String WACHTWOORD = "geheim-beheer";

  @LocalServerPort
  int port;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  TrajectDriver driver;

  @Autowired
  Botsing botsing;

  @BeforeAll
  static void browserAvailable() {
    BrowserScript.vereist();
  }

  @Test
  void tasklistSaysInDutchThatSomeoneElseWasFirstAndASecondTryGoesThrough() throws IOException, InterruptedException {
    String beheerder = driver.gebruiker("beheerder", WACHTWOORD, "camunda-admin");
    Botsing.deploy(repositoryService);
    String instance = runtimeService.startProcessInstanceByKey(Botsing.PROCES, Map.of("toegewezen", beheerder))
        .getId();
    String taak = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    botsing.volgende();

    BrowserScript.run(port, "tasklist-botsing.mjs", beheerder, WACHTWOORD, taak, BrowserScript.artifacts());

    assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
        .as("the second try completed the first step").isEqualTo("tweede");
  }
}
