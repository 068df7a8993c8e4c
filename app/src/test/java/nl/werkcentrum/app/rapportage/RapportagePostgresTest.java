package nl.werkcentrum.app.rapportage;

import nl.werkcentrum.app.budget.Financier;
import nl.werkcentrum.app.budget.OntschotBudget;
import nl.werkcentrum.app.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Regionaal Beraad's report on seeded data with known answers: three trajectories of AMR33 in
 * March 2099, rolled back afterwards so the shared database stays as it was.
 */
@PostgresTest
@SpringBootTest
@Transactional
class RapportagePostgresTest {

  static final String REGIO = "AMR33";

  @Autowired
  RapportageService rapportages;

  @Autowired
  OntschotBudget budget;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void countsLeadTimesBudgetPlacementsAndDropOutsOfTheRegionAndPeriod() {
    UUID lopend = traject("ACTIEF", "WERKPLAN", "2099-03-02T10:00:00Z", null, null);
    UUID geplaatst = traject("GEPLAATST", "PLAATSING", "2099-03-05T08:00:00Z", null, null);
    UUID verhuisd = traject("BEEINDIGD", "WERKPLAN", "2099-03-06T00:00:00Z", "VERHUISD", "2099-03-20T12:00:00Z");
    intake(lopend, "STATUSHOUDER,JONGERE", "2099-03-04T10:00:00Z");
    intake(geplaatst, "GEEN", "2099-03-05T20:00:00Z");
    aanmelding(lopend, "UWV", "2099-03-02T10:00:00Z");
    aanmelding(lopend, "GEMEENTE", "2099-03-03T09:00:00Z");
    aanmelding(geplaatst, "ROC", "2099-03-05T08:00:00Z");
    aanmelding(verhuisd, "WERKCENTRUM", "2099-03-06T00:00:00Z");
    aanmelding(verhuisd, "UWV", "2099-04-02T00:00:00Z"); // after the period
    fase(lopend, "INTAKE", "2099-03-02T10:00:00Z");
    fase(lopend, "WERKPLAN", "2099-03-04T10:00:00Z");
    fase(geplaatst, "INTAKE", "2099-03-05T08:00:00Z");
    fase(geplaatst, "WERKPLAN", "2099-03-05T20:00:00Z");
    fase(geplaatst, "PLAATSING", "2099-03-10T20:00:00Z");
    fase(verhuisd, "INTAKE", "2099-03-06T00:00:00Z");
    fase(verhuisd, "WERKPLAN", "2099-03-07T00:00:00Z");
    jdbc.update("insert into wc_plaatsing (id, traject_id, werkgever, sector, besteed_bedrag, geplaatst_op) "
        + "values (?, ?, 'Zorggroep', 'ZORG', 2500, ?)", UUID.randomUUID(), geplaatst, tijd("2099-03-28T09:00:00Z"));
    budget.storten(REGIO, 2099, Financier.GEMEENTE, 5_000, "test");
    budget.storten(REGIO, 2099, Financier.UWV, 3_000, "test");

    Rapportage r = rapportages.voor(REGIO, LocalDate.of(2099, 3, 1), LocalDate.of(2099, 3, 31));

    assertThat(r.aanmeldingenPerKanaal()).containsExactly(Map.entry("GEMEENTE", 1L), Map.entry("ROC", 1L),
        Map.entry("UWV", 1L), Map.entry("WERKCENTRUM", 1L));
    assertThat(r.lopendeTrajectenPerFase()).containsExactly(Map.entry("WERKPLAN", 1L));
    // intake took 48, 12 and 24 hours; werkplan 120 hours (the other two have not left it)
    assertThat(r.doorlooptijdPerFase()).containsEntry("INTAKE", new Rapportage.Doorlooptijd(3, 24, 48))
        .containsEntry("WERKPLAN", new Rapportage.Doorlooptijd(1, 120, 120))
        .doesNotContainKey("PLAATSING");
    assertThat(r.budget().gestort()).isEqualByComparingTo("8000");
    assertThat(r.budget().gestortPerFinancier()).containsEntry(Financier.GEMEENTE, new BigDecimal("5000.00"))
        .containsEntry(Financier.UWV, new BigDecimal("3000.00"));
    assertThat(r.plaatsingenPerSector()).containsExactly(Map.entry("ZORG", 1L));
    assertThat(r.uitvalPerReden()).containsExactly(Map.entry("VERHUISD", 1L));
    // the trajectory that ended during its intake has none; a person in two groups counts in both
    assertThat(r.aandachtsgroepen()).containsExactly(Map.entry("GEEN", 1L), Map.entry("JONGERE", 1L),
        Map.entry("STATUSHOUDER", 1L));
  }

  private UUID traject(String status, String fase, String aangemeld, String reden, String beeindigd) {
    UUID persoon = UUID.randomUUID();
    jdbc.update("insert into wc_werkzoekende (id, bsn_hash, bsn_versleuteld, aangemaakt_op) values (?, ?, 'x', ?)",
        persoon, UUID.randomUUID().toString(), tijd(aangemeld));
    UUID id = UUID.randomUUID();
    jdbc.update("insert into wc_traject (id, werkzoekende_id, actief_werkzoekende_id, regio, kanaal, status, fase, "
            + "fase_sinds, aangemeld_op, beeindigd_op, beeindigingsreden) "
            + "values (?, ?, ?, ?, 'UWV', ?, ?, ?, ?, ?, ?)",
        id, persoon, "ACTIEF".equals(status) ? persoon : null, REGIO, status, fase, tijd(aangemeld),
        tijd(aangemeld), beeindigd == null ? null : tijd(beeindigd), reden);
    return id;
  }

  private void intake(UUID traject, String doelgroepen, String wanneer) {
    jdbc.update("insert into wc_intake (traject_id, werksituatie, sector, verslag, vastgelegd_door, "
        + "vastgelegd_op) values (?, 'WERKZOEKEND', 'ZORG', 'verslag', 'gids', ?)", traject, tijd(wanneer));
    for (String doelgroep : doelgroepen.split(",")) {
      jdbc.update("insert into wc_intake_doelgroep (traject_id, doelgroep) values (?, ?)", traject, doelgroep);
    }
  }

  private void aanmelding(UUID traject, String kanaal, String wanneer) {
    jdbc.update("insert into wc_aanmelding (id, traject_id, kanaal, ontvangen_op, herhaald) values (?, ?, ?, ?, false)",
        UUID.randomUUID(), traject, kanaal, tijd(wanneer));
  }

  private void fase(UUID traject, String fase, String wanneer) {
    jdbc.update("insert into wc_traject_fase (id, traject_id, fase, begonnen_op) values (?, ?, ?, ?)",
        UUID.randomUUID(), traject, fase, tijd(wanneer));
  }

  private static OffsetDateTime tijd(String iso) {
    return OffsetDateTime.parse(iso);
  }
}
