package nl.werkcentrum.app.werkgever;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our API for employers' questions: bad input is a 400 problem+json naming the field (the KvK check
 * included), another region's werkgeversadviseur and other roles get 403, and nothing is written;
 * a good question is 201 with its id, started in the process, and its vacancy is listed as open.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:werkgeversvraag-api;DB_CLOSE_DELAY=-1")
class WerkgeversvraagApiTest {

  static final String ADVISEUR_15 = "werkgeversadviseur.amr15";
  static final String ADVISEUR_24 = "werkgeversadviseur.amr24";
  static final String PAD = "/api/werkgeversvragen";
  static final String VACATURE = "{\"functie\":\"Verzorgende IG\",\"aantal\":2,\"urenPerWeek\":32,"
      + "\"startdatum\":\"2027-03-01\",\"banenafspraak\":true}";

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  RuntimeService runtimeService;

  final ObjectMapper json = new ObjectMapper();
  final HttpClient client = HttpClient.newHttpClient();

  record Geval(String wie, String body, int status, String veld) {
  }

  static String vraag(String kvk, String regio, String sector, String vacatures) {
    return "{\"kvkNummer\":" + kvk + ",\"werkgeverNaam\":\"Zorggroep\",\"regio\":" + regio + ",\"sector\":" + sector
        + ",\"vacatures\":" + vacatures + "}";
  }

