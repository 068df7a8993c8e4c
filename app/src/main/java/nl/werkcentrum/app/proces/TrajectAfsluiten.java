package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.traject.TrajectService;
import nl.werkcentrum.app.traject.TrajectStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;


/** Closes the trajectory row, so the person may sign up again later. */
@Component("trajectAfsluiten")
public class TrajectAfsluiten implements JavaDelegate {

  private final TrajectService trajecten;

  public TrajectAfsluiten(TrajectService trajecten) {
    this.trajecten = trajecten;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var trajectId = TrajectSleutel.van(execution);
    if (trajectId.isEmpty()) {
      return;
    }
    TrajectStatus uitkomst = TrajectStatus.valueOf((String) execution.getVariable("uitkomst"));
    Object reden = execution.getVariable("beeindigingsreden");
    trajecten.afsluiten(trajectId.get(), uitkomst,
        reden == null ? null : reden.toString());
  }
}
