package nl.werkcentrum.app.persoon;

import nl.werkcentrum.app.support.EngineTabellen;
import nl.werkcentrum.app.support.TestBsn;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine carries identifiers, our tables the person: after sign-ups through every door (the
 * walk-in start form, a partner's message, our API, a repeated sign-up) and a worker reading the
 * BSN for its task, no ACT_* row, runtime or history, holds a BSN. The audit trail stays.
 */
class GeenBsnInDeEngineTest extends BsnTestBasis {

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  HistoryService historyService;

  @Test
  void noEngineTableHoldsABsnAfterSignUpsThroughEveryDoor() {
    String balie = TestBsn.random();
    String bericht = TestBsn.random();
    String api = TestBsn.random();

    assertThat(walkIn(balie).getStatusCode().value()).isEqualTo(200);
    String trajectId = aanmelding("worker-gemeente", "Aanmelding.Gemeente", "GEMEENTE", bericht);
    // the same person again through another door: passed on to the running trajectory
    aanmelding("worker-uwv", "Aanmelding.UWV", "UWV", balie);
    String password = UUID.randomUUID().toString();
    var beheerder = http.withBasicAuth(driver.gebruiker("api", password, "camunda-admin"), password);
    assertThat(beheerder.postForEntity("/api/aanmeldingen", Map.of("bsn", api, "regio", "AMR24", "kanaal", "ROC"),
        Map.class).getStatusCode().value()).isEqualTo(201);
    assertThat(beheerder.postForEntity("/api/aanmeldingen", Map.of("bsn", api, "regio", "AMR24", "kanaal", "WERKCENTRUM"),
        Map.class).getStatusCode().value()).isEqualTo(200);
    // a worker reads the BSN for its task
    String pi = naIntake(bericht);
    String taak = vergrendel("worker-uwv", "uwv-1", "uwv.uitkering-controleren", trajectId, 60_000);
    assertThat(bsnVoor("worker-uwv", "demo", taak, "uwv-1").getBody().path("bsn").asText()).isEqualTo(bericht);

    assertThat(EngineTabellen.waarVindtMen(jdbc, trajectId)).as("the scan finds what is there").isNotEmpty();
    for (String bsn : List.of(balie, bericht, api)) {
      assertThat(EngineTabellen.waarVindtMen(jdbc, bsn)).as("engine tables holding a BSN").isEmpty();
    }
    assertThat(historyService.createHistoricVariableInstanceQuery().variableName("bsn").count()).isZero();
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(pi).list())
        .as("the history keeps the other variables").isNotEmpty();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi).list())
        .extracting(HistoricVariableInstance::getName).contains("regio", "kanaal", "sector").doesNotContain("trajectId");
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi)
        .activityId("AanmeldingRegistreren").count()).isEqualTo(1);
  }
}
