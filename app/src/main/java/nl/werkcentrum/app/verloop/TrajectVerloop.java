package nl.werkcentrum.app.verloop;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/** Keeps the record of what the partners did for a trajectory. */
@Service
@Transactional
public class TrajectVerloop {

  static final String LOPEND = "LOPEND";

  private final VerwijzingRepository verwijzingen;
  private final ScholingRepository scholingen;
  private final PlaatsingRepository plaatsingen;

  public TrajectVerloop(VerwijzingRepository verwijzingen, ScholingRepository scholingen,
      PlaatsingRepository plaatsingen) {
    this.verwijzingen = verwijzingen;
    this.scholingen = scholingen;
    this.plaatsingen = plaatsingen;
  }

  public void verwezen(UUID trajectId, String partner, String kenmerk) {
    verwijzingen.save(new Verwijzing(trajectId, partner, kenmerk));
  }

  public void ingeschreven(UUID trajectId, String opleiding, String kenmerk, String verwachteEinddatum) {
    scholingen.save(new Scholing(trajectId, opleiding, kenmerk, verwachteEinddatum, LOPEND));
  }

  public void opleidingVol(UUID trajectId, String opleiding) {
    scholingen.save(new Scholing(trajectId, opleiding, null, null, "VOL"));
  }

  /** Ends the running enrolment as AFGEROND or AFGEBROKEN; a repeated message changes nothing. */
  public void scholingAfgesloten(UUID trajectId, String uitkomst, String toelichting) {
    scholingen.findFirstByTrajectIdAndUitkomst(trajectId, LOPEND)
        .ifPresent(s -> s.afsluiten(uitkomst, toelichting));
  }

  public void geplaatst(UUID trajectId, String werkgever, String functie, String vacatureId,
      String sector, String startdatum, long besteedBedrag) {
    plaatsingen.save(new Plaatsing(trajectId, werkgever, functie, vacatureId, sector, startdatum,
        besteedBedrag));
  }
}
