package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.werkplan.WerkplanService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.util.HashMap;
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

  static final String REGIE = "bepaal-regiepartner";
  static final List<String> GEGEVENS = List.of("activiteiten", "opleiding");

  private final WerkplanService werkplannen;
  private final Taakgegevens taakgegevens;

  public WerkplanFormulier(WerkplanService werkplannen, Taakgegevens taakgegevens) {
    this.werkplannen = werkplannen;
    this.taakgegevens = taakgegevens;
  }

  /**
   * The regie decision's hints for this person, one per attention group (say, the attention a GGZ
   * background asks), derived
   * again from the intake for the open task: as a process variable it would state a health-related
   * fact about the person for the trajectory's whole life.
   */
  private String aandachtspunt(DelegateTask task) {
    var execution = task.getExecution();
    var invoer = new HashMap<String, Object>();
    invoer.put("uwvUitkering", execution.getVariable("uwvUitkering"));
    invoer.put("gemeenteUitkering", execution.getVariable("gemeenteUitkering"));
    invoer.put("werksituatie", taakgegevens.werksituatie(execution));
    invoer.put("doelgroepen", taakgegevens.doelgroepen(execution));
    if (invoer.get("doelgroepen") == null) {
      return null;
    }
    var uitkomst = task.getProcessEngineServices().getDecisionService().evaluateDecisionByKey(REGIE)
        .variables(invoer).evaluate().getFirstResult();
    Object punt = uitkomst == null ? null : uitkomst.get("aandachtspunt");
    return punt == null ? null : punt.toString();
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      String aandachtspunt = aandachtspunt(task);
      if (aandachtspunt != null) {
        task.setVariableLocal("aandachtspunt", aandachtspunt);
      }
      TrajectSleutel.van(task.getExecution()).flatMap(werkplannen::huidig).ifPresent(werkplan -> {
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
