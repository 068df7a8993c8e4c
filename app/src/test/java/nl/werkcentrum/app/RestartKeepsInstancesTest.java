package nl.werkcentrum.app;

import nl.werkcentrum.app.support.PostgresDatabase;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Stopping the application and starting a new one on the same database loses no work. */
class RestartKeepsInstancesTest {

  @Test
  void onEmbeddedH2File() {
    Path data = Path.of("target", "restart-test-" + UUID.randomUUID());
    assertSurvivesRestart("--WERKCENTRUM_DATA=" + data.toAbsolutePath());
  }

  @Test
  @Tag("postgres")
  @ExtendWith(PostgresDatabase.class)
  void onPostgres() {
    assertSurvivesRestart("--spring.profiles.active=postgres",
        "--POSTGRES_DB=" + PostgresDatabase.TEST_DATABASE);
  }

  private void assertSurvivesRestart(String... args) {
    String businessKey = "restart-" + UUID.randomUUID();

    try (ConfigurableApplicationContext first = start(args)) {
      first.getBean(ProcessEngine.class).getRuntimeService()
          .startProcessInstanceByKey("restart-probe", businessKey);
    }

    try (ConfigurableApplicationContext second = start(args)) {
      var engine = second.getBean(ProcessEngine.class);
      var task = engine.getTaskService().createTaskQuery()
          .processInstanceBusinessKey(businessKey).singleResult();
      assertThat(task).as("the task of the instance started before the restart").isNotNull();

      engine.getTaskService().complete(task.getId());
      assertThat(engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey(businessKey).count()).isZero();
    }
  }

  private static ConfigurableApplicationContext start(String... args) {
    return new SpringApplicationBuilder(WerkcentrumApplication.class)
        .run(concat(args, "--server.port=0"));
  }

  private static String[] concat(String[] args, String extra) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = extra;
    return all;
  }
}
