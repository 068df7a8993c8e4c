package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.traject.Kanaal;
import nl.werkcentrum.app.traject.OngeldigeAanmeldingException;
import nl.werkcentrum.app.traject.Registratie;
import nl.werkcentrum.app.traject.TrajectService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * First step of every trajectory, whatever door the person came in through: opens the trajectory,
 * or finds the person's running one so this sign-up can be passed on to it.
 */
@Component("aanmeldingRegistreren")
public class AanmeldingRegistreren implements JavaDelegate {

  private final TrajectService trajecten;

  public AanmeldingRegistreren(TrajectService trajecten) {
    this.trajecten = trajecten;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Kanaal kanaal = execution.getVariable("kanaal") == null
        ? Kanaal.WERKCENTRUM : Kanaal.valueOf(execution.getVariable("kanaal").toString());
    UUID trajectId = trajectIdVoor(execution);
    Registratie registratie;
    try {
      registratie = trajecten.registreer((String) execution.getVariable("bsn"),
          (String) execution.getVariable("regio"), kanaal, trajectId, execution.getProcessInstanceId());
    } catch (OngeldigeAanmeldingException e) {
      throw new BpmnError("ONGELDIGE_AANMELDING", e.getMessage());
    }
    execution.setVariable("kanaal", kanaal.name());
    execution.setVariable("dubbeleAanmelding", registratie.herhaald());
    if (registratie.herhaald()) {
      execution.setVariable("lopendTrajectId", registratie.trajectId().toString());
    } else {
      execution.setVariable("trajectId", registratie.trajectId().toString());
    }
  }

  /** The business key is the trajectory id; a start without one (walk-in) gets a fresh id. */
  private static UUID trajectIdVoor(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey != null) {
      try {
        return UUID.fromString(businessKey);
      } catch (IllegalArgumentException notAUuid) {
        throw new BpmnError("ONGELDIGE_AANMELDING", "De business key is geen traject-id (UUID)");
      }
    }
    UUID id = UUID.randomUUID();
    execution.setProcessBusinessKey(id.toString());
    return id;
  }
}
