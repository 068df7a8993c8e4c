package nl.werkcentrum.app.intake;

import nl.werkcentrum.app.privacy.Handeling;
import nl.werkcentrum.app.privacy.Verwerker;
import nl.werkcentrum.app.privacy.Verwerkingenlog;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Keeps the intake of each trajectory. */
@Service
@Transactional
public class IntakeService {

  private final IntakeRepository intakes;
  private final Clock clock;
  private final Verwerkingenlog verwerkingen;
  private final IdentityService identityService;

  public IntakeService(IntakeRepository intakes, Clock clock, Verwerkingenlog verwerkingen,
      IdentityService identityService) {
    this.intakes = intakes;
    this.clock = clock;
    this.verwerkingen = verwerkingen;
    this.identityService = identityService;
  }

  /**
   * Records the intake. A trajectory has one intake; should it be done again (e.g. after an
   * operator moved the instance back to it), the new answers replace the old ones, because the
   * route goes on with the new ones and the report must agree with the route.
   */
  public Intake vastleggen(UUID trajectId, Intakegegevens gegevens, String door) {
    Intake intake = intakes.findById(trajectId).orElseGet(() -> new Intake(trajectId));
    intake.vastleggen(gegevens, door, OffsetDateTime.now(clock));
    verwerkingen.traject(Handeling.WIJZIGEN, trajectId, "intake (werksituatie, doelgroepen, sector, verslag)",
        "Taak Intake", Verwerker.vanEngine(identityService, door));
    return intakes.save(intake);
  }

  @Transactional(readOnly = true)
  public Optional<Intake> van(UUID trajectId) {
    return intakes.findById(trajectId);
  }
}
