package nl.werkcentrum.app.verloop;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Keeps the record of what the partners did for a trajectory. */
@Service
@Transactional
public class TrajectVerloop {

  private final VerwijzingRepository verwijzingen;
  private final ScholingRepository scholingen;
  private final PlaatsingRepository plaatsingen;
  private final Clock clock;

  public TrajectVerloop(VerwijzingRepository verwijzingen, ScholingRepository scholingen,
      PlaatsingRepository plaatsingen, Clock clock) {
    this.verwijzingen = verwijzingen;
    this.scholingen = scholingen;
    this.plaatsingen = plaatsingen;
    this.clock = clock;
  }

  public void verwezen(UUID trajectId, String partner, String kenmerk) {
    verwijzingen.save(new Verwijzing(trajectId, partner, kenmerk, nu()));
  }

  public void ingeschreven(UUID trajectId, String opleiding, String kenmerk, LocalDate verwachteEinddatum) {
    scholingen.save(new Scholing(trajectId, opleiding, kenmerk, verwachteEinddatum,
        ScholingUitkomst.LOPEND, nu()));
  }

  public void opleidingVol(UUID trajectId, String opleiding) {
    scholingen.save(new Scholing(trajectId, opleiding, null, null, ScholingUitkomst.VOL, nu()));
  }

  /** Ends the running enrolment as AFGEROND or AFGEBROKEN; a repeated message changes nothing. */
  public void scholingAfgesloten(UUID trajectId, ScholingUitkomst uitkomst, String toelichting) {
    scholingen.findFirstByTrajectIdAndUitkomst(trajectId, ScholingUitkomst.LOPEND)
        .ifPresent(s -> s.afsluiten(uitkomst, toelichting, nu()));
  }

  public void geplaatst(UUID trajectId, String werkgever, String functie, String vacatureId,
      String sector, LocalDate startdatum, long besteedBedrag) {
    plaatsingen.save(new Plaatsing(trajectId, werkgever, functie, vacatureId, sector, startdatum,
        besteedBedrag, nu()));
  }

  /** The application's clock, not the JVM's, so tests can move time. */
  private OffsetDateTime nu() {
    return OffsetDateTime.now(clock);
  }
}
