package nl.werkcentrum.app.rapportage;

import nl.werkcentrum.app.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk's questions without a trajectory in the Regionaal Beraad's report, on seeded data with
 * known answers: AMR32 in May 2099, rolled back afterwards.
 */
@PostgresTest
@SpringBootTest
@Transactional
class BalievragenRapportagePostgresTest {

  static final String REGIO = "AMR32";

  @Autowired
  RapportageService rapportages;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void countsQuestionsPerTypeAndReferralFollowUpsAndConversionsOfTheRegionAndPeriod() {
    UUID traject = traject("2099-05-20T10:00:00Z");
    vraag(REGIO, "VACATURES", "UWV", false, null, "2099-05-01T09:00:00Z");
    vraag(REGIO, "VACATURES", "GEEN", true, null, "2099-05-02T09:00:00Z");
    vraag(REGIO, "SCHOLING", "ROC", true, traject, "2099-05-10T09:00:00Z");
    vraag(REGIO, "LOOPBAAN", "GEEN", false, null, "2099-05-31T21:59:00Z"); // 23:59 Dutch time: in May
    vraag(REGIO, "UITKERING", "GEMEENTE", false, null, "2099-06-01T09:00:00Z"); // after the period
    vraag("AMR31", "VACATURES", "UWV", false, null, "2099-05-03T09:00:00Z"); // another region

    Balievragen b = rapportages.voor(REGIO, LocalDate.of(2099, 5, 1), LocalDate.of(2099, 5, 31)).balievragen();

    assertThat(b.totaal()).isEqualTo(4);
    assertThat(b.perVraagsoort()).containsExactly(Map.entry("LOOPBAAN", 1L), Map.entry("SCHOLING", 1L),
        Map.entry("VACATURES", 2L));
    assertThat(b.perDoorverwijzing()).containsExactly(Map.entry("GEEN", 2L), Map.entry("ROC", 1L),
        Map.entry("UWV", 1L));
    assertThat(b.metVervolg()).isEqualTo(2);
    assertThat(b.omgezetNaarTraject()).isEqualTo(1);
  }

  @Test
  void aRegionWithoutQuestionsCountsNothing() {
    Balievragen b = rapportages.voor("AMR30", LocalDate.of(2099, 5, 1), LocalDate.of(2099, 5, 31)).balievragen();

    assertThat(b).isEqualTo(new Balievragen(0, Map.of(), Map.of(), 0, 0));
  }

  private void vraag(String regio, String soort, String doorverwijzing, boolean vervolg, UUID traject, String wanneer) {
    jdbc.update("insert into wc_baliegesprek (id, regio, vraagsoort, advies, doorverwijzing, vervolg_gewenst, "
            + "gevoerd_door, gevoerd_op, traject_id, omgezet_op) values (?, ?, ?, 'advies', ?, ?, 'gids', ?, ?, ?)",
        UUID.randomUUID(), regio, soort, doorverwijzing, vervolg, tijd(wanneer), traject,
        traject == null ? null : tijd(wanneer));
  }

  private UUID traject(String aangemeld) {
    UUID persoon = UUID.randomUUID();
    jdbc.update("insert into wc_werkzoekende (id, bsn_hash, bsn_versleuteld, aangemaakt_op) values (?, ?, 'x', ?)",
        persoon, UUID.randomUUID().toString(), tijd(aangemeld));
    UUID id = UUID.randomUUID();
    jdbc.update("insert into wc_traject (id, werkzoekende_id, actief_werkzoekende_id, regio, kanaal, status, fase, "
            + "fase_sinds, aangemeld_op) values (?, ?, ?, ?, 'WERKCENTRUM', 'ACTIEF', 'INTAKE', ?, ?)",
        id, persoon, persoon, REGIO, tijd(aangemeld), tijd(aangemeld));
    return id;
  }

  private static OffsetDateTime tijd(String iso) {
    return OffsetDateTime.parse(iso);
  }
}
