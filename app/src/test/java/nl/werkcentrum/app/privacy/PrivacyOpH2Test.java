package nl.werkcentrum.app.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import nl.werkcentrum.app.support.TestBsn;
import nl.werkcentrum.app.support.TrajectDriver;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded H2 database takes the same log, inzage and retention (the PostgreSQL tests go
 * further); with the demo profile, so the demo privacy officer answers the inzage.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:privacy;DB_CLOSE_DELAY=-1")
@Import(PrivacyTestBasis.Klok.class)
class PrivacyOpH2Test {

  @Autowired
  TestRestTemplate http;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TrajectDriver driver;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  Bewaartermijn bewaartermijn;

  @Autowired
  PrivacyTestBasis.VerschuifbareKlok klok;

  @AfterEach
  void klokTerug() {
    klok.terug();
  }

  @Test
  void signUpInzageAndRetentionOnH2() {
    String bsn = TestBsn.random();
    String trajectId = UUID.randomUUID().toString();
    var aanmelding = http.withBasicAuth("worker-uwv", "demo").postForEntity("/engine-rest/message", Map.of(
        "messageName", "Aanmelding.UWV", "businessKey", trajectId,
        "processVariables", Map.of("bsn", Map.of("value", bsn, "type", "String"),
            "regio", Map.of("value", "AMR15", "type", "String"),
            "kanaal", Map.of("value", "UWV", "type", "String"))), String.class);
    assertThat(aanmelding.getStatusCode().is2xxSuccessful()).as(aanmelding.getBody()).isTrue();
    String pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trajectId).singleResult().getId();
    driver.wachtOpTaak(pi, "Intake");

    var inzage = http.withBasicAuth("privacy.officer", "demo").postForEntity("/api/inzageverzoeken",
        Map.of("bsn", bsn), JsonNode.class);
    assertThat(inzage.getStatusCode().value()).isEqualTo(200);
    JsonNode document = inzage.getBody();
    assertThat(document.path("trajecten").get(0).path("traject").path("id").asText()).isEqualTo(trajectId);
    assertThat(document.path("trajecten").get(0).path("aanmeldingen").get(0).path("ontvangenOp").asText())
        .matches("\\d{4}-\\d{2}-\\d{2}T.*");
    assertThat(document.path("verwerkingen")).extracting(r -> r.path("organisatie").asText())
        .containsExactly("UWV", "WERKCENTRUM");
    assertThat(http.withBasicAuth("gids.amr15", "demo").postForEntity("/api/inzageverzoeken",
        Map.of("bsn", bsn), JsonNode.class).getStatusCode().value()).isEqualTo(403);

    runtimeService.createMessageCorrelation("TrajectBeeindigen").processInstanceBusinessKey(trajectId)
        .setVariable("beeindigingsreden", "VERHUISD").correlate();
    klok.verschuif(Duration.ofDays(2 * 366 + 1));
    assertThat(bewaartermijn.opruimen()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from wc_traject where id = ? and werkzoekende_id is null "
        + "and gegevens_verwijderd_op is not null", Integer.class, UUID.fromString(trajectId))).isEqualTo(1);
    assertThat(http.withBasicAuth("privacy.officer", "demo").postForEntity("/api/inzageverzoeken",
        Map.of("bsn", bsn), JsonNode.class).getBody().path("bekend").asBoolean()).isFalse();
  }
}
