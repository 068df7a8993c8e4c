package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.traject.Fase;
import nl.werkcentrum.app.traject.TrajectService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;


/** Called from start listeners in the model: keeps the trajectory's phase and phase history. */
@Component("faseRegistratie")
public class FaseRegistratie {

  private final TrajectService trajecten;

  public FaseRegistratie(TrajectService trajecten) {
    this.trajecten = trajecten;
  }

  public void markeer(DelegateExecution execution, String fase) {
    TrajectSleutel.van(execution).ifPresent(trajectId -> trajecten.naarFase(trajectId, Fase.valueOf(fase)));
  }
}
