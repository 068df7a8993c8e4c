package nl.werkcentrum.workers.verwijzing;

import nl.werkcentrum.workers.FakeExternalTaskService;
import nl.werkcentrum.workers.TestSettings;
import nl.werkcentrum.workers.common.DemoRegister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static nl.werkcentrum.workers.FakeExternalTaskService.task;
import static org.assertj.core.api.Assertions.assertThat;

class VerwijzenHandlerTest {

  @TempDir
  Path data;

  final FakeExternalTaskService engine = new FakeExternalTaskService();

  VerwijzenHandler handler() {
    return new VerwijzenHandler(TestSettings.WORKER, new DemoVerwijzingSysteem(new DemoRegister(data.resolve("uwv")), "UWV",
        TestSettings.demo("UWV", data, Duration.ZERO)));
  }

  @Test
  void refersOncePerTrajectory() {
    Map<String, Object> in = Map.of("regio", "AMR05", "sector", "ZORG", "activiteiten", "sollicitatietraining");
    handler().execute(task("uwv.verwijzen", "traject-1", null, in), engine);
    handler().execute(task("uwv.verwijzen", "traject-1", null, in), engine);
    handler().execute(task("uwv.verwijzen", "traject-2", null, in), engine);

    assertThat(engine.completed).hasSize(3).allSatisfy(r -> assertThat(r).containsOnlyKeys("verwijzingKenmerk"));
    assertThat(engine.completed.get(1)).isEqualTo(engine.completed.get(0));
    assertThat(engine.completed.get(2)).isNotEqualTo(engine.completed.get(0));
    assertThat((String) engine.completed.get(0).get("verwijzingKenmerk")).startsWith("UWV-");
  }
}
