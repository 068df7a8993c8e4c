package nl.werkcentrum.workers.uitkering;

import nl.werkcentrum.workers.FakeExternalTaskService;
import nl.werkcentrum.workers.TestSettings;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.util.Map;

import static nl.werkcentrum.workers.FakeExternalTaskService.task;
import static org.assertj.core.api.Assertions.assertThat;

class UitkeringControlerenHandlerTest {

  final FakeExternalTaskService engine = new FakeExternalTaskService();

  @Test
  void uwvFindsARegisteredBenefit() {
    new UitkeringControlerenHandler(TestSettings.WORKER,
        new DemoUitkeringRegister(new ClassPathResource("demo/uwv-uitkeringen.csv")), "uwvUitkering")
        .execute(task("uwv.uitkering-controleren", "traject-1", null, Map.of("bsn", "192285142")), engine);

    assertThat(engine.outcome()).isEqualTo(Map.of("uwvUitkering", "WIA"));
  }

  @Test
  void noBenefitIsANormalAnswerNotAnError() {
    new UitkeringControlerenHandler(TestSettings.WORKER,
        new DemoUitkeringRegister(new ClassPathResource("demo/gemeente-uitkeringen.csv")), "gemeenteUitkering")
        .execute(task("gemeente.uitkering-controleren", "traject-1", null, Map.of("bsn", "725763863")), engine);

    assertThat(engine.outcome()).isEqualTo(Map.of("gemeenteUitkering", "GEEN"));
  }

  @Test
  void gemeenteFindsBijstand() {
    new UitkeringControlerenHandler(TestSettings.WORKER,
        new DemoUitkeringRegister(new ClassPathResource("demo/gemeente-uitkeringen.csv")), "gemeenteUitkering")
        .execute(task("gemeente.uitkering-controleren", "traject-1", null, Map.of("bsn", "688136138")), engine);

    assertThat(engine.outcome()).isEqualTo(Map.of("gemeenteUitkering", "BIJSTAND"));
  }
}
