package nl.werkcentrum.app.browser;

import nl.werkcentrum.app.support.TestBsn;
import nl.werkcentrum.app.support.TrajectDriver;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;

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

  static final Path SCRIPTS = Path.of("src", "test", "browser");
  static final Path ARTIFACTS = Path.of("target", "browser-artifacts");

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
    boolean available = Files.isExecutable(Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
        && Files.isDirectory(SCRIPTS.resolve("node_modules").resolve("playwright-core"));
    if (!available && Boolean.getBoolean("werkcentrum.require-browser")) {
      throw new IllegalStateException("Chromium or the browser tests' node_modules are missing "
          + "(apt-get install chromium; npm --prefix app/src/test/browser ci)");
    }
    Assumptions.assumeTrue(available, "no Chromium or node_modules for the browser tests");
  }

  @Test
  void theDeskAsCaseworkersMeetIt() throws IOException, InterruptedException {
    // other people already waiting for their intake, so the list has lines to tell apart
    for (int i = 0; i < 2; i++) {
      runtimeService.startProcessInstanceByKey("werkcentrum-traject", Map.of("bsn", TestBsn.random(), "regio", "AMR15"));
    }
    String vierOgen = driver.totBudgetBeoordeling(7_500L);
    String plaatsing = driver.totPlaatsingBevestigen(500L);

    run("balie.mjs", TestBsn.random(), vierOgen, ARTIFACTS.toAbsolutePath().toString());

    assertThat(runtimeService.createExecutionQuery().processInstanceId(vierOgen).activityId("VerwijzenUwv").count())
        .as("approved by two different budget holders").isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceId(plaatsing).taskDefinitionKey("PlaatsingBevestigen")
        .count()).as("too much spent was not accepted").isEqualTo(1);
  }

  private void run(String script, String... args) throws IOException, InterruptedException {
    String[] command = new String[args.length + 3];
    command[0] = "node";
    command[1] = script;
    command[2] = "http://localhost:" + port;
    System.arraycopy(args, 0, command, 3, args.length);
    Process node = new ProcessBuilder(command).directory(SCRIPTS.toFile()).redirectErrorStream(true).start();
    boolean finished = node.waitFor(4, TimeUnit.MINUTES);
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!finished) {
      node.destroyForcibly();
    }
    assertThat(finished && node.exitValue() == 0).as(script + ": " + output).isTrue();
  }
}
