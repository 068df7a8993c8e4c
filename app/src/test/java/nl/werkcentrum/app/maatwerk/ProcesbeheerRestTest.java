package nl.werkcentrum.app.maatwerk;

import com.fasterxml.jackson.databind.JsonNode;
import nl.werkcentrum.app.budget.Financier;
import nl.werkcentrum.app.budget.OntschotBudget;
import nl.werkcentrum.app.support.TestBsn;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process owner's cycle over the real HTTP stack, as the demo users: deploying a region's own
 * decision table the way Camunda Modeler's "Deploy" does (multipart POST to
 * /engine-rest/deployment/create with a tenant id), who may deploy what, the migration API's door,
 * and trajectories of two regions driven by caseworkers and partner systems over REST, each decided
 * by its own region's table or the national one.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:procesbeheerrest;DB_CLOSE_DELAY=-1")
class ProcesbeheerRestTest {

  static final String MODELER_DEPLOY = "/engine-rest/deployment/create";

  @Autowired
  TestRestTemplate http;
  @LocalServerPort
  int port;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  OntschotBudget budget;
  @Autowired
  Clock clock;

  @BeforeEach
  void setUp() {
    int jaar = Year.now(clock).getValue();
    for (String regio : List.of("AMR15", "AMR24")) {
      if (budget.overzicht(regio, jaar).gestort().signum() == 0) {
        budget.storten(regio, jaar, Financier.UWV, 1_000_000, "test");
      }
    }
  }

