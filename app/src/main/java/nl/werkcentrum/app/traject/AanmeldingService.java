package nl.werkcentrum.app.traject;

import nl.werkcentrum.app.persoon.Bsn;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.UUID;

/**
 * "No wrong door": a sign-up through any partner starts the person's trajectory, or, when one is
 * running, is correlated to it. Process start and our rows share one transaction, so a failure
 * leaves neither behind.
 */
@Service
public class AanmeldingService {

  static final String PROCESS = "werkcentrum-traject";
  static final String HERHAALDE_AANMELDING = "HerhaaldeAanmelding";

  private final TrajectService trajecten;
  private final RuntimeService runtimeService;

  public AanmeldingService(TrajectService trajecten, RuntimeService runtimeService) {
    this.trajecten = trajecten;
    this.runtimeService = runtimeService;
  }

  @Transactional
  public Registratie aanmelden(String bsnText, String regio, Kanaal kanaal) {
    Bsn bsn = trajecten.valideer(bsnText, regio);
    var lopend = trajecten.lopendTraject(bsn);
    if (lopend.isPresent()) {
      UUID trajectId = lopend.get().getId();
      trajecten.herhaaldeAanmelding(trajectId, kanaal);
      runtimeService.createMessageCorrelation(HERHAALDE_AANMELDING)
          .processInstanceBusinessKey(trajectId.toString())
          .setVariable("herhaaldKanaal", kanaal.name())
          .correlate();
      return new Registratie(trajectId, true);
    }
    UUID trajectId = UUID.randomUUID();
    Map<String, Object> variabelen = Map.of("bsn", bsn.value(), "regio", regio, "kanaal", kanaal.name());
    if (kanaal.startMessage() == null) {
      runtimeService.startProcessInstanceByKey(PROCESS, trajectId.toString(), variabelen);
    } else {
      runtimeService.createMessageCorrelation(kanaal.startMessage())
          .processInstanceBusinessKey(trajectId.toString())
          .setVariables(variabelen)
          .correlateStartMessage();
    }
    return new Registratie(trajectId, false);
  }
}
