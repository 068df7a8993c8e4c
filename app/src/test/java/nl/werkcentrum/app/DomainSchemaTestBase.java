package nl.werkcentrum.app;

import nl.werkcentrum.app.support.VerwachtFout;
import nl.werkcentrum.app.persoon.Werkzoekende;
import nl.werkcentrum.app.persoon.WerkzoekendeRepository;
import nl.werkcentrum.app.regio.ArbeidsmarktregioRepository;
import nl.werkcentrum.app.traject.Kanaal;
import nl.werkcentrum.app.traject.Traject;
import nl.werkcentrum.app.traject.TrajectRepository;
import nl.werkcentrum.app.traject.TrajectStatus;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Flyway schema and its constraints, on whichever database the subclass picks. */
abstract class DomainSchemaTestBase {

  @Autowired
  ArbeidsmarktregioRepository regios;

  @Autowired
  WerkzoekendeRepository werkzoekenden;

  @Autowired
  TrajectRepository trajecten;

  @Autowired
  DataSource dataSource;

  @Test
  void seedsThe35Regions() {
    assertThat(regios.count()).isEqualTo(35);
    assertThat(regios.findById("AMR15")).get().extracting(r -> r.getNaam()).isEqualTo("Groot Amsterdam");
    // CBS's own code beside ours, one per region
    assertThat(regios.findById("AMR15")).get().extracting(r -> r.getCbsCode()).isEqualTo("AM18");
    assertThat(regios.findById("AMR04")).get().extracting(r -> r.getCbsCode()).isEqualTo("AM36");
    assertThat(regios.findAll()).extracting(r -> r.getCbsCode()).doesNotContainNull().doesNotHaveDuplicates()
        .allSatisfy(code -> assertThat(code).matches("AM\\d\\d"));
  }

  @Test
  @VerwachtFout(value = "[org.hibernate.engine.jdbc.spi.SqlExceptionHelper]",
      reden = "the second active trajectory is refused by the unique constraint, which Hibernate logs")
  void theDatabaseAllowsOneActiveTrajectoryPerPerson() {
    OffsetDateTime nu = OffsetDateTime.now();
    Werkzoekende persoon = werkzoekenden.save(new Werkzoekende(UUID.randomUUID().toString(), "x", nu));
    Traject eerste = trajecten.saveAndFlush(new Traject(UUID.randomUUID(), persoon.getId(), "AMR15",
        Kanaal.UWV, null, nu));

    assertThatThrownBy(() -> trajecten.saveAndFlush(new Traject(UUID.randomUUID(), persoon.getId(),
        "AMR15", Kanaal.ROC, null, nu))).isInstanceOf(DataIntegrityViolationException.class);

    eerste.afsluiten(TrajectStatus.BEEINDIGD, "VERHUISD", nu);
    trajecten.saveAndFlush(eerste);
    assertThat(trajecten.saveAndFlush(new Traject(UUID.randomUUID(), persoon.getId(), "AMR24",
        Kanaal.GEMEENTE, null, nu)).isActief()).isTrue();
  }

