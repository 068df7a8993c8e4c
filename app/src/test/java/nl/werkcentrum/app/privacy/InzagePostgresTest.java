package nl.werkcentrum.app.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import nl.werkcentrum.app.support.TestBsn;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inzage (GDPR art. 15) answers exactly one person's data and processing log, logs itself, and is
 * for the privacy officer only.
 */
class InzagePostgresTest extends PrivacyTestBasis {

  @Test
  void theInzageHoldsEverythingOfOnePersonAndNothingOfAnother() {
    String bsn = TestBsn.random();
    String geplaatst = geplaatstTraject(bsn);
    String ander = TestBsn.random();
    String andersTraject = aanmelding(ander);
    intake(instantie(andersTraject), "Verslag van iemand anders");

    var antwoord = inzage(privacyOfficer, bsn);

    assertThat(antwoord.getStatusCode().value()).isEqualTo(200);
    JsonNode document = antwoord.getBody();
    assertThat(document.path("bekend").asBoolean()).isTrue();
    assertThat(document.path("trajecten")).hasSize(1);
    JsonNode traject = document.path("trajecten").get(0);
    assertThat(traject.path("traject").path("id").asText()).isEqualTo(geplaatst);
    assertThat(traject.path("traject").path("status").asText()).isEqualTo("GEPLAATST");
    assertThat(traject.path("aanmeldingen").get(0).path("kanaal").asText()).isEqualTo("UWV");
    assertThat(traject.path("intake").get(0).path("verslag").asText()).isEqualTo("Zoekt werk in de zorg");
    assertThat(traject.path("werkplanversies").get(0).path("activiteiten").get(0).path("omschrijving").asText())
        .isEqualTo("Training");
    assertThat(traject.path("verwijzingen").get(0).path("kenmerk").asText()).isEqualTo("V-1");
    assertThat(traject.path("plaatsingen").get(0).path("werkgever").asText()).isEqualTo("Zorggroep Amstel");
    assertThat(traject.path("budgetboekingen")).extracting(b -> b.path("soort").asText())
        .contains("RESERVERING", "BESTEDING");
    // what the engine holds about them: routing facts only, the BSN and the intake's answers not among them
    assertThat(traject.path("procesgegevens")).extracting(v -> v.path("naam").asText())
        .contains("regio", "uwvUitkering").doesNotContain("bsn", "intakeVerslag", "werkgever");

    // the log: UWV's read of the BSN, and this inzage itself, last
    JsonNode log = document.path("verwerkingen");
    assertThat(log).anySatisfy(r -> {
      assertThat(r.path("gegevens").asText()).isEqualTo("BSN");
      assertThat(r.path("organisatie").asText()).isEqualTo("UWV");
    });
    JsonNode laatste = log.get(log.size() - 1);
    assertThat(laatste.path("doel").asText()).isEqualTo("Inzageverzoek (AVG art. 15)");
    assertThat(laatste.path("verwerker").asText()).isEqualTo(privacyOfficer);

    // nothing of the other person, and no BSN at all
    String tekst = document.toString();
    assertThat(tekst).doesNotContain(andersTraject, "Verslag van iemand anders", ander, bsn);
    UUID persoon = UUID.fromString(document.path("werkzoekende").path("id").asText());
    assertThat(log).allSatisfy(r -> assertThat(r.path("trajectId").isNull()
        || r.path("trajectId").asText().equals(geplaatst)).isTrue());
    assertThat(jdbc.queryForObject("select count(*) from wc_verwerking where werkzoekende_id = ?", Integer.class,
        persoon)).isEqualTo(log.size());
  }

  @Test
  void anUnknownPersonHasNothingAndTheRequestIsStillLogged() {
    int voor = inzagesDoor(privacyOfficer);
    var antwoord = inzage(privacyOfficer, TestBsn.random());
    assertThat(antwoord.getStatusCode().value()).isEqualTo(200);
    assertThat(antwoord.getBody().path("bekend").asBoolean()).isFalse();
    assertThat(antwoord.getBody().path("trajecten")).isEmpty();
    assertThat(inzagesDoor(privacyOfficer)).isEqualTo(voor + 1);
  }

  @Test
  void anInvalidBsnIs400AndGidsenAndPartnersGet403WithoutALogEntry() {
    var ongeldig = inzage(privacyOfficer, "123456789");
    assertThat(ongeldig.getStatusCode().value()).isEqualTo(400);
    assertThat(ongeldig.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(ongeldig.getBody().path("velden")).extracting(JsonNode::asText).containsExactly("bsn");
    assertThat(ongeldig.getBody().toString()).doesNotContain("123456789");

    String bsn = TestBsn.random();
    aanmelding(bsn);
    for (String gebruiker : new String[] {gids, uwv}) {
      var geweigerd = inzage(gebruiker, bsn);
      assertThat(geweigerd.getStatusCode().value()).as(gebruiker).isEqualTo(403);
      assertThat(geweigerd.getHeaders().getContentType().toString()).contains("problem+json");
      assertThat(geweigerd.getBody().toString()).doesNotContain(bsn);
      assertThat(inzagesDoor(gebruiker)).isZero();
    }
  }

  @Test
  void theInzageAsCsvForThePersonIsLoggedAsAnExport() {
    String bsn = TestBsn.random();
    String trajectId = aanmelding(bsn);
    intake(instantie(trajectId), "=HYPERLINK(\"x\"); tweede regel");

    var csv = http.withBasicAuth(privacyOfficer, WACHTWOORD).postForEntity("/api/inzageverzoeken/csv",
        Map.of("bsn", bsn), String.class);

    assertThat(csv.getStatusCode().value()).isEqualTo(200);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getBody()).startsWith("\uFEFFonderdeel;waarde\r\n")
        .contains("trajecten[0].traject.id;" + trajectId + "\r\n")
        // quoted, and defused for Excel
        .contains("trajecten[0].intake[0].verslag;\"'=HYPERLINK(\"\"x\"\"); tweede regel\"\r\n")
        .doesNotContain(bsn);
    assertThat(jdbc.queryForObject("select count(*) from wc_verwerking where verwerker = ? and doel = ?",
        Integer.class, privacyOfficer, InzageService.DOEL_CSV)).isEqualTo(1);

    var geweigerd = http.withBasicAuth(gids, WACHTWOORD).postForEntity("/api/inzageverzoeken/csv",
        Map.of("bsn", bsn), String.class);
    assertThat(geweigerd.getStatusCode().value()).isEqualTo(403);
    assertThat(geweigerd.getHeaders().getContentType().toString()).contains("problem+json");
  }

  private ResponseEntity<JsonNode> inzage(String gebruiker, String bsn) {
    return http.withBasicAuth(gebruiker, WACHTWOORD).postForEntity("/api/inzageverzoeken", Map.of("bsn", bsn),
        JsonNode.class);
  }

  private int inzagesDoor(String gebruiker) {
    return jdbc.queryForObject("select count(*) from wc_verwerking where verwerker = ? and doel = ?", Integer.class,
        gebruiker, InzageService.DOEL);
  }
}
