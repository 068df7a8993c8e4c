package nl.werkcentrum.app;

import nl.werkcentrum.app.support.VerwachtFout;
import nl.werkcentrum.app.persoon.Werkzoekende;
import nl.werkcentrum.app.persoon.WerkzoekendeRepository;
import nl.werkcentrum.app.regio.ArbeidsmarktregioRepository;
import nl.werkcentrum.app.traject.Kanaal;
import nl.werkcentrum.app.traject.Traject;
import nl.werkcentrum.app.traject.TrajectRepository;
import nl.werkcentrum.app.traject.TrajectStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

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

  @Test
  void seedsThe35Regions() {
    assertThat(regios.count()).isEqualTo(35);
    assertThat(regios.findById("AMR15")).get().extracting(r -> r.getNaam()).isEqualTo("Groot Amsterdam");
  }

  @Test
  @VerwachtFout(value = "[org.hibernate.engine.jdbc.spi.SqlExceptionHelper]",
      reden = "the second active trajectory is refused by the unique constraint, which Hibernate logs")
  void theDatabaseAllowsOneActiveTrajectoryPerPerson() {
    Werkzoekende persoon = werkzoekenden.save(new Werkzoekende(UUID.randomUUID().toString(), "x"));
    Traject eerste = trajecten.saveAndFlush(new Traject(UUID.randomUUID(), persoon.getId(), "AMR15",
        Kanaal.UWV, null));

    assertThatThrownBy(() -> trajecten.saveAndFlush(new Traject(UUID.randomUUID(), persoon.getId(),
        "AMR15", Kanaal.ROC, null))).isInstanceOf(DataIntegrityViolationException.class);

    eerste.afsluiten(TrajectStatus.BEEINDIGD, "VERHUISD");
    trajecten.saveAndFlush(eerste);
    assertThat(trajecten.saveAndFlush(new Traject(UUID.randomUUID(), persoon.getId(), "AMR24",
        Kanaal.GEMEENTE, null)).isActief()).isTrue();
  }
}
