package nl.werkcentrum.workers.roc;

import nl.werkcentrum.workers.FakeExternalTaskService;
import nl.werkcentrum.workers.FakeExternalTaskService.BpmnError;
import nl.werkcentrum.workers.FakeExternalTaskService.Failure;
import nl.werkcentrum.workers.TestSettings;
import nl.werkcentrum.workers.common.BsnBron;
import nl.werkcentrum.workers.common.DemoRegister;
import nl.werkcentrum.workers.common.PartnerSysteemException;
import nl.werkcentrum.workers.common.WorkerSettings;
import org.camunda.bpm.client.task.ExternalTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static nl.werkcentrum.workers.FakeExternalTaskService.task;
import static org.assertj.core.api.Assertions.assertThat;

class RocInschrijvenHandlerTest {

  static final String BSN = "725763863";
  /** The Werkcentrum's answer for the locked task: the BSN is no task variable. */
  static final BsnBron BSN_BRON = task -> BSN;

  @TempDir
  Path data;

  final FakeExternalTaskService engine = new FakeExternalTaskService();
  final Clock clock = Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);

  DemoRocSysteem roc(Duration vertraging) {
    return new DemoRocSysteem(new ClassPathResource("demo/roc-opleidingen.csv"),
        new DemoRegister(data.resolve("roc")), TestSettings.demo("ROC", data, vertraging), clock);
  }

  static ExternalTask inschrijven(String trajectId, String opleiding, Integer retries) {
    return task("roc.inschrijven", trajectId, retries, Map.of("regio", "AMR01", "opleiding", opleiding));
  }

  @Test
  void enrolsAndCompletesWithKenmerkAndExpectedEndDate() {
    new RocInschrijvenHandler(TestSettings.WORKER, BSN_BRON, roc(Duration.ZERO))
        .execute(inschrijven("traject-1", "VZ-MBO3-AMR01", null), engine);

    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) engine.outcome();
    assertThat(result).containsOnlyKeys("inschrijvingKenmerk", "verwachteEinddatum");
    assertThat((String) result.get("inschrijvingKenmerk")).startsWith("ROC-");
    assertThat(result.get("verwachteEinddatum")).isEqualTo("2027-01-04"); // 52 weeks
  }

  @Test
  void aRedeliveredTaskGetsTheSameEnrolmentAndTakesNoSecondSeat() {
    DemoRocSysteem roc = roc(Duration.ZERO);
    new RocInschrijvenHandler(TestSettings.WORKER, BSN_BRON, roc).execute(inschrijven("traject-1", "VZ-MBO3-AMR01", null), engine);
    // the worker crashed before completing; after a restart the task comes again
    DemoRocSysteem restarted = roc(Duration.ZERO);
    new RocInschrijvenHandler(TestSettings.WORKER, BSN_BRON, restarted).execute(inschrijven("traject-1", "VZ-MBO3-AMR01", null), engine);

    assertThat(engine.completed).hasSize(2);
    assertThat(engine.completed.get(1)).isEqualTo(engine.completed.get(0));
    assertThat(restarted.bezettePlaatsen("VZ-MBO3-AMR01")).isEqualTo(1);
  }

  @Test
  void aFullCourseIsTheBpmnErrorOpleidingVol() {
    RocInschrijvenHandler handler = new RocInschrijvenHandler(TestSettings.WORKER, BSN_BRON, roc(Duration.ZERO));
    handler.execute(inschrijven("traject-1", "BO-KORT", null), engine); // the only seat
    handler.execute(inschrijven("traject-2", "BO-KORT", null), engine);

    assertThat(engine.completed).hasSize(1);
    assertThat(engine.failures).isEmpty();
    assertThat(engine.bpmnErrors).extracting(BpmnError::code).containsExactly("OPLEIDING_VOL");
    assertThat(engine.bpmnErrors.get(0).message()).isEqualTo("Opleiding BO-KORT is vol");
  }

  @Test
  void aPartnerFaultIsRetriedWithBackOffAndFinallyAnIncident() {
    RocSysteem down = (trajectId, aanvraag) -> {
      throw new PartnerSysteemException("ROC-studentenadministratie antwoordde 500 op PUT /inschrijvingen/traject-1");
    };
    RocInschrijvenHandler handler = new RocInschrijvenHandler(TestSettings.WORKER, BSN_BRON, down);

    handler.execute(inschrijven("traject-1", "VZ-MBO3-AMR01", null), engine);
    handler.execute(inschrijven("traject-1", "VZ-MBO3-AMR01", 3), engine);
    handler.execute(inschrijven("traject-1", "VZ-MBO3-AMR01", 2), engine);
    handler.execute(inschrijven("traject-1", "VZ-MBO3-AMR01", 1), engine);

    assertThat(engine.failures).extracting(Failure::retries).containsExactly(3, 2, 1, 0);
    assertThat(engine.failures).extracting(Failure::retryTimeout).containsExactly(10_000L, 60_000L, 300_000L, 0L);
    assertThat(engine.failures.get(3).message())
        .isEqualTo("ROC-studentenadministratie antwoordde 500 op PUT /inschrijvingen/traject-1");
    assertThat(engine.failures.get(3).details()).contains("PartnerSysteemException");
    assertThat(engine.completed).isEmpty();
  }

  @Test
  void anUnknownCourseIsABusinessRefusalNotAnIncident() {
    new RocInschrijvenHandler(TestSettings.WORKER, BSN_BRON, roc(Duration.ZERO))
        .execute(inschrijven("traject-1", "BESTAAT-NIET", 1), engine);

    assertThat(engine.failures).isEmpty();
    assertThat(engine.bpmnErrors).singleElement().satisfies(error -> {
      assertThat(error.code()).isEqualTo(RocInschrijvenHandler.OPLEIDING_ONBEKEND);
      assertThat(error.message()).isEqualTo("Opleiding BESTAAT-NIET is bij het ROC onbekend");
    });
  }

  @Test
  void aTaskWithoutBusinessKeyGoesStraightToAnIncident() {
    new RocInschrijvenHandler(TestSettings.WORKER, BSN_BRON, roc(Duration.ZERO))
        .execute(inschrijven(null, "VZ-MBO3-AMR01", null), engine);

    assertThat(engine.failures).extracting(Failure::retries).containsExactly(0);
    assertThat(engine.failures.get(0).message()).contains("geen business key");
    assertThat(roc(Duration.ZERO).bezettePlaatsen("VZ-MBO3-AMR01")).isZero();
  }

  @Test
  void slowPartnerWorkKeepsTheLockExtended() {
    WorkerSettings shortLock = new WorkerSettings(Duration.ofMillis(200), List.of(Duration.ofSeconds(1)));
    new RocInschrijvenHandler(shortLock, BSN_BRON, roc(Duration.ofMillis(700)))
        .execute(inschrijven("traject-1", "VZ-MBO3-AMR01", null), engine);

    assertThat(engine.completed).hasSize(1);
    assertThat(engine.lockExtensions).hasSizeGreaterThanOrEqualTo(3).containsOnly(200L);
  }
}
