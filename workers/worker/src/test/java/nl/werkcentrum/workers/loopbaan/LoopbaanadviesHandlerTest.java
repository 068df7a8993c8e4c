package nl.werkcentrum.workers.loopbaan;

import nl.werkcentrum.workers.FakeExternalTaskService;
import nl.werkcentrum.workers.TestSettings;
import nl.werkcentrum.workers.common.BsnBron;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import static nl.werkcentrum.workers.FakeExternalTaskService.task;
import static org.assertj.core.api.Assertions.assertThat;

class LoopbaanadviesHandlerTest {

  static final Clock NU = Clock.fixed(Instant.parse("2027-01-04T09:00:00Z"), ZoneId.of("Europe/Amsterdam"));

  final FakeExternalTaskService engine = new FakeExternalTaskService();
  final BsnBron bsn = task -> "192285142";
  final LoopbaanadviesSysteem demo = new DemoLoopbaanadviesSysteem(new ClassPathResource("demo/tekortsectoren.csv"), NU);

  @Test
  void withTimeLeftTheAdviceIsScholingTowardsTheRegionsShortageSector() {
    new LoopbaanadviesHandler(TestSettings.WORKER, bsn, demo).execute(task("sociale-partners.loopbaanadvies",
        "traject-1", null, Map.of("regio", "AMR24", "ontslagdatum", "2027-06-01")), engine);

    assertThat(engine.outcome()).isEqualTo(Map.of("loopbaanadvies", "SCHOLING", "sector", "TECHNIEK"));
  }

  @Test
  void aRegionWithoutItsOwnShortageSectorIsAdvisedTheDefault() {
    new LoopbaanadviesHandler(TestSettings.WORKER, bsn, demo).execute(task("sociale-partners.loopbaanadvies",
        "traject-1", null, Map.of("regio", "AMR01", "ontslagdatum", "2027-06-01")), engine);

    assertThat(engine.outcome()).isEqualTo(Map.of("loopbaanadvies", "SCHOLING", "sector", "ZORG"));
  }

  @Test
  void shortlyBeforeTheOntslagdatumTheAdviceIsBemiddelingWithoutSector() {
    new LoopbaanadviesHandler(TestSettings.WORKER, bsn, demo).execute(task("sociale-partners.loopbaanadvies",
        "traject-1", null, Map.of("regio", "AMR15", "ontslagdatum", "2027-02-01")), engine);

    assertThat(engine.outcome()).isEqualTo(Map.of("loopbaanadvies", "BEMIDDELING"));
  }
}