  static Stream<Arguments> geweigerd() {
    Map<String, Geval> t = new LinkedHashMap<>();
    String goed = "[" + VACATURE + "]";
    t.put("KvK of seven digits", new Geval(ADVISEUR_15, vraag("\"1234567\"", "\"AMR15\"", "\"ZORG\"", goed), 400, "kvkNummer"));
    t.put("KvK of nine digits", new Geval(ADVISEUR_15, vraag("\"123456789\"", "\"AMR15\"", "\"ZORG\"", goed), 400, "kvkNummer"));
    t.put("KvK all zeros", new Geval(ADVISEUR_15, vraag("\"00000000\"", "\"AMR15\"", "\"ZORG\"", goed), 400, "kvkNummer"));
    t.put("KvK with letters", new Geval(ADVISEUR_15, vraag("\"1234567A\"", "\"AMR15\"", "\"ZORG\"", goed), 400, "kvkNummer"));
    t.put("KvK missing", new Geval(ADVISEUR_15, vraag("null", "\"AMR15\"", "\"ZORG\"", goed), 400, "kvkNummer"));
    t.put("KvK an object", new Geval(ADVISEUR_15, vraag("{\"nr\":1}", "\"AMR15\"", "\"ZORG\"", goed), 400, "kvkNummer"));
    t.put("unknown region", new Geval(ADVISEUR_15, vraag("\"12345678\"", "\"AMR99\"", "\"ZORG\"", goed), 400, "regio"));
    t.put("unknown sector", new Geval(ADVISEUR_15, vraag("\"12345678\"", "\"AMR15\"", "\"BAKKERIJ\"", goed), 400, "sector"));
    t.put("no vacancies", new Geval(ADVISEUR_15, vraag("\"12345678\"", "\"AMR15\"", "\"ZORG\"", "[]"), 400, "vacatures"));
    t.put("vacancies not a list", new Geval(ADVISEUR_15, vraag("\"12345678\"", "\"AMR15\"", "\"ZORG\"", "7"), 400, "vacatures"));
    t.put("vacancy without function", new Geval(ADVISEUR_15, vraag("\"12345678\"", "\"AMR15\"", "\"ZORG\"",
        "[{\"aantal\":1,\"urenPerWeek\":8}]"), 400, "vacatures[0].functie"));
    t.put("vacancy for nobody", new Geval(ADVISEUR_15, vraag("\"12345678\"", "\"AMR15\"", "\"ZORG\"",
        "[{\"functie\":\"x\",\"aantal\":0,\"urenPerWeek\":8}]"), 400, "vacatures[0].aantal"));
    t.put("vacancy of 80 hours", new Geval(ADVISEUR_15, vraag("\"12345678\"", "\"AMR15\"", "\"ZORG\"",
        "[{\"functie\":\"x\",\"aantal\":1,\"urenPerWeek\":80}]"), 400, "vacatures[0].urenPerWeek"));
    t.put("number of people as text", new Geval(ADVISEUR_15, vraag("\"12345678\"", "\"AMR15\"", "\"ZORG\"",
        "[{\"functie\":\"x\",\"aantal\":\"veel\",\"urenPerWeek\":8}]"), 400, null));
    t.put("start date no date", new Geval(ADVISEUR_15, vraag("\"12345678\"", "\"AMR15\"", "\"ZORG\"",
        "[{\"functie\":\"x\",\"aantal\":1,\"urenPerWeek\":8,\"startdatum\":\"morgen\"}]"), 400, null));
    t.put("malformed JSON", new Geval(ADVISEUR_15, "{\"kvkNummer\":", 400, null));
    t.put("another region's werkgeversadviseur", new Geval(ADVISEUR_24,
        vraag("\"12345678\"", "\"AMR15\"", "\"ZORG\"", goed), 403, null));
    t.put("a gids", new Geval("gids.amr15", vraag("\"12345678\"", "\"AMR15\"", "\"ZORG\"", goed), 403, null));
    t.put("a consulent", new Geval("consulent.uwv.amr15", vraag("\"12345678\"", "\"AMR15\"", "\"ZORG\"", goed), 403, null));
    t.put("UWV's system", new Geval("worker-uwv", vraag("\"12345678\"", "\"AMR15\"", "\"ZORG\"", goed), 403, null));
    return t.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("geweigerd")
  void isRefusedAsProblemJsonAndWritesNothing(String naam, Geval geval) throws Exception {
    Map<String, Integer> voor = tellingen();

    HttpResponse<String> antwoord = send(geval.wie(), "POST", PAD, geval.body());

    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(geval.status());
    assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(antwoord.body());
    assertThat(problem.path("detail").asText()).isNotBlank();
    if (geval.veld() != null) {
      List<String> velden = new ArrayList<>();
      problem.path("velden").forEach(v -> velden.add(v.asText()));
      assertThat(velden).contains(geval.veld());
    }
    assertThat(tellingen()).as("nothing written").isEqualTo(voor);
  }

  @Test
  void aGoodQuestionIsTakenAndItsVacancyIsOpenForTheRegion() throws Exception {
    var antwoord = send(ADVISEUR_15, "POST", PAD, vraag("\"12345678\"", "\"AMR15\"", "\"ZORG\"", "[" + VACATURE + "]"));

    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
    String id = json.readTree(antwoord.body()).get("werkgeversvraagId").asText();
    assertThat(antwoord.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(PAD + "/" + id));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id)
        .processDefinitionKey("werkgeversvraag").count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select kanaal from wc_werkgeversvraag where id = ?", String.class,
        java.util.UUID.fromString(id))).isEqualTo("WERKCENTRUM");

    var sp = send("worker-sociale-partners", "POST", PAD, vraag("\"87654321\"", "\"AMR24\"", "\"TECHNIEK\"",
        "[" + VACATURE + "]"));
    assertThat(sp.statusCode()).as(sp.body()).isEqualTo(201);
    assertThat(jdbc.queryForObject("select kanaal from wc_werkgeversvraag where id = ?", String.class,
        java.util.UUID.fromString(json.readTree(sp.body()).get("werkgeversvraagId").asText()))).isEqualTo("SOCIALE_PARTNERS");

    // the sociale partners' system reads the open vacancies for its matching; the region's caseworkers too
    var open = send("worker-sociale-partners", "GET", "/api/regios/AMR15/vacatures", null);
    assertThat(open.statusCode()).as(open.body()).isEqualTo(200);
    assertThat(json.readTree(open.body()).findValuesAsText("werkgeversvraagId")).contains(id);
    assertThat(send("gids.amr15", "GET", "/api/regios/AMR15/vacatures", null).statusCode()).isEqualTo(200);
    assertThat(send("gids.amr24", "GET", "/api/regios/AMR15/vacatures", null).statusCode()).isEqualTo(403);
    assertThat(send("worker-uwv", "GET", "/api/regios/AMR15/vacatures", null).statusCode()).isEqualTo(403);
    assertThat(send("gids.amr15", "GET", "/api/regios/AMR99/vacatures", null).statusCode()).isEqualTo(400);
  }

  private Map<String, Integer> tellingen() {
    Map<String, Integer> tellingen = new LinkedHashMap<>();
    for (String tabel : List.of("wc_werkgeversvraag", "wc_vacature", "wc_voordracht")) {
      tellingen.put(tabel, jdbc.queryForObject("select count(*) from " + tabel, Integer.class));
    }
    tellingen.put("process instances", (int) runtimeService.createProcessInstanceQuery().count());
    return tellingen;
  }

  private HttpResponse<String> send(String user, String methode, String pad, String body) throws Exception {
    String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad))
        .header("Accept", "application/json").header("Authorization", "Basic " + basic);
    if (body == null) {
      request.method(methode, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").method(methode, HttpRequest.BodyPublishers.ofString(body));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
