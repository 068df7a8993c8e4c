package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.werkgever.WerkgeversvraagService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * No one fits now: the open vacancies take the ontwikkelpad. They stay open for the trajectories'
 * vacancy matching (GET /api/regios/{regio}/vacatures), so a consulent can plan scholing towards
 * them in a werkplan, paid from the ontschot budget; the question itself is done.
 */
@Component("ontwikkelpadStarten")
public class OntwikkelpadStarten implements JavaDelegate {

  private final WerkgeversvraagService vragen;

  public OntwikkelpadStarten(WerkgeversvraagService vragen) {
    this.vragen = vragen;
  }

  @Override
  public void execute(DelegateExecution execution) {
    vragen.ontwikkelpad(WerkgeversvraagSleutel.vereist(execution), null);
  }
}
