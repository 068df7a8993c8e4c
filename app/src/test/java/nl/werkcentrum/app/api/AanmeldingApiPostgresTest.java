package nl.werkcentrum.app.api;

import nl.werkcentrum.app.support.PostgresTest;
import nl.werkcentrum.app.support.TestBsn;
import nl.werkcentrum.app.support.TrajectDriver;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Our REST API as a partner system or a funder calls it, on the production database. */
@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AanmeldingApiPostgresTest {

  @Autowired
  TestRestTemplate anonymous;

  @Autowired
  TrajectDriver driver;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  JdbcTemplate jdbc;

  TestRestTemplate http;

  @BeforeEach
  void beheerder() {
    String password = UUID.randomUUID().toString();
    http = anonymous.withBasicAuth(driver.gebruiker("api", password, "camunda-admin"), password);
  }

  @Test
  void aSignUpStartsTheTrajectoryAndASecondOneThroughAnotherDoorJoinsIt() {
    String bsn = TestBsn.random();

    var eerste = post("/api/aanmeldingen", Map.of("bsn", bsn, "regio", "AMR15", "kanaal", "WERKCENTRUM"));
    assertThat(eerste.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String trajectId = (String) eerste.getBody().get("trajectId");
    assertThat(eerste.getHeaders().getLocation()).hasToString(
        anonymous.getRootUri() + "/api/trajecten/" + trajectId);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trajectId).count())
        .isEqualTo(1);

    var tweede = post("/api/aanmeldingen", Map.of("bsn", bsn, "regio", "AMR15", "kanaal", "UWV"));
    assertThat(tweede.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tweede.getBody()).containsEntry("trajectId", trajectId).containsEntry("herhaald", true);

    var traject = http.getForEntity("/api/trajecten/" + trajectId, Map.class);
    assertThat(traject.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<?>) traject.getBody().get("aanmeldingen")).hasSize(2);
    assertThat(traject.getBody().toString()).doesNotContain(bsn);
    assertThat(jdbc.queryForObject("select count(*) from wc_traject t join wc_werkzoekende w "
        + "on w.id = t.werkzoekende_id where t.id = ?", Integer.class, UUID.fromString(trajectId)))
        .isEqualTo(1);
  }

  @Test
  void anInvalidBsnIsRefusedNamingTheFieldAndLeavesNothing() {
    int personen = count("wc_werkzoekende");
    var antwoord = post("/api/aanmeldingen", Map.of("bsn", "123456789", "regio", "AMR15", "kanaal", "UWV"));

    assertProblem(antwoord, HttpStatus.BAD_REQUEST, "bsn");
    assertThat(antwoord.getBody().toString()).doesNotContain("123456789");
    assertThat(count("wc_werkzoekende")).isEqualTo(personen);
  }

  @Test
  void anUnknownRegionIsRefusedNamingTheField() {
    int trajecten = count("wc_traject");
    assertProblem(post("/api/aanmeldingen", Map.of("bsn", TestBsn.random(), "regio", "AMR99",
        "kanaal", "GEMEENTE")), HttpStatus.BAD_REQUEST, "regio");
    assertThat(count("wc_traject")).isEqualTo(trajecten);
  }

  @Test
  void aMissingChannelAndMalformedJsonAreRefused() {
    assertProblem(post("/api/aanmeldingen", Map.of("bsn", TestBsn.random(), "regio", "AMR15")),
        HttpStatus.BAD_REQUEST, "kanaal");
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    var malformed = http.postForEntity("/api/aanmeldingen", new HttpEntity<>("{\"bsn\": ", headers), Map.class);
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getHeaders().getContentType().toString()).contains("problem+json");
  }

  @Test
  void depositsShowInTheRegionsBudgetAndBadDepositsAreRefused() {
    int jaar = 2090;
    long voor = ((Number) http.getForEntity("/api/regios/AMR24/budget?jaar=" + jaar, Map.class)
        .getBody().get("gestort")).longValue();

    var storting = post("/api/regios/AMR24/budget/stortingen",
        Map.of("financier", "GEMEENTE", "bedrag", 25_000, "jaar", jaar));
    assertThat(storting.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    var overzicht = http.getForEntity("/api/regios/AMR24/budget?jaar=" + jaar, Map.class).getBody();
    assertThat(((Number) overzicht.get("gestort")).longValue()).isEqualTo(voor + 25_000);

    assertProblem(post("/api/regios/AMR24/budget/stortingen",
        Map.of("financier", "UWV", "bedrag", -5, "jaar", jaar)), HttpStatus.BAD_REQUEST, "bedrag");
    assertProblem(post("/api/regios/AMR99/budget/stortingen",
        Map.of("financier", "UWV", "bedrag", 5, "jaar", jaar)), HttpStatus.BAD_REQUEST, "regio");
  }

  @Test
  void unknownIdsAnswer404AndStrangersAnswer401() {
    assertThat(http.getForEntity("/api/trajecten/" + UUID.randomUUID(), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(anonymous.getForEntity("/api/trajecten/" + UUID.randomUUID(), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theOpenApiDescriptionIsServed() {
    var api = anonymous.getForEntity("/v3/api-docs", String.class);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(api.getBody()).contains("/api/aanmeldingen").contains("/api/regios/{regio}/budget");
  }

  @SuppressWarnings("unchecked")
  private ResponseEntity<Map<String, Object>> post(String path, Map<String, ?> body) {
    return (ResponseEntity<Map<String, Object>>) (ResponseEntity<?>) http.postForEntity(path, body, Map.class);
  }

  private static void assertProblem(ResponseEntity<Map<String, Object>> antwoord, HttpStatus status, String veld) {
    assertThat(antwoord.getStatusCode()).isEqualTo(status);
    assertThat(antwoord.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(antwoord.getBody().get("velden")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).contains(veld);
  }

  private int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }
}
