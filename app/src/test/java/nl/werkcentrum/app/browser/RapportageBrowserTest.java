package nl.werkcentrum.app.browser;

import nl.werkcentrum.app.budget.Financier;
import nl.werkcentrum.app.budget.OntschotBudget;
import nl.werkcentrum.app.support.TrajectDriver;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator of AMR15 in a real Chromium opens the Regionaal Beraad report with the login of the
 * Camunda webapps (app/src/test/browser/rapportage.mjs): no basic auth popup, charts drawn, Dutch
 * labels, only their own region, CSV download. Screenshots go to target/browser-artifacts
 * (rapportage-*). Machine clients keep using basic auth on the same endpoints. Skipped without
 * Chromium or the script's node_modules, unless -Dwerkcentrum.require-browser=true.
 */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:rapportage;DB_CLOSE_DELAY=-1")
class RapportageBrowserTest {

  @LocalServerPort
  int port;

  @Autowired
  TrajectDriver driver;

  @Autowired
  OntschotBudget budget;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TestRestTemplate rest;

  @BeforeAll
  static void browserAvailable() {
    BrowserScript.vereist();
  }

  @Test
  void aCoordinatorSeesTheReportOfTheirRegionWithTheWebappLogin() throws Exception {
    int jaar = Year.now().getValue();
    budget.storten("AMR15", jaar, Financier.UWV, 10_000, "test");
    budget.storten("AMR15", jaar, Financier.GEMEENTE, 6_000, "test");
    budget.storten("AMR24", jaar, Financier.RIJK, 50_000, "test");
    // a walk-in through the real process, waiting for its budget approval; its amount set aside
    String walkIn = driver.totBudgetBeoordeling(3_000L);
    String walkInTraject = runtimeService.createProcessInstanceQuery().processInstanceId(walkIn).singleResult()
        .getBusinessKey();
    budget.reserveren(UUID.fromString(walkInTraject), "AMR15", jaar, 3_000, "test");
    for (int i = 0; i < 6; i++) {
      // finished phases with lead times a coordinator would recognise (the process above takes seconds)
      afgerondTraject(jaar, i, "SOCIALE_PARTNERS", 20 + 12 * i, 24 + 10 * i, 100 + 30 * i);
    }
    beeindigdTraject(jaar, "GEMEENTE", "VERHUISD");

    BrowserScript.run(port, "rapportage.mjs", "coordinator.amr15", "demo", BrowserScript.artifacts());

    assertThat(Files.list(BrowserScript.ARTIFACTS).filter(p -> p.getFileName().toString().startsWith("rapportage-")).count())
        .as("screenshots and CSV").isGreaterThanOrEqualTo(6);
  }

  @Test
  void machineClientsKeepBasicAuth() {
    var mijn = rest.withBasicAuth("coordinator.amr15", "demo").getForEntity("/api/mijn-regios", String.class);
    assertThat(mijn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(mijn.getBody()).contains("\"code\":\"AMR15\"", "Groot Amsterdam").doesNotContain("AMR24");
    assertThat(rest.withBasicAuth("coordinator.amr15", "demo")
        .getForEntity("/api/regios/AMR24/rapportage?van=2020-01-01&tot=2020-12-31", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    var anoniem = rest.getForEntity("/api/mijn-regios", String.class);
    assertThat(anoniem.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anoniem.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as("challenge for machines").startsWith("Basic");
    assertThat(rest.withBasicAuth("coordinator.amr15", "wrong").getForEntity("/api/mijn-regios", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /** Sign-up through a partner, intake, benefit check and werkplan with these hours each, placed in care. */
  private void afgerondTraject(int jaar, int i, String kanaal, int intakeUren, int checkUren, int werkplanUren) {
    OffsetDateTime start = OffsetDateTime.of(jaar, 1, 2 + i, 9, 0, 0, 0, ZoneOffset.UTC);
    UUID traject = traject(start, "GEPLAATST", "PLAATSING", null);
    aanmelding(traject, kanaal, start);
    OffsetDateTime check = start.plusHours(intakeUren);
    OffsetDateTime werkplan = check.plusHours(checkUren);
    OffsetDateTime plaatsing = werkplan.plusHours(werkplanUren);
    fase(traject, "INTAKE", start);
    fase(traject, "UITKERINGSCHECK", check);
    fase(traject, "WERKPLAN", werkplan);
    fase(traject, "PLAATSING", plaatsing);
    jdbc.update("insert into wc_plaatsing (id, traject_id, werkgever, sector, besteed_bedrag, geplaatst_op) "
        + "values (?, ?, 'Zorggroep', 'ZORG', 1500, ?)", UUID.randomUUID(), traject, plaatsing.plusDays(3));
    budget.reserveren(traject, "AMR15", jaar, 2_000, "test");
    budget.afrekenen(traject, 1_500, "test");
  }

  private void beeindigdTraject(int jaar, String kanaal, String reden) {
    OffsetDateTime start = OffsetDateTime.of(jaar, 1, 3, 9, 0, 0, 0, ZoneOffset.UTC);
    UUID traject = traject(start, "BEEINDIGD", "INTAKE", reden);
    aanmelding(traject, kanaal, start);
    fase(traject, "INTAKE", start);
  }

  private UUID traject(OffsetDateTime aangemeld, String status, String fase, String reden) {
    UUID persoon = UUID.randomUUID();
    jdbc.update("insert into wc_werkzoekende (id, bsn_hash, bsn_versleuteld, aangemaakt_op) values (?, ?, 'x', ?)",
        persoon, UUID.randomUUID().toString(), aangemeld);
    UUID id = UUID.randomUUID();
    jdbc.update("insert into wc_traject (id, werkzoekende_id, actief_werkzoekende_id, regio, kanaal, status, fase, "
            + "fase_sinds, aangemeld_op, beeindigd_op, beeindigingsreden) values (?, ?, null, 'AMR15', 'UWV', ?, ?, ?, ?, ?, ?)",
        id, persoon, status, fase, aangemeld, aangemeld, reden == null ? null : aangemeld.plusDays(10), reden);
    return id;
  }

  private void aanmelding(UUID traject, String kanaal, OffsetDateTime wanneer) {
    jdbc.update("insert into wc_aanmelding (id, traject_id, kanaal, ontvangen_op, herhaald) values (?, ?, ?, ?, false)",
        UUID.randomUUID(), traject, kanaal, wanneer);
  }

  private void fase(UUID traject, String fase, OffsetDateTime wanneer) {
    jdbc.update("insert into wc_traject_fase (id, traject_id, fase, begonnen_op) values (?, ?, ?, ?)",
        UUID.randomUUID(), traject, fase, wanneer);
  }
}
