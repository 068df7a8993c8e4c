package nl.werkcentrum.app.verloop;

import nl.werkcentrum.app.privacy.Handeling;
import nl.werkcentrum.app.privacy.Verwerker;
import nl.werkcentrum.app.privacy.Verwerkingenlog;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Keeps the record of what the partners did for a trajectory. */
@Service
@Transactional
public class TrajectVerloop {

  private final VerwijzingRepository verwijzingen;
  private final ScholingRepository scholingen;
  private final PlaatsingRepository plaatsingen;
  private final VacaturevoorstelRepository voorstellen;
  private final Clock clock;
  private final Verwerkingenlog verwerkingen;
  private final IdentityService identityService;

  public TrajectVerloop(VerwijzingRepository verwijzingen, ScholingRepository scholingen,
      PlaatsingRepository plaatsingen, VacaturevoorstelRepository voorstellen, Clock clock,
      Verwerkingenlog verwerkingen, IdentityService identityService) {
    this.verwerkingen = verwerkingen;
    this.identityService = identityService;
    this.verwijzingen = verwijzingen;
    this.scholingen = scholingen;
    this.plaatsingen = plaatsingen;
    this.voorstellen = voorstellen;
    this.clock = clock;
  }

  public void verwezen(UUID trajectId, String partner, String kenmerk) {
    verwijzingen.save(new Verwijzing(trajectId, partner, kenmerk, nu()));
    gewijzigd(trajectId, "verwijzing", "Verwijzing naar " + partner);
  }

  public void ingeschreven(UUID trajectId, String opleiding, String kenmerk, LocalDate verwachteEinddatum) {
    scholingen.save(new Scholing(trajectId, opleiding, kenmerk, verwachteEinddatum,
        ScholingUitkomst.LOPEND, nu()));
    gewijzigd(trajectId, "scholing (inschrijving)", "Inschrijving bij het ROC");
  }

  public void opleidingVol(UUID trajectId, String opleiding) {
    scholingen.save(new Scholing(trajectId, opleiding, null, null, ScholingUitkomst.VOL, nu()));
  }

  /** Ends the running enrolment as AFGEROND or AFGEBROKEN; a repeated message changes nothing. */
  public void scholingAfgesloten(UUID trajectId, ScholingUitkomst uitkomst, String toelichting) {
    scholingen.findFirstByTrajectIdAndUitkomst(trajectId, ScholingUitkomst.LOPEND)
        .ifPresent(s -> {
          s.afsluiten(uitkomst, toelichting, nu());
          gewijzigd(trajectId, "scholing (uitkomst, toelichting)", "Scholing " + uitkomst.name().toLowerCase());
        });
  }

  public void vacatureVoorgesteld(UUID trajectId, String vacatureId, String werkgever, String functie) {
    voorstellen.save(new Vacaturevoorstel(trajectId, vacatureId, werkgever, functie, nu()));
    gewijzigd(trajectId, "vacaturevoorstel (werkgever, functie)", "Vacatures matchen");
  }

  /** The vacancy the consulent is asked to confirm: the newest proposal. */
  @Transactional(readOnly = true)
  public Optional<Vacaturevoorstel> voorstel(UUID trajectId) {
    return voorstellen.findFirstByTrajectIdOrderByVoorgesteldOpDesc(trajectId);
  }

  /** Placed in the vacancy last proposed. */
  public void geplaatst(UUID trajectId, String vacatureId, String sector, LocalDate startdatum, long besteedBedrag) {
    Optional<Vacaturevoorstel> voorstel = voorstel(trajectId);
    plaatsingen.save(new Plaatsing(trajectId, voorstel.map(Vacaturevoorstel::getWerkgever).orElse("onbekend"),
        voorstel.map(Vacaturevoorstel::getFunctie).orElse(null), vacatureId, sector, startdatum, besteedBedrag, nu()));
    gewijzigd(trajectId, "plaatsing (werkgever, functie, startdatum)", "Plaatsing bevestigen");
  }

  /** Who: the partner's system that reported it, or the caseworker who confirmed it. */
  private void gewijzigd(UUID trajectId, String gegevens, String doel) {
    verwerkingen.traject(Handeling.WIJZIGEN, trajectId, gegevens, doel, Verwerker.vanEngine(identityService));
  }

  /** The application's clock, not the JVM's, so tests can move time. */
  private OffsetDateTime nu() {
    return OffsetDateTime.now(clock);
  }
}
