package nl.werkcentrum.workers.uitkering;

import nl.werkcentrum.workers.FakeExternalTaskService;
import nl.werkcentrum.workers.TestSettings;
import nl.werkcentrum.workers.common.BsnBron;
import nl.werkcentrum.workers.common.PartnerSysteemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

import java.util.Map;

import static nl.werkcentrum.workers.FakeExternalTaskService.task;
import static org.assertj.core.api.Assertions.assertThat;

class UitkeringControlerenHandlerTest {

  final FakeExternalTaskService engine = new FakeExternalTaskService();

  /** The Werkcentrum's answer for the locked task: the BSN is no task variable. */
  static BsnBron bsn(String bsn) {
    return task -> bsn;
  }

  @Test
  void uwvFindsARegisteredBenefit() {
    new UitkeringControlerenHandler(TestSettings.WORKER, bsn("192285142"),
        new DemoUitkeringRegister(new ClassPathResource("demo/uwv-uitkeringen.csv")), "uwvUitkering")
        .execute(task("uwv.uitkering-controleren", "traject-1", null, Map.of()), engine);

    assertThat(engine.outcome()).isEqualTo(Map.of("uwvUitkering", "WIA"));
  }

  @Test
  void aCompletionThatCollidesWithAnotherChangeIsSentAgain() {
    engine.conflictsBeforeComplete = 2;
    new UitkeringControlerenHandler(TestSettings.WORKER, bsn("192285142"),
        new DemoUitkeringRegister(new ClassPathResource("demo/uwv-uitkeringen.csv")), "uwvUitkering")
        .execute(task("uwv.uitkering-controleren", "traject-1", null, Map.of()), engine);

    assertThat(engine.completeAttempts).isEqualTo(3);
    assertThat(engine.outcome()).isEqualTo(Map.of("uwvUitkering", "WIA"));
  }

  @Test
  void aCompletionThatKeepsCollidingIsLeftToTheLockNotFailed() {
    engine.conflictsBeforeComplete = 5;
    new UitkeringControlerenHandler(TestSettings.WORKER, bsn("192285142"),
        new DemoUitkeringRegister(new ClassPathResource("demo/uwv-uitkeringen.csv")), "uwvUitkering")
        .execute(task("uwv.uitkering-controleren", "traject-1", null, Map.of()), engine);

    assertThat(engine.completeAttempts).isEqualTo(3);
    assertThat(engine.completed).isEmpty();
    assertThat(engine.failures).as("no incident for a collision: the task comes back when its lock runs out")
        .isEmpty();
  }

  @Test
  void noBenefitIsANormalAnswerNotAnError() {
    new UitkeringControlerenHandler(TestSettings.WORKER, bsn("725763863"),
        new DemoUitkeringRegister(new ClassPathResource("demo/gemeente-uitkeringen.csv")), "gemeenteUitkering")
        .execute(task("gemeente.uitkering-controleren", "traject-1", null, Map.of()), engine);

    assertThat(engine.outcome()).isEqualTo(Map.of("gemeenteUitkering", "GEEN"));
  }

  @Test
  void gemeenteFindsBijstand() {
    new UitkeringControlerenHandler(TestSettings.WORKER, bsn("688136138"),
        new DemoUitkeringRegister(new ClassPathResource("demo/gemeente-uitkeringen.csv")), "gemeenteUitkering")
        .execute(task("gemeente.uitkering-controleren", "traject-1", null, Map.of()), engine);

    assertThat(engine.outcome()).isEqualTo(Map.of("gemeenteUitkering", "BIJSTAND"));
  }

  /** The benefits the law routes beyond WW, WIA and bijstand, each held by a demo person. */
  @ParameterizedTest(name = "{1} {2}")
  @CsvSource({"uwv, uwvUitkering, WAO, 408023004", "uwv, uwvUitkering, WAJONG, 353157545",
      "uwv, uwvUitkering, WAZ, 745335536", "uwv, uwvUitkering, ZW, 279579573", "uwv, uwvUitkering, TW, 717032826",
      "gemeente, gemeenteUitkering, IOAW, 148721163", "gemeente, gemeenteUitkering, IOAZ, 117846831",
      "gemeente, gemeenteUitkering, BBZ, 388513445"})
  void theDemoRegistersHoldEveryBenefit(String partner, String variabele, String uitkering, String bsn) {
    new UitkeringControlerenHandler(TestSettings.WORKER, bsn(bsn),
        new DemoUitkeringRegister(new ClassPathResource("demo/" + partner + "-uitkeringen.csv")), variabele)
        .execute(task(partner + ".uitkering-controleren", "traject-1", null, Map.of()), engine);

    assertThat(engine.outcome()).isEqualTo(Map.of(variabele, uitkering));
  }

  @Test
  void aRefusedBsnIsATechnicalFaultThatIsRetried() {
    BsnBron geweigerd = task -> {
      throw new PartnerSysteemException("Werkcentrum gaf het BSN van taak " + task.getId() + " niet vrij (403)");
    };
    new UitkeringControlerenHandler(TestSettings.WORKER, geweigerd,
        new DemoUitkeringRegister(new ClassPathResource("demo/uwv-uitkeringen.csv")), "uwvUitkering")
        .execute(task("uwv.uitkering-controleren", "traject-1", null, Map.of()), engine);

    assertThat(engine.failures).singleElement().satisfies(failure -> {
      assertThat(failure.retries()).isEqualTo(3);
      assertThat(failure.message()).isEqualTo("Werkcentrum gaf het BSN van taak task-uwv.uitkering-controleren niet vrij (403)");
    });
  }
}