  /**
   * V6 on rows written before it, in a schema of their own: dates sent as text keep their day,
   * text that is no date becomes null instead of stopping the migration.
   */
  @Test
  void v6TurnsTextDatesIntoDates() {
    String naam = "v6_" + UUID.randomUUID().toString().substring(0, 8);
    // quoted: H2 folds unquoted names to upper case, PostgreSQL to lower case
    String schema = '"' + naam + '"';
    try {
      migrate(naam, "5");
      var db = new JdbcTemplate(dataSource);
      UUID persoon = UUID.randomUUID();
      UUID traject = UUID.randomUUID();
      db.update("insert into " + schema + ".wc_werkzoekende values (?, ?, 'x', current_timestamp)",
          persoon, persoon.toString());
      db.update("insert into " + schema + ".wc_traject (id, werkzoekende_id, regio, kanaal, status, fase, "
          + "fase_sinds, aangemeld_op, uitkomst) values (?, ?, 'AMR15', 'UWV', 'GEPLAATST', 'PLAATSING', "
          + "current_timestamp, current_timestamp, 'GEPLAATST')", traject, persoon);
      scholing(db, schema, traject, "2027-06-30");
      scholing(db, schema, traject, "2027-07-01T00:00:00"); // varchar(20) held no more
      scholing(db, schema, traject, "eind juni");
      scholing(db, schema, traject, "2027-13-01");
      scholing(db, schema, traject, null);
      db.update("insert into " + schema + ".wc_plaatsing (id, traject_id, werkgever, startdatum, "
          + "besteed_bedrag, geplaatst_op) values (?, ?, 'W', '2027-01-04', 0, current_timestamp)",
          UUID.randomUUID(), traject);

      migrate(naam, "6");

      assertThat(db.queryForList("select verwachte_einddatum from " + schema + ".wc_scholing "
          + "where verwachte_einddatum is not null order by verwachte_einddatum", LocalDate.class))
          .containsExactly(LocalDate.of(2027, 6, 30), LocalDate.of(2027, 7, 1));
      assertThat(db.queryForObject("select count(*) from " + schema + ".wc_scholing "
          + "where verwachte_einddatum is null", Integer.class)).isEqualTo(3);
      assertThat(db.queryForObject("select startdatum from " + schema + ".wc_plaatsing", LocalDate.class))
          .isEqualTo(LocalDate.of(2027, 1, 4));
    } finally {
      new JdbcTemplate(dataSource).execute("drop schema if exists " + schema + " cascade");
    }
  }

  /** V30 on an intake written before it: its one attention group becomes its first row of groups. */
  @Test
  void v30KeepsTheAttentionGroupOfEarlierIntakes() {
    String naam = "v30_" + UUID.randomUUID().toString().substring(0, 8);
    String schema = '"' + naam + '"';
    try {
      migrate(naam, laatsteVoor("30"));
      var db = new JdbcTemplate(dataSource);
      UUID persoon = UUID.randomUUID();
      UUID traject = UUID.randomUUID();
      db.update("insert into " + schema + ".wc_werkzoekende values (?, ?, 'x', current_timestamp)",
          persoon, persoon.toString());
      db.update("insert into " + schema + ".wc_traject (id, werkzoekende_id, regio, kanaal, status, fase, "
          + "fase_sinds, aangemeld_op) values (?, ?, 'AMR15', 'UWV', 'ACTIEF', 'WERKPLAN', "
          + "current_timestamp, current_timestamp)", traject, persoon);
      db.update("insert into " + schema + ".wc_intake (traject_id, werksituatie, doelgroep, sector, verslag, "
          + "vastgelegd_door, vastgelegd_op) values (?, 'WERKZOEKEND', 'JONGERE', 'ZORG', 'v', 'gids', "
          + "current_timestamp)", traject);

      migrate(naam, "30");

      assertThat(db.queryForList("select doelgroep from " + schema + ".wc_intake_doelgroep where traject_id = ?",
          String.class, traject)).containsExactly("JONGERE");
      assertThat(db.queryForObject("select count(*) from " + schema + ".wc_intake", Integer.class)).isEqualTo(1);
    } finally {
      new JdbcTemplate(dataSource).execute("drop schema if exists " + schema + " cascade");
    }
  }

  /** The newest migration before this one, whichever the branches merged so far brought. */
  private String laatsteVoor(String versie) {
    MigrationVersion grens = MigrationVersion.fromVersion(versie);
    return Arrays.stream(Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load()
            .info().all())
        .map(MigrationInfo::getVersion).filter(v -> v != null && v.compareTo(grens) < 0).max(Comparator.naturalOrder())
        .orElseThrow().getVersion();
  }

  private void migrate(String schema, String target) {
    Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
        .table("wc_flyway_schema_history").locations("classpath:db/migration").target(target)
        .load().migrate();
  }

  private static void scholing(JdbcTemplate db, String schema, UUID traject, String einddatum) {
    db.update("insert into " + schema + ".wc_scholing (id, traject_id, opleiding, ingeschreven_op, "
        + "verwachte_einddatum, uitkomst) values (?, ?, 'MBO-ZORG', current_timestamp, ?, 'LOPEND')",
        UUID.randomUUID(), traject, einddatum);
  }
}
