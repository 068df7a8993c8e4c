package nl.werkcentrum.app.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import nl.werkcentrum.app.support.TestBsn;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole trajectory on PostgreSQL leaves a processing log entry for every read of the person's
 * data, by the partner's system (the BSN for its task) and through our API, with the organisation,
 * the user and the purpose; reads refused by authorization leave none. The BSN is in no entry.
 */
class VerwerkingenlogPostgresTest extends PrivacyTestBasis {

  @Test
  void everyReadOfThePersonsDataIsLoggedWithOrganisationAndPurposeAndRefusedReadsAreNot() {
    String bsn = TestBsn.random();
    // reads the authorization refuses, while UWV's worker uwv-1 holds the lock: another partner
    // naming that worker, the same partner as another worker, and an unknown task
    String trajectId = geplaatstTraject(bsn, uwvTaak -> {
      assertThat(bsnVoor(gemeente, uwvTaak, "uwv-1").getStatusCode().value()).isEqualTo(403);
      assertThat(bsnVoor(uwv, uwvTaak, "uwv-2").getStatusCode().value()).isEqualTo(403);
      assertThat(bsnVoor(uwv, UUID.randomUUID().toString(), "uwv-1").getStatusCode().value()).isEqualTo(404);
    });
    UUID persoon = jdbc.queryForObject("select werkzoekende_id from wc_traject where id = ?", UUID.class,
        UUID.fromString(trajectId));
    var andereRegio = http.withBasicAuth(gidsAmr24, WACHTWOORD).getForEntity("/api/trajecten/" + trajectId, JsonNode.class);
    assertThat(andereRegio.getStatusCode().value()).isEqualTo(403);

    var gelezen = http.withBasicAuth(gids, WACHTWOORD).getForEntity("/api/trajecten/" + trajectId, JsonNode.class);
    assertThat(gelezen.getStatusCode().value()).isEqualTo(200);

    List<Map<String, Object>> log = log(trajectId);
    assertThat(log).allSatisfy(regel -> assertThat(regel.get("werkzoekende_id")).isEqualTo(persoon));
    assertThat(log).extracting(r -> r.get("verwerker")).doesNotContain(gemeente, gidsAmr24);

    List<Map<String, Object>> bsnGelezen = log.stream()
        .filter(r -> "LEZEN".equals(r.get("handeling")) && "BSN".equals(r.get("gegevens"))).toList();
    assertThat(bsnGelezen).hasSize(1);
    assertThat(bsnGelezen.get(0)).containsEntry("organisatie", "UWV").containsEntry("verwerker", uwv);
    assertThat((String) bsnGelezen.get(0).get("doel")).contains("uwv.uitkering-controleren");

    List<Map<String, Object>> apiGelezen = log.stream()
        .filter(r -> "LEZEN".equals(r.get("handeling")) && ((String) r.get("doel")).contains("/api/trajecten")).toList();
    assertThat(apiGelezen).hasSize(1);
    assertThat(apiGelezen.get(0)).containsEntry("organisatie", "WERKCENTRUM").containsEntry("verwerker", gids);

    // the changes along the way: UWV's sign-up, the gids's intake, the werkplan, the partners' reports
    assertThat(log).anySatisfy(r -> assertThat(r).containsEntry("handeling", "WIJZIGEN")
        .containsEntry("organisatie", "UWV").containsEntry("verwerker", uwv)
        .containsEntry("doel", "Aanmelding via UWV"));
    assertThat(log).anySatisfy(r -> assertThat(r).containsEntry("handeling", "WIJZIGEN")
        .containsEntry("verwerker", gids).containsEntry("doel", "Taak Intake"));
    assertThat(log).extracting(r -> r.get("doel")).contains("Taak Werkplan opstellen", "Verwijzing naar uwv",
        "Plaatsing bevestigen");

    // never the BSN
    assertThat(jdbc.queryForObject("select count(*) from wc_verwerking where gegevens like ? or doel like ? "
        + "or verwerker like ?", Integer.class, "%" + bsn + "%", "%" + bsn + "%", "%" + bsn + "%")).isZero();
  }

  @LocalServerPort
  int port;

  @Test
  void aCaseworkerOpeningATaskFormIsLoggedWithTheTaskAsPurposeOverRestAndInTasklist() throws Exception {
    String trajectId = aanmelding(TestBsn.random());
    String taak = driver.wachtOpTaak(instantie(trajectId), "Intake");

    var vanAndereRegio = http.withBasicAuth(gidsAmr24, WACHTWOORD)
        .getForEntity("/engine-rest/task/" + taak + "/form-variables", String.class);
    assertThat(vanAndereRegio.getStatusCode().is2xxSuccessful()).as("another region's task").isFalse();
    var gelezen = http.withBasicAuth(gids, WACHTWOORD)
        .getForEntity("/engine-rest/task/" + taak + "/form-variables", String.class);
    assertThat(gelezen.getStatusCode().value()).isEqualTo(200);
    assertThat(gelezen.getBody()).contains("trajectKop");

    // as Tasklist does it, with the webapps' login
    var cookies = new CookieManager();
    var browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .findFirst().orElseThrow().getValue();
    var login = browser.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + gids + "&password=" + WACHTWOORD)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    var inTasklist = browser.send(HttpRequest.newBuilder(
        url("/camunda/api/engine/engine/default/task/" + taak + "/form-variables")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(inTasklist.statusCode()).as(inTasklist.body()).isEqualTo(200);

    List<Map<String, Object>> formulierGelezen = log(trajectId).stream()
        .filter(r -> "formuliergegevens van de taak".equals(r.get("gegevens"))).toList();
    assertThat(formulierGelezen).hasSize(2).allSatisfy(r -> {
      assertThat(r).containsEntry("handeling", "LEZEN").containsEntry("organisatie", "WERKCENTRUM")
          .containsEntry("verwerker", gids);
      assertThat((String) r.get("doel")).startsWith("Taak Intake (Intake");
    });
  }

  @Test
  void aSignUpThroughOurApiIsLoggedAsThePartnersChange() {
    var antwoord = http.withBasicAuth(uwv, WACHTWOORD).postForEntity("/api/aanmeldingen",
        Map.of("bsn", TestBsn.random(), "regio", REGIO, "kanaal", "UWV"), JsonNode.class);
    assertThat(antwoord.getStatusCode().value()).isEqualTo(201);
    String trajectId = antwoord.getBody().path("trajectId").asText();
    assertThat(log(trajectId)).anySatisfy(r -> assertThat(r).containsEntry("handeling", "WIJZIGEN")
        .containsEntry("organisatie", "UWV").containsEntry("verwerker", uwv)
        .containsEntry("doel", "Aanmelding via UWV"));
  }

  private URI url(String pad) {
    return URI.create("http://localhost:" + port + pad);
  }
}
