package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.werkplan.WerkplanService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The werkplan form's own data. When the werkplan comes back (budget refused, course full, no
 * placement), the consulent edits the current version: it is lent to the task as task-local
 * variables. The engine sets what the form submits on the process, where {@link WerkplanVastleggen}
 * stores it as the next version and removes it in the same transaction; a field a client left out
 * keeps the current version's value. Whether scholing is needed and the amount asked are routing facts
 * and stay process variables.
 */
@Component("werkplanFormulier")
public class WerkplanFormulier implements TaskListener {

  static final List<String> GEGEVENS = List.of("activiteiten", "opleiding");

  private final WerkplanService werkplannen;

  public WerkplanFormulier(WerkplanService werkplannen) {
    this.werkplannen = werkplannen;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      Taakgegevens.traject(task.getExecution()).flatMap(werkplannen::huidig).ifPresent(werkplan -> {
        task.setVariableLocal("activiteiten", werkplan.activiteitenAlsTekst());
        if (werkplan.getOpleiding() != null) {
          task.setVariableLocal("opleiding", werkplan.getOpleiding());
        }
      });
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      for (String naam : GEGEVENS) {
        if (task.hasVariableLocal(naam) && task.getExecution().getVariable(naam) == null) {
          task.getExecution().setVariable(naam, task.getVariableLocal(naam));
        }
      }
    }
  }
}
