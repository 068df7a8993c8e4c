package nl.werkcentrum.app.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import nl.werkcentrum.app.budget.BudgetOverzicht;
import nl.werkcentrum.app.persoon.Bsn;
import nl.werkcentrum.app.persoon.BsnCrypto;
import nl.werkcentrum.app.rapportage.Rapportage;
import nl.werkcentrum.app.rapportage.RapportageService;
import nl.werkcentrum.app.support.TestBsn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the application's clock moved past the retention term (P2Y), the job removes the personal
 * data of ended trajectories: the trajectory is no longer linked to the person (nor the person's
 * row kept when none of their trajectories is still within its term), the werkplan, the intake's
 * report and the partners' details are gone, while the report's figures and the ledger stay as
 * they were. Running trajectories, and the person of one, are untouched.
 */
class BewaartermijnPostgresTest extends PrivacyTestBasis {

  static final Duration VOORBIJ_DE_TERMIJN = Duration.ofDays(2 * 366 + 1);

  @Autowired
  Bewaartermijn bewaartermijn;

  @Autowired
  RapportageService rapportages;

  @Autowired
  BsnCrypto crypto;

  @Test
  void pastTheTermThePersonalDataIsGoneAndTheReportAndLedgerAreUnchanged() throws Exception {
    String bsn = TestBsn.random();
    UUID geplaatst = UUID.fromString(geplaatstTraject(bsn));
    // a person who came back: the old trajectory ended, the new one runs
    String terug = TestBsn.random();
    UUID oud = UUID.fromString(beeindigdTraject(terug));
    UUID lopend = UUID.fromString(aanmelding(terug));
    intake(instantie(lopend.toString()), "Tweede keer");

    LocalDate van = LocalDate.now(klok).minusDays(1);
    LocalDate tot = LocalDate.now(klok).plusDays(1);
    Rapportage rapportVoor = rapportages.voor(REGIO, van, tot);
    BudgetOverzicht budgetVoor = budget.overzicht(REGIO, van.getYear());
    List<Map<String, Object>> boekingenVoor = boekingen(geplaatst);
    assertThat(boekingenVoor).isNotEmpty();
    UUID persoon = persoon(geplaatst);

    klok.verschuif(VOORBIJ_DE_TERMIJN);
    // two nodes at once: each trajectory is done once
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      Callable<Integer> job = bewaartermijn::opruimen;
      List<Future<Integer>> gedaan = nodes.invokeAll(List.of(job, job));
      assertThat(gedaan.get(0).get() + gedaan.get(1).get()).isPositive();
    } finally {
      nodes.shutdown();
    }

    // the placed trajectory: no person, no werkplan, no free text, no employer
    assertThat(persoon(geplaatst)).isNull();
    assertThat(jdbc.queryForObject("select count(*) from wc_werkzoekende where id = ? or bsn_hash = ?", Integer.class,
        persoon, crypto.hash(Bsn.of(bsn)))).isZero();
    assertThat(telling("select count(*) from wc_werkplan where traject_id = ?", geplaatst)).isZero();
    assertThat(jdbc.queryForMap("select verslag from wc_intake where traject_id = ?", geplaatst))
        .containsEntry("verslag", null);
    assertThat(jdbc.queryForList("select doelgroep from wc_intake_doelgroep where traject_id = ?", String.class,
        geplaatst)).containsExactly("STATUSHOUDER");
    assertThat(jdbc.queryForMap("select werkgever, functie, vacature_id, sector, besteed_bedrag from wc_plaatsing "
        + "where traject_id = ?", geplaatst)).containsEntry("werkgever", null).containsEntry("functie", null)
        .containsEntry("vacature_id", null).containsEntry("besteed_bedrag", 450L);
    assertThat(telling("select count(*) from wc_verwijzing where traject_id = ? and kenmerk is not null", geplaatst))
        .isZero();
    assertThat(telling("select count(*) from wc_verwerking where traject_id = ? and handeling = 'VERWIJDEREN'",
        geplaatst)).isEqualTo(1);

    // the report of the period and the ledger: as before
    assertThat(rapportages.voor(REGIO, van, tot)).isEqualTo(rapportVoor);
    assertThat(budget.overzicht(REGIO, van.getYear())).isEqualTo(budgetVoor);
    assertThat(boekingen(geplaatst)).isEqualTo(boekingenVoor);
    assertThat(budgetVoor.gestort()).isEqualByComparingTo(
        budgetVoor.gereserveerd().add(budgetVoor.besteed()).add(budgetVoor.vrij()));

    // the person who came back: the old trajectory let go of them, the running one not
    assertThat(persoon(oud)).isNull();
    UUID terugPersoon = persoon(lopend);
    assertThat(terugPersoon).isNotNull();
    assertThat(telling("select count(*) from wc_werkzoekende where id = ?", terugPersoon)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select verslag from wc_intake where traject_id = ?", String.class, lopend))
        .isEqualTo("Tweede keer");

    // what the person can still be told: only the running trajectory; the first person: nothing
    JsonNode inzage = http.withBasicAuth(privacyOfficer, WACHTWOORD)
        .postForEntity("/api/inzageverzoeken", Map.of("bsn", terug), JsonNode.class).getBody();
    assertThat(inzage.path("trajecten")).hasSize(1);
    assertThat(inzage.path("trajecten").get(0).path("traject").path("id").asText()).isEqualTo(lopend.toString());
    assertThat(http.withBasicAuth(privacyOfficer, WACHTWOORD).postForEntity("/api/inzageverzoeken",
        Map.of("bsn", bsn), JsonNode.class).getBody().path("bekend").asBoolean()).isFalse();

    // again: nothing left to do
    assertThat(bewaartermijn.opruimen()).isZero();
  }

  @Test
  void withinTheTermNothingIsRemoved() {
    UUID beeindigd = UUID.fromString(beeindigdTraject(TestBsn.random()));
    klok.verschuif(Duration.ofDays(365));
    bewaartermijn.opruimen();
    assertThat(persoon(beeindigd)).isNotNull();
  }

  private UUID persoon(UUID trajectId) {
    return jdbc.queryForObject("select werkzoekende_id from wc_traject where id = ?", UUID.class, trajectId);
  }

  private int telling(String sql, Object... args) {
    return jdbc.queryForObject(sql, Integer.class, args);
  }

  private List<Map<String, Object>> boekingen(UUID trajectId) {
    return jdbc.queryForList("select id, pot_id, soort, bedrag, traject_id from wc_budget_mutatie where traject_id = ? "
        + "order by id", trajectId).stream().map(r -> {
          r.put("bedrag", ((BigDecimal) r.get("bedrag")).stripTrailingZeros());
          return r;
        }).toList();
  }
}
