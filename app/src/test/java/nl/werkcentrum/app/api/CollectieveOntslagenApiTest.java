package nl.werkcentrum.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import nl.werkcentrum.app.support.TestBsn;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/collectieve-ontslagen} with the demo users: one route per employee, all or
 * nothing; bad input is a 400 problem+json naming the fields or rows (never a BSN), another region
 * or role a 403, and nothing is written in either case.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:collectief;DB_CLOSE_DELAY=-1")
class CollectieveOntslagenApiTest {

  static final String PAD = "/api/collectieve-ontslagen";

  @Autowired
  TestRestTemplate http;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void anEmployersCollectiveLayOffStartsOneRoutePerEmployee() {
    List<String> bsns = List.of(TestBsn.random(), TestBsn.random(), TestBsn.random());

    ResponseEntity<JsonNode> antwoord = melden("coordinator.amr15", verzoek("AMR15", bsns));

    assertThat(antwoord.getStatusCode().value()).isEqualTo(201);
    String collectief = antwoord.getBody().path("collectiefId").asText();
    assertThat(antwoord.getBody().path("aangemeld")).hasSize(3);
    assertThat(antwoord.getBody().toString()).doesNotContain(bsns.get(0));
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("van-werk-naar-werk")
        .activityIdIn("Loopbaanadvies").count()).isGreaterThanOrEqualTo(3);
    assertThat(jdbc.queryForList("select melder || ' ' || kvk_nummer from wc_werk_naar_werk where "
        + "cast(collectief_id as varchar) = ?", String.class, collectief))
        .containsExactly("WERKGEVER 12345678", "WERKGEVER 12345678", "WERKGEVER 12345678");
  }

  @Test
  void oneBadRowRefusesTheWholeListNamingTheRows() {
    long voor = routes();
    String goed = TestBsn.random();

    ResponseEntity<JsonNode> antwoord = melden("coordinator.amr15",
        verzoek("AMR15", List.of(goed, "123456789", TestBsn.random(), goed, "12")));

    assertThat(antwoord.getStatusCode().value()).isEqualTo(400);
    assertThat(antwoord.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(antwoord.getBody().path("detail").asText()).isEqualTo("3 rijen zijn ongeldig; er is niemand aangemeld");
    assertThat(antwoord.getBody().path("velden").toString()).contains("bsns");
    assertThat(antwoord.getBody().path("rijen").findValuesAsText("rij")).containsExactly("2", "4", "5");
    assertThat(antwoord.getBody().toString()).doesNotContain("123456789").doesNotContain(goed);
    assertThat(routes()).isEqualTo(voor);
  }

  @Test
  void aBadKvkNummerRegionDateOrMissingListIsA400() {
    long voor = routes();
    List<String> bsns = List.of(TestBsn.random());

    assertBadRequest(verzoek("AMR15", bsns, "1234567", LocalDate.now().plusDays(30).toString()), "kvkNummer");
    assertBadRequest(verzoek("AMR99", bsns), "regio");
    assertBadRequest(verzoek("AMR15", bsns, "12345678", LocalDate.now().minusDays(1).toString()), "ontslagdatum");
    assertBadRequest(verzoek("AMR15", bsns, "12345678", "1 maart"), "ontslagdatum");
    assertBadRequest(verzoek("AMR15", List.of()), "bsns");
    Map<String, Object> zonderLijst = new HashMap<>(verzoek("AMR15", bsns));
    zonderLijst.remove("bsns");
    assertBadRequest(zonderLijst, "bsns");
    assertThat(routes()).isEqualTo(voor);
  }

  @Test
  void anotherRegionsOrAnotherRolesCallerIsA403AndAPartnerSystemToo() {
    long voor = routes();
    Map<String, Object> verzoek = verzoek("AMR15", List.of(TestBsn.random()));

    for (String gebruiker : List.of("coordinator.amr24", "gids.amr15", "budgethouder1.amr15", "worker-sociale-partners")) {
      ResponseEntity<JsonNode> antwoord = melden(gebruiker, verzoek);
      assertThat(antwoord.getStatusCode().value()).as(gebruiker).isEqualTo(403);
      assertThat(antwoord.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
    assertThat(routes()).isEqualTo(voor);
  }

  private void assertBadRequest(Map<String, Object> verzoek, String veld) {
    ResponseEntity<JsonNode> antwoord = melden("coordinator.amr15", verzoek);
    assertThat(antwoord.getStatusCode().value()).as(veld).isEqualTo(400);
    assertThat(antwoord.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(antwoord.getBody().path("velden").toString()).as(veld).contains(veld);
  }

  private static Map<String, Object> verzoek(String regio, List<String> bsns) {
    return verzoek(regio, bsns, "12345678", LocalDate.now().plusDays(30).toString());
  }

  private static Map<String, Object> verzoek(String regio, List<String> bsns, String kvk, String datum) {
    return Map.of("kvkNummer", kvk, "regio", regio, "ontslagdatum", datum, "bsns", bsns);
  }

  private ResponseEntity<JsonNode> melden(String gebruiker, Map<String, Object> verzoek) {
    return http.withBasicAuth(gebruiker, "demo").postForEntity(PAD, verzoek, JsonNode.class);
  }

  private long routes() {
    return jdbc.queryForObject("select count(*) from wc_werk_naar_werk", Long.class);
  }
}
