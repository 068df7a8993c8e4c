package nl.werkcentrum.app.traject;

import nl.werkcentrum.app.persoon.Bsn;
import nl.werkcentrum.app.persoon.BsnCrypto;
import nl.werkcentrum.app.persoon.Werkzoekende;
import nl.werkcentrum.app.persoon.WerkzoekendeRepository;
import nl.werkcentrum.app.privacy.Handeling;
import nl.werkcentrum.app.privacy.Verwerker;
import nl.werkcentrum.app.privacy.Verwerkingenlog;
import nl.werkcentrum.app.regio.ArbeidsmarktregioRepository;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Sign-up, phases and closing of trajectories: the rules that outlive a process instance. */
@Service
@Transactional
public class TrajectService {

  private final WerkzoekendeRepository werkzoekenden;
  private final TrajectRepository trajecten;
  private final AanmeldingRepository aanmeldingen;
  private final TrajectFaseRepository fasen;
  private final ArbeidsmarktregioRepository regios;
  private final BsnCrypto crypto;
  private final Clock clock;
  private final Verwerkingenlog verwerkingen;
  private final IdentityService identityService;

  public TrajectService(WerkzoekendeRepository werkzoekenden, TrajectRepository trajecten,
      AanmeldingRepository aanmeldingen, TrajectFaseRepository fasen,
      ArbeidsmarktregioRepository regios, BsnCrypto crypto, Clock clock, Verwerkingenlog verwerkingen,
      IdentityService identityService) {
    this.clock = clock;
    this.verwerkingen = verwerkingen;
    this.identityService = identityService;
    this.werkzoekenden = werkzoekenden;
    this.trajecten = trajecten;
    this.aanmeldingen = aanmeldingen;
    this.fasen = fasen;
    this.regios = regios;
    this.crypto = crypto;
  }

  /** Checks a sign-up without writing anything; throws with the offending field. */
  @Transactional(readOnly = true)
  public Bsn valideer(String bsn, String regio) {
    if (!Bsn.isValid(bsn)) {
      throw new OngeldigeAanmeldingException("bsn", "Geen geldig BSN (negen cijfers die de 11-proef doorstaan)");
    }
    if (regio == null || !regios.existsById(regio)) {
      throw new OngeldigeAanmeldingException("regio", "Onbekende arbeidsmarktregio: " + regio);
    }
    return Bsn.of(bsn);
  }

  /** The person's running trajectory, if any. */
  @Transactional(readOnly = true)
  public Optional<Traject> lopendTraject(Bsn bsn) {
    return werkzoekenden.findByBsnHash(crypto.hash(bsn))
        .flatMap(persoon -> trajecten.findByActiefWerkzoekendeId(persoon.getId()));
  }

  /**
   * Registers a sign-up: opens a trajectory with the given id, or records the sign-up against
   * the person's running one. The unique constraint on the active trajectory decides a race.
   */
  public Registratie registreer(String bsnText, String regio, Kanaal kanaal, UUID nieuwTrajectId,
      String processInstanceId) {
    Bsn bsn = valideer(bsnText, regio);
    OffsetDateTime nu = nu();
    Werkzoekende persoon = werkzoekenden.findByBsnHash(crypto.hash(bsn))
        .orElseGet(() -> werkzoekenden.save(new Werkzoekende(crypto.hash(bsn), crypto.encrypt(bsn), nu)));
    Optional<Traject> lopend = trajecten.findByActiefWerkzoekendeId(persoon.getId());
    // the caller the engine knows: the partner's system of the message, the gids of the walk-in
    Verwerker door = Verwerker.vanEngine(identityService);
    if (lopend.isPresent()) {
      aanmeldingen.save(new Aanmelding(lopend.get().getId(), kanaal, true, nu));
      verwerkingen.persoon(Handeling.WIJZIGEN, persoon.getId(), lopend.get().getId(), "BSN, aanmelding",
          "Herhaalde aanmelding via " + kanaal.name(), door);
      return new Registratie(lopend.get().getId(), true);
    }
    Traject traject = trajecten.saveAndFlush(
        new Traject(nieuwTrajectId, persoon.getId(), regio, kanaal, processInstanceId, nu));
    aanmeldingen.save(new Aanmelding(traject.getId(), kanaal, false, nu));
    fasen.save(new TrajectFase(traject.getId(), traject.getFase(), traject.getFaseSinds()));
    verwerkingen.persoon(Handeling.WIJZIGEN, persoon.getId(), traject.getId(), "BSN, aanmelding, traject",
        "Aanmelding via " + kanaal.name(), door);
    return new Registratie(traject.getId(), false);
  }

  public void naarFase(UUID trajectId, Fase fase) {
    Traject traject = vind(trajectId);
    if (fase != traject.getFase()) {
      OffsetDateTime nu = nu();
      traject.naarFase(fase, nu);
      fasen.save(new TrajectFase(trajectId, fase, nu));
    }
  }

  public void regiepartner(UUID trajectId, String regiepartner) {
    vind(trajectId).setRegiepartner(regiepartner);
  }

  /** Idempotent: closing a closed trajectory changes nothing. */
  public void afsluiten(UUID trajectId, TrajectStatus eindstatus, String reden) {
    Traject traject = vind(trajectId);
    if (traject.isActief()) {
      traject.afsluiten(eindstatus, reden, nu());
    }
  }

  @Transactional(readOnly = true)
  public Traject vind(UUID trajectId) {
    return trajecten.findById(trajectId).orElseThrow(() -> new TrajectNietGevondenException(trajectId));
  }

  /** The application's clock, not the JVM's, so tests can move time. */
  private OffsetDateTime nu() {
    return OffsetDateTime.now(clock);
  }
}
