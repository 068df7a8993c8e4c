package nl.werkcentrum.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.werkcentrum.app.support.TestBsn;
import nl.werkcentrum.app.support.TrajectDriver;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal of our API, table-driven: wrong types, missing fields, unknown values, huge and
 * negative amounts, another region's data, no or wrong credentials, as each relevant demo user.
 * Each must be a 4xx in the one problem+json shape, name the field where there is one, never
 * repeat a BSN, and leave every table as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OngeldigeInvoerApiTestBase {

  static final String GIDS_15 = "gids.amr15";
  static final String GIDS_24 = "gids.amr24";
  static final String BUDGETHOUDER_15 = "budgethouder1.amr15";
  static final String WORKER_UWV = "worker-uwv";
  static final String ADMIN = "beheerder";
  static final String DEMO_PASSWORD = "demo";

  /** Tables a refused call must leave alone: the domain and the ledger. */
  static final List<String> TABELLEN = List.of("wc_werkzoekende", "wc_traject", "wc_aanmelding",
      "wc_traject_fase", "wc_werkplan", "wc_budget_pot", "wc_budget_mutatie", "wc_verwijzing",
      "wc_scholing", "wc_plaatsing");

  static final String BSN = TestBsn.random();

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  TrajectDriver driver;

  @Autowired
  RuntimeService runtimeService;

  final ObjectMapper json = new ObjectMapper();
  final HttpClient client = HttpClient.newHttpClient();

  String admin;
  String adminPassword = UUID.randomUUID().toString();
  String trajectAmr15;

  /** One AMR15 trajectory, waiting at the intake, for the calls that read one. */
  @BeforeAll
  void eenTraject() throws Exception {
    admin = driver.gebruiker(ADMIN, adminPassword, "camunda-admin");
    var antwoord = send(admin, adminPassword, "POST", "/api/aanmeldingen",
        "{\"bsn\":\"" + TestBsn.random() + "\",\"regio\":\"AMR15\",\"kanaal\":\"WERKCENTRUM\"}", "application/json");
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
    trajectAmr15 = json.readTree(antwoord.body()).get("trajectId").asText();
    String pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trajectAmr15)
        .singleResult().getId();
    // the job executor must be done with it, or its rows would move the counts
    driver.wachtOpTaak(pi, "Intake");
  }

  /** A refused call: who, what, and the status and field (or null) it must answer with. */
  record Geval(String wie, String methode, String pad, String body, int status, String veld) {

    Geval(String wie, String methode, String pad, String body, int status) {
      this(wie, methode, pad, body, status, null);
    }
  }

  static Stream<Arguments> geweigerd() {
    Map<String, Geval> t = new LinkedHashMap<>();
    String bsn = "\"bsn\":\"" + BSN + "\"";
    String aanmelding = "/api/aanmeldingen";
    String storting = "/api/regios/AMR15/budget/stortingen";
    String budget = "/api/regios/AMR15/budget";
    String rapport = "/api/regios/AMR15/rapportage";
    String traject = "/api/trajecten/{traject}";

    // who you are: no credentials, a wrong password, an unknown user, on every endpoint
    for (String[] call : new String[][] {{"POST", aanmelding}, {"GET", traject}, {"GET", budget},
        {"POST", storting}, {"GET", rapport + "?van=2026-01-01&tot=2026-12-31"}}) {
      t.put("no credentials " + call[0] + " " + call[1], new Geval(null, call[0], call[1], "{}", 401));
      // a user of its own: the engine delays the next logins of a user after failed ones
      t.put("wrong password " + call[0] + " " + call[1],
          new Geval("consulent.uwv.amr15:fout", call[0], call[1], "{}", 401));
      t.put("unknown user " + call[0] + " " + call[1],
          new Geval("niemand:demo", call[0], call[1], "{}", 401));
    }

    // sign-ups, through the doors of a gids, a partner system and the administrator
    for (String wie : List.of(GIDS_15, WORKER_UWV, ADMIN)) {
      String als = " (" + wie + ")";
      t.put("invalid BSN" + als, new Geval(wie, "POST", aanmelding,
          "{\"bsn\":\"123456789\",\"regio\":\"AMR15\",\"kanaal\":\"UWV\"}", 400, "bsn"));
      t.put("BSN missing" + als, new Geval(wie, "POST", aanmelding,
          "{\"regio\":\"AMR15\",\"kanaal\":\"UWV\"}", 400, "bsn"));
      t.put("BSN blank" + als, new Geval(wie, "POST", aanmelding,
          "{\"bsn\":\"  \",\"regio\":\"AMR15\",\"kanaal\":\"UWV\"}", 400, "bsn"));
      t.put("BSN an object" + als, new Geval(wie, "POST", aanmelding,
          "{\"bsn\":{\"nr\":1},\"regio\":\"AMR15\",\"kanaal\":\"UWV\"}", 400, "bsn"));
      t.put("BSN huge" + als, new Geval(wie, "POST", aanmelding,
          "{\"bsn\":\"" + "9".repeat(100_000) + "\",\"regio\":\"AMR15\",\"kanaal\":\"UWV\"}", 400, "bsn"));
      t.put("unknown region" + als, new Geval(wie, "POST", aanmelding,
          "{" + bsn + ",\"regio\":\"AMR99\",\"kanaal\":\"UWV\"}", 400, "regio"));
      t.put("region missing" + als, new Geval(wie, "POST", aanmelding,
          "{" + bsn + ",\"kanaal\":\"UWV\"}", 400, "regio"));
      t.put("region a number" + als, new Geval(wie, "POST", aanmelding,
          "{" + bsn + ",\"regio\":15,\"kanaal\":\"UWV\"}", 400, "regio"));
      t.put("unknown channel" + als, new Geval(wie, "POST", aanmelding,
          "{" + bsn + ",\"regio\":\"AMR15\",\"kanaal\":\"FAX\"}", 400, "kanaal"));
      t.put("channel in lower case" + als, new Geval(wie, "POST", aanmelding,
          "{" + bsn + ",\"regio\":\"AMR15\",\"kanaal\":\"uwv\"}", 400, "kanaal"));
      t.put("channel as a number" + als, new Geval(wie, "POST", aanmelding,
          "{" + bsn + ",\"regio\":\"AMR15\",\"kanaal\":1}", 400, "kanaal"));
      t.put("channel missing" + als, new Geval(wie, "POST", aanmelding,
          "{" + bsn + ",\"regio\":\"AMR15\"}", 400, "kanaal"));
      t.put("sign-up as an array" + als, new Geval(wie, "POST", aanmelding,
          "[{" + bsn + ",\"regio\":\"AMR15\",\"kanaal\":\"UWV\"}]", 400));
      t.put("sign-up empty body" + als, new Geval(wie, "POST", aanmelding, "", 400));
      t.put("sign-up null" + als, new Geval(wie, "POST", aanmelding, "null", 400));
      t.put("sign-up malformed JSON" + als, new Geval(wie, "POST", aanmelding, "{" + bsn + ",", 400));
      t.put("sign-up as text/plain" + als, new Geval(wie, "POST " + "text/plain", aanmelding,
          "{" + bsn + ",\"regio\":\"AMR15\",\"kanaal\":\"UWV\"}", 415));
      // a partner system may sign people up and nothing else on our API
      t.put("GET on sign-ups" + als, new Geval(wie, "GET", aanmelding, null, wie.equals(WORKER_UWV) ? 403 : 405));
    }

    // deposits: the budget holder of the region, and whoever is not one
    String ok = "\"financier\":\"UWV\",\"jaar\":2026";
    for (String[] geval : new String[][] {
        {"unknown funder", "{\"financier\":\"BANK\",\"bedrag\":100}", "financier"},
        {"funder as a number", "{\"financier\":2,\"bedrag\":100}", "financier"},
        {"funder missing", "{\"bedrag\":100}", "financier"},
        {"negative amount", "{" + ok + ",\"bedrag\":-5}", "bedrag"},
        {"zero amount", "{" + ok + ",\"bedrag\":0}", "bedrag"},
        {"amount with three decimals", "{" + ok + ",\"bedrag\":100.555}", "bedrag"},
        {"amount above the limit", "{" + ok + ",\"bedrag\":100000000.01}", "bedrag"},
        {"huge amount", "{" + ok + ",\"bedrag\":1e400}", "bedrag"},
        {"amount as text", "{" + ok + ",\"bedrag\":\"veel\"}", "bedrag"},
        {"amount as an object", "{" + ok + ",\"bedrag\":{\"euro\":5}}", "bedrag"},
        {"amount missing", "{" + ok + "}", "bedrag"},
        {"year too early", "{\"financier\":\"UWV\",\"bedrag\":100,\"jaar\":1999}", "jaar"},
        {"year as text", "{\"financier\":\"UWV\",\"bedrag\":100,\"jaar\":\"volgend\"}", "jaar"},
        {"year out of range", "{\"financier\":\"UWV\",\"bedrag\":100,\"jaar\":100000000000000000000}", "jaar"},
        {"deposit as an array", "[{" + ok + ",\"bedrag\":100}]", null},
        {"deposit empty body", "", null}}) {
      t.put(geval[0], new Geval(BUDGETHOUDER_15, "POST", storting, geval[1], 400, geval[2]));
    }
    String storten = "{\"financier\":\"UWV\",\"bedrag\":100.50,\"jaar\":2026}";
    t.put("deposit in an unknown region", new Geval(BUDGETHOUDER_15, "POST",
        "/api/regios/AMR99/budget/stortingen", storten, 400, "regio"));
    t.put("deposit in a region in lower case", new Geval(BUDGETHOUDER_15, "POST",
        "/api/regios/amr15/budget/stortingen", storten, 400, "regio"));
    t.put("deposit in an unknown region (admin)", new Geval(ADMIN, "POST",
        "/api/regios/AMR99/budget/stortingen", storten, 400, "regio"));
    t.put("deposit in another region", new Geval(BUDGETHOUDER_15, "POST",
        "/api/regios/AMR24/budget/stortingen", storten, 403));
    t.put("deposit by a gids", new Geval(GIDS_15, "POST", storting, storten, 403));
    t.put("deposit by a partner system", new Geval(WORKER_UWV, "POST", storting, storten, 403));
    t.put("deposit by another region's gids", new Geval(GIDS_24, "POST", storting, storten, 403));

    // the budget overview
    for (String wie : List.of(GIDS_15, BUDGETHOUDER_15, ADMIN)) {
      String als = " (" + wie + ")";
      t.put("budget of an unknown region" + als,
          new Geval(wie, "GET", "/api/regios/AMR99/budget", null, 400, "regio"));
      t.put("budget year as text" + als, new Geval(wie, "GET", budget + "?jaar=dit", null, 400, "jaar"));
      t.put("budget year overflowing" + als,
          new Geval(wie, "GET", budget + "?jaar=99999999999", null, 400, "jaar"));
      t.put("budget year too early" + als, new Geval(wie, "GET", budget + "?jaar=1900", null, 400, "jaar"));
    }
    t.put("budget of another region", new Geval(GIDS_15, "GET", "/api/regios/AMR24/budget", null, 403));
    t.put("budget as a partner system", new Geval(WORKER_UWV, "GET", budget, null, 403));

    // the report
    for (String wie : List.of(GIDS_15, ADMIN)) {
      String als = " (" + wie + ")";
      t.put("report without van" + als, new Geval(wie, "GET", rapport + "?tot=2026-12-31", null, 400, "van"));
      t.put("report without tot" + als, new Geval(wie, "GET", rapport + "?van=2026-01-01", null, 400, "tot"));
      t.put("report with a month 13" + als,
          new Geval(wie, "GET", rapport + "?van=2026-13-01&tot=2026-12-31", null, 400, "van"));
      t.put("report with a word for a date" + als,
          new Geval(wie, "GET", rapport + "?van=2026-01-01&tot=morgen", null, 400, "tot"));
      t.put("report tot before van" + als,
          new Geval(wie, "GET", rapport + "?van=2026-12-31&tot=2026-01-01", null, 400, "tot"));
      t.put("report in year 1" + als,
          new Geval(wie, "GET", rapport + "?van=0001-01-01&tot=2026-01-01", null, 400, "van"));
      t.put("report of an unknown region" + als, new Geval(wie, "GET",
          "/api/regios/AMR99/rapportage?van=2026-01-01&tot=2026-12-31", null, 400, "regio"));
    }
    t.put("report of another region", new Geval(GIDS_15, "GET",
        "/api/regios/AMR24/rapportage?van=2026-01-01&tot=2026-12-31", null, 403));
    t.put("report as a partner system", new Geval(WORKER_UWV, "GET",
        rapport + "?van=2026-01-01&tot=2026-12-31", null, 403));

    // trajectories
    for (String wie : List.of(GIDS_15, ADMIN)) {
      String als = " (" + wie + ")";
      t.put("malformed trajectory id" + als, new Geval(wie, "GET", "/api/trajecten/nummer-1", null, 400, "id"));
      t.put("unknown trajectory" + als, new Geval(wie, "GET", "/api/trajecten/" + UUID.randomUUID(), null, 404));
      t.put("unknown partner" + als, new Geval(wie, "GET", traject + "?partner=xyz", null, 400, "partner"));
      t.put("partner in upper case" + als, new Geval(wie, "GET", traject + "?partner=UWV", null, 400, "partner"));
      t.put("POST on a trajectory" + als, new Geval(wie, "POST", traject, "{}", 405));
      t.put("unknown path" + als, new Geval(wie, "GET", "/api/bestaat-niet", null, 404));
    }
    t.put("another region's trajectory", new Geval(GIDS_24, "GET", traject, null, 403));
    t.put("a trajectory as a partner system", new Geval(WORKER_UWV, "GET", traject, null, 403));

    // ending a trajectory: a reason from the list, by the region's own caseworkers
    String einde = traject + "/beeindiging";
    String verhuisd = "{\"reden\":\"VERHUISD\"}";
    for (String wie : List.of(GIDS_15, ADMIN)) {
      String als = " (" + wie + ")";
      t.put("end without a reason" + als, new Geval(wie, "POST", einde, "{}", 400, "reden"));
      t.put("end for an unknown reason" + als, new Geval(wie, "POST", einde, "{\"reden\":\"ZOMAAR\"}", 400, "reden"));
      t.put("end for a reason in lower case" + als,
          new Geval(wie, "POST", einde, "{\"reden\":\"verhuisd\"}", 400, "reden"));
      t.put("end with the reason as a number" + als, new Geval(wie, "POST", einde, "{\"reden\":3}", 400, "reden"));
      t.put("end an unknown trajectory" + als,
          new Geval(wie, "POST", "/api/trajecten/" + UUID.randomUUID() + "/beeindiging", verhuisd, 404));
    }
    t.put("end another region's trajectory", new Geval(GIDS_24, "POST", einde, verhuisd, 403));
    t.put("end a trajectory as its budget holder", new Geval(BUDGETHOUDER_15, "POST", einde, verhuisd, 403));
    t.put("end a trajectory through our API as a partner system", new Geval(WORKER_UWV, "POST", einde, verhuisd, 403));

    return t.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("geweigerd")
  void isRefusedAsProblemJsonAndWritesNothing(String naam, Geval geval) throws Exception {
    Map<String, Integer> voor = tellingen();
    String pad = geval.pad().replace("{traject}", trajectAmr15);
    String[] methode = geval.methode().split(" ");
    String contentType = methode.length > 1 ? methode[1] : "application/json";

    HttpResponse<String> antwoord;
    if (geval.wie() == null) {
      antwoord = client.send(request(methode[0], pad, geval.body(), contentType).build(),
          HttpResponse.BodyHandlers.ofString());
    } else {
      String[] wie = geval.wie().split(":");
      String password = wie.length > 1 ? wie[1] : wie[0].equals(ADMIN) ? adminPassword : DEMO_PASSWORD;
      antwoord = send(wie[0].equals(ADMIN) ? admin : wie[0], password, methode[0], pad, geval.body(), contentType);
    }

    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(geval.status());
    assertThat(antwoord.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(antwoord.body());
    assertThat(problem.path("status").asInt()).isEqualTo(geval.status());
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("detail").asText()).isNotBlank();
    if (geval.veld() != null) {
      assertThat(velden(problem)).contains(geval.veld());
    }
    assertThat(antwoord.body()).doesNotContain(BSN);
    if (geval.status() == 401) {
      assertThat(antwoord.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
          challenge -> assertThat(challenge).startsWith("Basic"));
    }
    assertThat(tellingen()).as("nothing written").isEqualTo(voor);
  }

  /** The other side of refusing 100.555: two decimals are kept to the cent. */
  @Test
  void aDepositKeepsItsCents() throws Exception {
    String budget = "/api/regios/AMR24/budget";
    var voor = json.readTree(send(admin, adminPassword, "GET", budget + "?jaar=2031", null, null).body());

    var storting = send("budgethouder1.amr24", DEMO_PASSWORD, "POST", budget + "/stortingen",
        "{\"financier\":\"RIJK\",\"bedrag\":100.55,\"jaar\":2031}", "application/json");

    assertThat(storting.statusCode()).as(storting.body()).isEqualTo(201);
    UUID mutatie = UUID.fromString(json.readTree(storting.body()).get("mutatieId").asText());
    assertThat(jdbc.queryForObject("select bedrag from wc_budget_mutatie where id = ?", BigDecimal.class, mutatie))
        .isEqualByComparingTo("100.55");
    var na = json.readTree(send(admin, adminPassword, "GET", budget + "?jaar=2031", null, null).body());
    assertThat(na.get("gestort").decimalValue().subtract(voor.get("gestort").decimalValue()))
        .isEqualByComparingTo("100.55");
  }

  @Test
  void theOpenApiDescriptionDocumentsEveryAnswer() throws Exception {
    String body = client.send(request("GET", "/v3/api-docs", null, null).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    // kept for reading the description without starting the app
    Files.writeString(Path.of("target", "api-docs.json"), body);
    JsonNode api = json.readTree(body);

    assertThat(api.at("/info/title").asText()).isEqualTo("Werkcentrum API");
    assertThat(api.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
    assertThat(api.at("/security/0").has("basic")).isTrue();
    JsonNode aanmelden = api.at("/paths/~1api~1aanmeldingen/post");
    assertThat(aanmelden.at("/responses").fieldNames()).toIterable()
        .contains("200", "201", "400", "401", "409");
    assertThat(aanmelden.at("/responses/400/content").has("application/problem+json")).isTrue();
    assertThat(aanmelden.at("/responses/201/content").has("application/json")).isTrue();
    List<String> zonderSamenvatting = new ArrayList<>();
    api.get("paths").fields().forEachRemaining(pad -> pad.getValue().fields().forEachRemaining(op -> {
      if (op.getValue().path("summary").asText().isBlank()) {
        zonderSamenvatting.add(op.getKey() + " " + pad.getKey());
      }
      assertThat(op.getValue().at("/responses/401/content").has("application/problem+json"))
          .as(op.getKey() + " " + pad.getKey()).isTrue();
    }));
    assertThat(zonderSamenvatting).isEmpty();
    assertThat(api.at("/paths/~1api~1trajecten~1{id}/get/responses").has("404")).isTrue();
    JsonNode storten = api.at("/paths/~1api~1regios~1{regio}~1budget~1stortingen/post/responses");
    assertThat(storten.fieldNames()).toIterable().containsExactlyInAnyOrder("201", "400", "401", "403", "409");
    assertThat(body).doesNotContain("\"500\"");
  }

  private static List<String> velden(JsonNode problem) {
    List<String> velden = new ArrayList<>();
    problem.path("velden").forEach(v -> velden.add(v.asText()));
    return velden;
  }

  private Map<String, Integer> tellingen() {
    Map<String, Integer> tellingen = new LinkedHashMap<>();
    for (String tabel : TABELLEN) {
      tellingen.put(tabel, jdbc.queryForObject("select count(*) from " + tabel, Integer.class));
    }
    tellingen.put("process instances", (int) runtimeService.createProcessInstanceQuery().count());
    return tellingen;
  }

  HttpResponse<String> send(String user, String password, String methode, String pad, String body,
      String contentType) throws Exception {
    String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return client.send(request(methode, pad, body, contentType).header("Authorization", "Basic " + basic).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String methode, String pad, String body, String contentType) {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad))
        // as most clients do: plain JSON accepted, a refusal must still be problem+json
        .header("Accept", "application/json");
    if (body == null) {
      return request.method(methode, HttpRequest.BodyPublishers.noBody());
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return request.method(methode, HttpRequest.BodyPublishers.ofString(body));
  }
}