  @Test
  void aRegionalProcessOwnerDeploysForTheirOwnTenantOnly() throws IOException {
    ResponseEntity<JsonNode> eigen = deploy("procesbeheerder.amr15", "AMR15", eigenTabel());
    assertThat(eigen.getStatusCode().value()).as(String.valueOf(eigen.getBody())).isEqualTo(200);
    assertThat(eigen.getBody().path("tenantId").asText()).isEqualTo("AMR15");
    assertThat(eigen.getBody().path("deployedDecisionDefinitions")).isNotEmpty();

    assertWeigering(deploy("procesbeheerder.amr15", "AMR24", eigenTabel()), "niet voor AMR24");
    assertWeigering(deploy("procesbeheerder.amr15", null, eigenTabel()), "landelijke");
    assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("budget-goedkeuring")
        .tenantIdIn("AMR24").count()).isZero();
    // the trajectory itself stays national: a region's own would take every sign-up's start as well
    assertWeigering(deploy("procesbeheerder.amr15", "AMR15", "werkcentrum-traject.bpmn",
        new ClassPathResource("werkcentrum/processes/werkcentrum-traject.bpmn").getContentAsByteArray()),
        "niet werkcentrum-traject");
    assertThat(repositoryService.createProcessDefinitionQuery().tenantIdIn("AMR15").count()).isZero();
  }

  /** Cockpit reaches the same engine API under /camunda/api/engine with its own login: the same door. */
  @Test
  void theWebappsCopyOfTheEngineApiHasTheSameDoor() throws Exception {
    var cookies = new CookieManager();
    var client = HttpClient.newBuilder().cookieHandler(cookies).build();
    client.send(HttpRequest.newBuilder(url("/camunda/app/cockpit/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    var login = client.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/cockpit"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf(cookies))
        .POST(HttpRequest.BodyPublishers.ofString("username=procesbeheerder.amr15&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    // the login starts a new session; the next read hands out its CSRF token
    client.send(HttpRequest.newBuilder(url("/camunda/api/engine/engine/default/deployment/count")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    String pad = "/camunda/api/engine/engine/default/deployment/create";

    var anders = client.send(multipart(pad, csrf(cookies), "AMR24", eigenTabel()), HttpResponse.BodyHandlers.ofString());
    assertThat(anders.statusCode()).as(anders.body()).isEqualTo(403);
    assertThat(anders.body()).contains("niet voor AMR24");
    var eigen = client.send(multipart(pad, csrf(cookies), "AMR15", eigenTabel()), HttpResponse.BodyHandlers.ofString());
    assertThat(eigen.statusCode()).as(eigen.body()).isEqualTo(200);
  }

  @Test
  void onlyTheNationalProcessOwnerDeploysSharedModelsAndCaseworkersAndPartnersNothing() {
    byte[] proef = proefBeslissing();
    assertWeigering(deploy("gids.amr15", "AMR15", proef), "Alleen procesbeheerders");
    assertWeigering(deploy("gids.amr15", null, proef), "Alleen procesbeheerders");
    assertThat(deploy("worker-uwv", "AMR15", proef).getStatusCode().value()).isEqualTo(403);

    ResponseEntity<JsonNode> landelijk = deploy("procesbeheerder.landelijk", null, proef);
    assertThat(landelijk.getStatusCode().value()).as(String.valueOf(landelijk.getBody())).isEqualTo(200);
    assertThat(landelijk.getBody().path("tenantId").isNull()).isTrue();
  }

  @Test
  void aProcessOwnerChangesTheRegionsModelsButSeesNoneOfItsPeopleOrMoney() {
    assertWeigering(get("procesbeheerder.amr15", "/api/regios/AMR15/budget"), "AMR15");
    assertThat(get("procesbeheerder.amr15", "/api/mijn-regios").getBody().path("regios")).isEmpty();
    // the region's caseworkers still see theirs
    assertThat(get("gids.amr15", "/api/mijn-regios").getBody().path("regios")).extracting(r -> r.path("code").asText())
        .containsExactly("AMR15");
  }

  @Test
  void migrationsAreForProcessOwnersAndARegionalOneStaysInTheirRegion() {
    Map<String, Object> verzoek = Map.of("procesDefinitieKey", "werkcentrum-traject", "vanVersie", 1, "naarVersie", 1,
        "alleenControleren", true);
    assertWeigering(post("gids.amr15", "/api/migraties", verzoek), "procesbeheerders");
    assertWeigering(post("procesbeheerder.amr15", "/api/migraties", Map.of("procesDefinitieKey", "werkcentrum-traject",
        "vanVersie", 1, "naarVersie", 1, "tenant", "AMR24")), "AMR24");

    ResponseEntity<JsonNode> onbekend = post("procesbeheerder.amr15", "/api/migraties", Map.of(
        "procesDefinitieKey", "werkcentrum-traject", "vanVersie", 1, "naarVersie", 999));
    assertThat(onbekend.getStatusCode().value()).isEqualTo(400);
    assertThat(onbekend.getBody().path("velden")).extracting(JsonNode::asText).containsExactly("naarVersie");

    ResponseEntity<JsonNode> controle = post("procesbeheerder.amr15", "/api/migraties", verzoek);
    assertThat(controle.getStatusCode().value()).as(String.valueOf(controle.getBody())).isEqualTo(200);
    assertThat(controle.getBody().path("geldig").asBoolean()).isTrue();
    assertThat(controle.getBody().path("batchId").isNull()).isTrue();
  }

  @Test
  void anAmr15TrajectoryIsDecidedByItsOwnTableAndAnAmr24OneByTheNationalTableEndToEnd() throws IOException {
    if (repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("budget-goedkeuring")
        .tenantIdIn("AMR15").count() == 0) {
      assertThat(deploy("procesbeheerder.amr15", "AMR15", eigenTabel()).getStatusCode().value()).isEqualTo(200);
    }
    String amsterdam = totWerkplanKlaar("AMR15", 500);
    String rijnmond = totWerkplanKlaar("AMR24", 500);

    // EUR 500: Groot Amsterdam's own table wants a budget holder, the national one approves it
    JsonNode beoordelen = wachtOp(() -> get("budgethouder1.amr15", "/engine-rest/task?taskDefinitionKey=BudgetBeoordelen"
        + "&processInstanceBusinessKey=" + amsterdam));
    assertThat(beoordelen.get(0).path("tenantId").asText()).isEqualTo("AMR15");
    assertThat(ophalen("uwv", "uwv.verwijzen", rijnmond)).isNotBlank();
    assertThat(get("budgethouder1.amr24", "/engine-rest/task?taskDefinitionKey=BudgetBeoordelen"
        + "&processInstanceBusinessKey=" + rijnmond).getBody()).isEmpty();
  }

  // ------------------------------------------------------------------ driving a trajectory over REST

  /** Sign-up by UWV, intake by the region's gids, both checks by the partners, werkplan by the consulent. */
  private String totWerkplanKlaar(String regio, long bedrag) {
    String suffix = "." + regio.toLowerCase();
    ResponseEntity<JsonNode> aanmelding = post("worker-uwv", "/api/aanmeldingen",
        Map.of("bsn", TestBsn.random(), "regio", regio, "kanaal", "UWV"));
    assertThat(aanmelding.getStatusCode().value()).as(String.valueOf(aanmelding.getBody())).isEqualTo(201);
    String trajectId = aanmelding.getBody().path("trajectId").asText();

    voltooi("gids" + suffix, taak("gids" + suffix, "Intake", trajectId), Map.of("werksituatie", "WERKZOEKEND",
        "doelgroep", "GEEN", "sector", "ZORG", "intakeVerslag", "verslag"));
    rapporteer("uwv", ophalen("uwv", "uwv.uitkering-controleren", trajectId), Map.of("uwvUitkering", "WW"));
    rapporteer("gemeente", ophalen("gemeente", "gemeente.uitkering-controleren", trajectId),
        Map.of("gemeenteUitkering", "GEEN"));
    voltooi("consulent.uwv" + suffix, taak("consulent.uwv" + suffix, "WerkplanOpstellen", trajectId),
        Map.of("activiteiten", "Sollicitatietraining", "scholingNodig", false, "budgetBedrag", bedrag));
    return trajectId;
  }

  private String taak(String gebruiker, String key, String trajectId) {
    return wachtOp(() -> get(gebruiker, "/engine-rest/task?taskDefinitionKey=" + key
        + "&processInstanceBusinessKey=" + trajectId)).get(0).path("id").asText();
  }

  private void voltooi(String gebruiker, String taakId, Map<String, Object> velden) {
    ResponseEntity<JsonNode> antwoord = post(gebruiker, "/engine-rest/task/" + taakId + "/complete",
        Map.of("variables", waarden(velden)));
    assertThat(antwoord.getStatusCode().value()).as(String.valueOf(antwoord.getBody())).isEqualTo(204);
  }

  private void rapporteer(String partner, String taakId, Map<String, Object> uitvoer) {
    ResponseEntity<JsonNode> antwoord = post("worker-" + partner, "/engine-rest/external-task/" + taakId + "/complete",
        Map.of("workerId", "worker-" + partner, "variables", waarden(uitvoer)));
    assertThat(antwoord.getStatusCode().value()).as(String.valueOf(antwoord.getBody())).isEqualTo(204);
  }

  private String ophalen(String partner, String topic, String trajectId) {
    return wachtOp(() -> post("worker-" + partner, "/engine-rest/external-task/fetchAndLock", Map.of(
        "workerId", "worker-" + partner, "maxTasks", 1, "topics", List.of(Map.of("topicName", topic,
            "lockDuration", 60_000, "variables", List.of(), "businessKey", trajectId))))).get(0).path("id").asText();
  }

  private static Map<String, Object> waarden(Map<String, Object> velden) {
    return velden.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
        veld -> Map.of("value", veld.getValue())));
  }

  /** Polls until the answer is a non-empty list: the job executor may still be running the steps before. */
  private static JsonNode wachtOp(java.util.function.Supplier<ResponseEntity<JsonNode>> vraag) {
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      ResponseEntity<JsonNode> antwoord = vraag.get();
      assertThat(antwoord.getStatusCode().value()).as(String.valueOf(antwoord.getBody())).isEqualTo(200);
      if (antwoord.getBody() != null && antwoord.getBody().isArray() && !antwoord.getBody().isEmpty()) {
        return antwoord.getBody();
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("nothing within 30 s");
  }

  // ------------------------------------------------------------------ deploying as Camunda Modeler does

  /** The multipart request Camunda Modeler 5 sends on "Deploy" to a Camunda 7 REST endpoint. */
  private ResponseEntity<JsonNode> deploy(String gebruiker, String tenant, byte[] dmn) {
    return deploy(gebruiker, tenant, "budget-goedkeuring.dmn", dmn);
  }

  private ResponseEntity<JsonNode> deploy(String gebruiker, String tenant, String bestand, byte[] model) {
    var formulier = new LinkedMultiValueMap<String, Object>();
    formulier.add("deployment-name", "maatwerk " + (tenant == null ? "landelijk" : tenant));
    formulier.add("deployment-source", "Camunda Modeler");
    if (tenant != null) {
      formulier.add("tenant-id", tenant);
    }
    formulier.add(bestand, new ByteArrayResource(model) {
      @Override
      public String getFilename() {
        return bestand;
      }
    });
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(gebruiker, "demo").postForEntity(MODELER_DEPLOY, new HttpEntity<>(formulier, headers),
        JsonNode.class);
  }

  private HttpRequest multipart(String pad, String csrfToken, String tenant, byte[] dmn) {
    String grens = "----werkcentrum" + System.nanoTime();
    String kop = "--" + grens + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nmaatwerk\r\n"
        + "--" + grens + "\r\nContent-Disposition: form-data; name=\"tenant-id\"\r\n\r\n" + tenant + "\r\n"
        + "--" + grens + "\r\nContent-Disposition: form-data; name=\"budget-goedkeuring.dmn\"; "
        + "filename=\"budget-goedkeuring.dmn\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    byte[] staart = ("\r\n--" + grens + "--\r\n").getBytes(StandardCharsets.UTF_8);
    var body = new java.io.ByteArrayOutputStream();
    body.writeBytes(kop.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(dmn);
    body.writeBytes(staart);
    return HttpRequest.newBuilder(url(pad)).header("Content-Type", "multipart/form-data; boundary=" + grens)
        .header("X-XSRF-TOKEN", csrfToken).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
  }

  private static String csrf(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .reduce((eerste, laatste) -> laatste).orElseThrow().getValue();
  }

  private URI url(String pad) {
    return URI.create("http://localhost:" + port + pad);
  }

  private static byte[] eigenTabel() throws IOException {
    return new ClassPathResource("maatwerk/AMR15-budget-goedkeuring.dmn11.xml").getContentAsByteArray();
  }

  /** A decision nobody uses, so deploying it as shared changes nothing for the trajectories. */
  private static byte[] proefBeslissing() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="proef" name="Proef" namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="procesbeheer-proef" name="Proef">
            <decisionTable id="proef-tabel">
              <input id="in"><inputExpression id="in-expr" typeRef="string"><text>x</text></inputExpression></input>
              <output id="uit" name="y" typeRef="string" />
            </decisionTable>
          </decision>
        </definitions>
        """.getBytes(StandardCharsets.UTF_8);
  }

  private ResponseEntity<JsonNode> post(String gebruiker, String pad, Object body) {
    return http.withBasicAuth(gebruiker, "demo").postForEntity(pad, body, JsonNode.class);
  }

  private ResponseEntity<JsonNode> get(String gebruiker, String pad) {
    return http.withBasicAuth(gebruiker, "demo").getForEntity(pad, JsonNode.class);
  }

  private static void assertWeigering(ResponseEntity<JsonNode> antwoord, String noemt) {
    assertThat(antwoord.getStatusCode().value()).as(String.valueOf(antwoord.getBody())).isEqualTo(403);
    assertThat(antwoord.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(antwoord.getBody().path("detail").asText()).contains(noemt);
  }
}
