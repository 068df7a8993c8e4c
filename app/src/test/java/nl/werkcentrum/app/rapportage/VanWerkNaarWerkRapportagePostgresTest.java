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

/** Van werk naar werk in the Regionaal Beraad's report on seeded data with known answers: AMR34, July 2099. */
@PostgresTest
@SpringBootTest
@Transactional
class VanWerkNaarWerkRapportagePostgresTest {

  static final String REGIO = "AMR34";

  @Autowired
  RapportageService rapportages;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void countsRoutesAnnouncedPerMelderAndEndedPerOutcomeInTheRegionAndPeriod() {
    UUID collectief = UUID.randomUUID();
    route(REGIO, "WERKGEVER", collectief, "2099-07-01T09:00:00Z", "NIEUW_WERK", "2099-07-20T09:00:00Z");
    route(REGIO, "WERKGEVER", collectief, "2099-07-01T09:00:00Z", null, null);
    route(REGIO, "PERSOON", null, "2099-07-03T09:00:00Z", "ONTSLAGEN_ZONDER_WERK", "2099-08-02T09:00:00Z");
    route(REGIO, "SOCIALE_PARTNERS", null, "2099-06-10T09:00:00Z", "BEEINDIGD", "2099-07-05T09:00:00Z");
    route("AMR35", "PERSOON", null, "2099-07-03T09:00:00Z", "NIEUW_WERK", "2099-07-04T09:00:00Z");

    VanWerkNaarWerkCijfers c = rapportages.voor(REGIO, LocalDate.of(2099, 7, 1), LocalDate.of(2099, 7, 31))
        .vanWerkNaarWerk();

    assertThat(c.aangemeld()).isEqualTo(3);
    assertThat(c.aangemeldPerMelder()).containsExactly(Map.entry("PERSOON", 1L), Map.entry("WERKGEVER", 2L));
    assertThat(c.collectief()).isEqualTo(2);
    // ended in July: one with new work, one ended; the route without work ended in August
    assertThat(c.afgerondPerUitkomst()).containsExactly(Map.entry("BEEINDIGD", 1L), Map.entry("NIEUW_WERK", 1L));
  }

  private void route(String regio, String melder, UUID collectief, String aangemeld, String uitkomst, String afgerond) {
    UUID persoon = UUID.randomUUID();
    jdbc.update("insert into wc_werkzoekende (id, bsn_hash, bsn_versleuteld, aangemaakt_op) values (?, ?, 'x', ?)",
        persoon, UUID.randomUUID().toString(), tijd(aangemeld));
    UUID traject = UUID.randomUUID();
    jdbc.update("insert into wc_traject (id, werkzoekende_id, regio, kanaal, status, fase, fase_sinds, aangemeld_op) "
        + "values (?, ?, ?, 'WERKCENTRUM', 'GEPLAATST', 'PLAATSING', ?, ?)", traject, persoon, regio, tijd(aangemeld),
        tijd(aangemeld));
    jdbc.update("insert into wc_werk_naar_werk (traject_id, melder, kvk_nummer, ontslagdatum, collectief_id, uitkomst, "
            + "aangemeld_op, afgerond_op) values (?, ?, '12345678', ?, ?, ?, ?, ?)", traject, melder,
        LocalDate.of(2099, 9, 1), collectief, uitkomst, tijd(aangemeld), afgerond == null ? null : tijd(afgerond));
  }

  private static OffsetDateTime tijd(String iso) {
    return OffsetDateTime.parse(iso);
  }
}
