package nl.werkcentrum.app.balie;

import com.fasterxml.jackson.databind.JsonNode;
import nl.werkcentrum.app.support.TestBsn;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gids's advice without a trajectory through the engine REST API, as Tasklist calls it with the
 * demo users: the start form in the gids's own region only, the follow-up task for the region's
 * gidsen only, its form's fields only, and the 11-proef refusal with the Dutch reason.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:balievraag;DB_CLOSE_DELAY=-1")
class BalievraagTest {

  static final String START = "/engine-rest/process-definition/key/vraag-aan-de-balie/submit-form";

  @Autowired
  TestRestTemplate http;

  @Autowired
  TaskService taskService;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aGidsRecordsAQuestionInTheirOwnRegionOnly() {
    long voor = gesprekken();

    assertThat(vraag("gids.amr15", "EIGEN", "VACATURES", false).getStatusCode().value()).isEqualTo(200);
    assertThat(gesprekken()).isEqualTo(voor + 1);

    ResponseEntity<JsonNode> andere = vraag("gids.amr15", "AMR24", "VACATURES", false);
    assertThat(andere.getStatusCode().value()).isEqualTo(400);
    assertThat(andere.getBody().path("message").asText()).contains("eigen regio");
    ResponseEntity<JsonNode> geenGids = vraag("coordinator.amr15", "EIGEN", "VACATURES", false);
    assertThat(geenGids.getStatusCode().value()).isEqualTo(400);
    assertThat(geenGids.getBody().path("message").asText()).contains("geen gids");
    ResponseEntity<JsonNode> onbekend = vraag("gids.amr15", "EIGEN", "HUISVESTING", false);
    assertThat(onbekend.getStatusCode().value()).isEqualTo(400);
    assertThat(gesprekken()).isEqualTo(voor + 1);
  }

  @Test
  void theFollowUpIsForTheRegionsGidsenAndTakesOnlyItsFormWithAValidBsn() {
    String pi = vraag("gids.amr15", "EIGEN", "LOOPBAAN", true).getBody().path("id").asText();
    String taak = taskService.createTaskQuery().processInstanceId(pi).singleResult().getId();
    long trajecten = trajecten();

    assertThat(complete("gids.amr24", taak, Map.of("omzetten", false)).getStatusCode().is4xxClientError()).isTrue();
    var teVeel = complete("gids.amr15", taak, Map.of("omzetten", true, "bsn", TestBsn.random(), "advies", "x"));
    assertThat(teVeel.getStatusCode().value()).isEqualTo(400);
    assertThat(teVeel.getBody().path("velden").toString()).contains("advies");
    var fout = complete("gids.amr15", taak, Map.of("omzetten", true, "bsn", "123456789"));
    assertThat(fout.getStatusCode().value()).isEqualTo(400);
    assertThat(fout.getBody().path("message").asText())
        .isEqualTo("Geen geldig BSN (negen cijfers die de 11-proef doorstaan)");
    assertThat(trajecten()).isEqualTo(trajecten);

    assertThat(complete("gids.amr15", taak, Map.of("omzetten", true, "bsn", TestBsn.random()))
        .getStatusCode().value()).isEqualTo(204);
    assertThat(trajecten()).isEqualTo(trajecten + 1);
    assertThat(jdbc.queryForObject("select count(*) from wc_baliegesprek where process_instance_id = ? "
        + "and traject_id is not null", Long.class, pi)).isEqualTo(1);
  }

  private ResponseEntity<JsonNode> vraag(String gids, String regio, String vraagsoort, boolean vervolg) {
    Map<String, Object> variabelen = new LinkedHashMap<>();
    variabelen.put("vraagsoort", Map.of("value", vraagsoort, "type", "String"));
    variabelen.put("advies", Map.of("value", "Zie werk.nl", "type", "String"));
    variabelen.put("doorverwijzing", Map.of("value", "GEEN", "type", "String"));
    variabelen.put("vervolgGewenst", Map.of("value", vervolg, "type", "Boolean"));
    variabelen.put("regio", Map.of("value", regio, "type", "String"));
    return http.withBasicAuth(gids, "demo").postForEntity(START, Map.of("variables", variabelen), JsonNode.class);
  }

  private ResponseEntity<JsonNode> complete(String user, String taak, Map<String, Object> waarden) {
    Map<String, Object> variabelen = new LinkedHashMap<>();
    waarden.forEach((naam, waarde) -> variabelen.put(naam, Map.of("value", waarde)));
    return http.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + taak + "/complete",
        Map.of("variables", variabelen), JsonNode.class);
  }

  private long gesprekken() {
    return jdbc.queryForObject("select count(*) from wc_baliegesprek", Long.class);
  }

  private long trajecten() {
    return jdbc.queryForObject("select count(*) from wc_traject", Long.class);
  }
}
