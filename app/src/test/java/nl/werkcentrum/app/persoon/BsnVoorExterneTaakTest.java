package nl.werkcentrum.app.persoon;

import com.fasterxml.jackson.databind.JsonNode;
import nl.werkcentrum.app.support.TestBsn;
import org.camunda.bpm.engine.ExternalTaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's worker gets the BSN only for a task of its own BSN topics that it holds the lock on
 * now (GET /api/externe-taken/{id}/bsn): the BSN is in our tables, not in the engine.
 */
class BsnVoorExterneTaakTest extends BsnTestBasis {

  @Autowired
  ExternalTaskService externalTaskService;

  @Test
  void theWorkerHoldingTheLockGetsTheBsnAndNobodyElse() {
    String bsn = TestBsn.random();
    String trajectId = aanmelding("worker-uwv", "Aanmelding.UWV", "UWV", bsn);
    String pi = naIntake(bsn);
    String uwvTaak = vergrendel("worker-uwv", "uwv-1", "uwv.uitkering-controleren", trajectId, 60_000);

    var antwoord = bsnVoor("worker-uwv", "demo", uwvTaak, "uwv-1");
    assertThat(antwoord.getStatusCode().value()).isEqualTo(200);
    assertThat(antwoord.getBody().path("bsn").asText()).isEqualTo(bsn);

    // another worker id of the same partner does not hold the lock
    weigering(bsnVoor("worker-uwv", "demo", uwvTaak, "uwv-2"), "niet vergrendeld");
    // another partner, even naming the worker id that holds the lock
    weigering(bsnVoor("worker-gemeente", "demo", uwvTaak, "uwv-1"), "geen taak van deze partner");
    weigering(bsnVoor("worker-sociale-partners", "demo", uwvTaak, "uwv-1"), "geen taak van deze partner");

    String gemeenteTaak = externalTaskService.createExternalTaskQuery().processInstanceId(pi)
        .topicName("gemeente.uitkering-controleren").singleResult().getId();
    // the gemeente's own task, before any worker locked it
    weigering(bsnVoor("worker-gemeente", "demo", gemeenteTaak, "gem-1"), "niet vergrendeld");
    // ... and after the lock expired
    assertThat(vergrendel("worker-gemeente", "gem-1", "gemeente.uitkering-controleren", trajectId, 1)).isEqualTo(gemeenteTaak);
    pauze(50);
    weigering(bsnVoor("worker-gemeente", "demo", gemeenteTaak, "gem-1"), "niet vergrendeld");
    vergrendel("worker-gemeente", "gem-1", "gemeente.uitkering-controleren", trajectId, 60_000);
    assertThat(bsnVoor("worker-gemeente", "demo", gemeenteTaak, "gem-1").getBody().path("bsn").asText()).isEqualTo(bsn);
  }

  @Test
  void anUnknownTaskIs404AndACallerWhoIsNoPartnerIsRefused() {
    var onbekend = bsnVoor("worker-uwv", "demo", UUID.randomUUID().toString(), "uwv-1");
    assertThat(onbekend.getStatusCode().value()).isEqualTo(404);
    assertThat(onbekend.getHeaders().getContentType().toString()).contains("problem+json");

    String bsn = TestBsn.random();
    String trajectId = aanmelding("worker-uwv", "Aanmelding.UWV", "UWV", bsn);
    naIntake(bsn);
    String uwvTaak = vergrendel("worker-uwv", "uwv-9", "uwv.uitkering-controleren", trajectId, 60_000);
    String password = UUID.randomUUID().toString();
    weigering(bsnVoor(driver.gebruiker("beheer", password, "camunda-admin"), password, uwvTaak, "uwv-9"),
        "Alleen een partnersysteem");
    weigering(bsnVoor("gids.amr15", "demo", uwvTaak, "uwv-9"), "Alleen een partnersysteem");
  }

  private static void weigering(ResponseEntity<JsonNode> antwoord, String reden) {
    assertThat(antwoord.getStatusCode().value()).isEqualTo(403);
    assertThat(antwoord.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(antwoord.getBody().path("detail").asText()).contains(reden);
    assertThat(antwoord.getBody().toString()).doesNotContainPattern("\\d{9}");
  }
}
