package nl.werkcentrum.app.traject;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * "No wrong door", through our API: the sign-up takes the same path as the partner's message and
 * the walk-in, the model's first step ({@code AanmeldingRegistreren}), which opens the trajectory
 * or passes the sign-up on to the person's running one. Here only the input's shape is checked (a
 * 400 before the engine is involved), and the outcome is read from the variables the model set.
 * Process start and our rows share one transaction, so a failure leaves neither behind.
 */
@Service
public class AanmeldingService {

  static final String PROCESS = "werkcentrum-traject";

  private final TrajectService trajecten;
  private final RuntimeService runtimeService;

  public AanmeldingService(TrajectService trajecten, RuntimeService runtimeService) {
    this.trajecten = trajecten;
    this.runtimeService = runtimeService;
  }

  @Transactional
  public Registratie aanmelden(String bsn, String regio, Kanaal kanaal) {
    trajecten.valideer(bsn, regio);
    // the first step takes the BSN into our tables and removes the variable
    VariableMap variabelen = Variables.createVariables()
        .putValue("bsn", bsn).putValue("regio", regio).putValue("kanaal", kanaal.name());
    if (kanaal.startMessage() == null) {
      var instantie = runtimeService.createProcessInstanceByKey(PROCESS).setVariables(variabelen)
          .executeWithVariablesInReturn();
      return uitkomst(instantie.getVariables(), instantie.getBusinessKey());
    }
    var resultaat = runtimeService.createMessageCorrelation(kanaal.startMessage()).setVariables(variabelen)
        .correlateWithResultAndVariables(true);
    return uitkomst(resultaat.getVariables(), resultaat.getProcessInstance().getBusinessKey());
  }

  /**
   * {@code dubbeleAanmelding}: passed on to {@code lopendTrajectId}; otherwise a new trajectory,
   * whose id is the instance's business key.
   */
  static Registratie uitkomst(VariableMap variabelen, String businessKey) {
    boolean herhaald = Boolean.TRUE.equals(variabelen.get("dubbeleAanmelding"));
    Object trajectId = herhaald ? variabelen.get("lopendTrajectId") : businessKey;
    if (trajectId == null) {
      throw new IllegalStateException("Het proces gaf geen traject-id terug (dubbeleAanmelding=" + herhaald + ")");
    }
    return new Registratie(UUID.fromString(trajectId.toString()), herhaald);
  }
}
