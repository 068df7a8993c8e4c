package nl.werkcentrum.workers.vacature;

import nl.werkcentrum.workers.FakeExternalTaskService;
import nl.werkcentrum.workers.TestSettings;
import nl.werkcentrum.workers.common.DemoRegister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static nl.werkcentrum.workers.FakeExternalTaskService.task;
import static org.assertj.core.api.Assertions.assertThat;

class VacaturesMatchenHandlerTest {

  @TempDir
  Path data;

  final FakeExternalTaskService engine = new FakeExternalTaskService();

  DemoVacatureSysteem systeem() {
    return new DemoVacatureSysteem(new ClassPathResource("demo/vacatures.csv"), new DemoRegister(data.resolve("sp")),
        TestSettings.demo("SP", data, Duration.ZERO));
  }

  void matchen(String trajectId, String sector) {
    new VacaturesMatchenHandler(TestSettings.WORKER, systeem())
        .execute(task("sociale-partners.vacatures-matchen", trajectId, null, Map.of("regio", "AMR01", "sector", sector)), engine);
  }

  @Test
  void findsAVacancyInTheRegionAndSector() {
    matchen("traject-1", "TECHNIEK");

    assertThat(engine.outcome()).isEqualTo(Map.of("vacatureGevonden", true, "vacatureId", "VAC-0002",
        "werkgever", "Installatiebedrijf Groningen", "functie", "Monteur"));
  }

  @Test
  void aPlaceIsBookedOncePerTrajectoryAndNeverBeyondTheVacancysPlaces() {
    matchen("traject-1", "TECHNIEK");
    matchen("traject-1", "TECHNIEK"); // redelivered
    matchen("traject-2", "TECHNIEK"); // VAC-0002 has one place, taken by traject-1

    assertThat(engine.completed.get(1)).isEqualTo(engine.completed.get(0));
    assertThat(engine.completed.get(2)).isEqualTo(Map.of("vacatureGevonden", false));
    assertThat(systeem().geboektePlaatsen("VAC-0002")).isEqualTo(1);
  }

  @Test
  void noVacancyIsANormalAnswer() {
    matchen("traject-1", "OVERIG");

    assertThat(engine.outcome()).isEqualTo(Map.of("vacatureGevonden", false));
  }
}
