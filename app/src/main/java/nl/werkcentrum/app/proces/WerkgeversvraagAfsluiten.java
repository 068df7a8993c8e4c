package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.werkgever.Afsluitreden;
import nl.werkcentrum.app.werkgever.Uitkomst;
import nl.werkcentrum.app.werkgever.WerkgeversvraagService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes the question: VERVULD when no vacancy needs people any more, otherwise AFGESLOTEN with the
 * werkgeversadviseur's reason (checked on the form that chose it).
 */
@Component("werkgeversvraagAfsluiten")
public class WerkgeversvraagAfsluiten implements JavaDelegate {

  private final WerkgeversvraagService vragen;

  public WerkgeversvraagAfsluiten(WerkgeversvraagService vragen) {
    this.vragen = vragen;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean vervuld = Boolean.FALSE.equals(execution.getVariable("vacaturesOpen"));
    Object reden = execution.getVariable("afsluitreden");
    vragen.afsluiten(WerkgeversvraagSleutel.vereist(execution), vervuld ? Uitkomst.VERVULD : Uitkomst.AFGESLOTEN,
        vervuld || reden == null ? null : Afsluitreden.valueOf(reden.toString()), null);
  }
}
