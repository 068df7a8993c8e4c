package nl.werkcentrum.app.opslag;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import nl.werkcentrum.app.traject.Fase;
import nl.werkcentrum.app.traject.TrajectFase;
import nl.werkcentrum.app.traject.TrajectFaseRepository;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A new row is one insert, not a select by its id first; a stored row stays an update. */
@SpringBootTest
@Transactional
class ToegewezenIdTest {

  @Autowired
  TrajectFaseRepository fasen;

  @Autowired
  EntityManager em;

  @Autowired
  EntityManagerFactory emf;

  @Autowired
  JdbcTemplate jdbc;

  Statistics statistieken;
  UUID traject;

  @BeforeEach
  void traject() {
    UUID persoon = UUID.randomUUID();
    jdbc.update("insert into wc_werkzoekende (id, bsn_hash, bsn_versleuteld, aangemaakt_op) values (?, ?, 'x', now())",
        persoon, UUID.randomUUID().toString());
    traject = UUID.randomUUID();
    jdbc.update("insert into wc_traject (id, werkzoekende_id, actief_werkzoekende_id, regio, kanaal, status, fase, "
        + "fase_sinds, aangemeld_op) values (?, ?, ?, 'AMR01', 'UWV', 'ACTIEF', 'INTAKE', now(), now())",
        traject, persoon, persoon);
    statistieken = emf.unwrap(SessionFactory.class).getStatistics();
    statistieken.setStatisticsEnabled(true);
    statistieken.clear();
  }

  @Test
  void savingANewEntityIsOneInsert() {
    TrajectFase fase = new TrajectFase(traject, Fase.INTAKE, OffsetDateTime.now());
    assertThat(fase.isNew()).isTrue();

    fasen.save(fase);
    em.flush();

    assertThat(statistieken.getPrepareStatementCount()).as("statements: only the insert").isEqualTo(1);
    assertThat(statistieken.getEntityInsertCount()).isEqualTo(1);
    assertThat(fase.isNew()).isFalse();
  }

  @Test
  void aLoadedEntityIsNotNew() {
    TrajectFase fase = fasen.saveAndFlush(new TrajectFase(traject, Fase.INTAKE, OffsetDateTime.now()));
    em.clear();

    TrajectFase geladen = fasen.findById(fase.getId()).orElseThrow();
    assertThat(geladen.isNew()).isFalse();
    fasen.saveAndFlush(geladen);
    assertThat(fasen.count()).isEqualTo(jdbc.queryForObject("select count(*) from wc_traject_fase", Long.class));
    assertThat(statistieken.getEntityInsertCount()).isEqualTo(1);
  }
}
