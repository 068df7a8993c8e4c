package nl.werkcentrum.app.proces;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Passes a second sign-up on to the person's running trajectory, where the gids sees it. */
@Component("aanmeldingDoorzetten")
public class AanmeldingDoorzetten implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation("HerhaaldeAanmelding")
        .processInstanceBusinessKey((String) execution.getVariable("lopendTrajectId"))
        .setVariable("herhaaldKanaal", execution.getVariable("kanaal"))
        .correlate();
  }
}
