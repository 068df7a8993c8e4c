package nl.werkcentrum.app.werkplan;

import nl.werkcentrum.app.privacy.Handeling;
import nl.werkcentrum.app.privacy.Verwerker;
import nl.werkcentrum.app.privacy.Verwerkingenlog;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Keeps the versions of a trajectory's werkplan. */
@Service
@Transactional
public class WerkplanService {

  /** Scholing is always delivered by the ROC, whoever has the regie. */
  static final String SCHOLINGSPARTNER = "roc";

  private final WerkplanRepository werkplannen;
  private final Clock clock;
  private final Verwerkingenlog verwerkingen;
  private final IdentityService identityService;

  public WerkplanService(WerkplanRepository werkplannen, Clock clock, Verwerkingenlog verwerkingen,
      IdentityService identityService) {
    this.werkplannen = werkplannen;
    this.clock = clock;
    this.verwerkingen = verwerkingen;
    this.identityService = identityService;
  }

  /**
   * Stores a new version. Each non-empty line of {@code activiteiten} is one activity of the
   * regie partner; a scholing is added as the ROC's activity.
   */
  public Werkplan vastleggen(UUID trajectId, String activiteiten, boolean scholingNodig,
      String opleiding, long budgetBedrag, String regiepartner, String door) {
    if (budgetBedrag < 0) {
      throw new IllegalArgumentException("Het gevraagde budget is niet negatief");
    }
    int versie = werkplannen.findFirstByTrajectIdOrderByVersieDesc(trajectId)
        .map(w -> w.getVersie() + 1).orElse(1);
    var werkplan = new Werkplan(trajectId, versie, scholingNodig, scholingNodig ? opleiding : null,
        budgetBedrag, door, OffsetDateTime.now(clock));
    if (activiteiten != null) {
      activiteiten.lines().map(String::strip).filter(l -> !l.isEmpty())
          .forEach(regel -> werkplan.voegToe(regiepartner, regel));
    }
    if (scholingNodig) {
      werkplan.voegToe(SCHOLINGSPARTNER, "Scholing " + opleiding);
    }
    verwerkingen.traject(Handeling.WIJZIGEN, trajectId, "werkplan (versie " + versie + ")",
        "Taak Werkplan opstellen", Verwerker.vanEngine(identityService, door));
    return werkplannen.save(werkplan);
  }

  /** The werkplan as it stands: its newest version. */
  @Transactional(readOnly = true)
  public Optional<Werkplan> huidig(UUID trajectId) {
    return werkplannen.findFirstByTrajectIdOrderByVersieDesc(trajectId);
  }

  @Transactional(readOnly = true)
  public List<Werkplan> versies(UUID trajectId) {
    return werkplannen.findByTrajectIdOrderByVersie(trajectId);
  }
}
