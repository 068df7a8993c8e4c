package nl.werkcentrum.app.proces;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who is doing the current step: the authenticated user, or the engine itself (a job). */
final class Uitvoerder {

  static final String SYSTEEM = "systeem";

  private Uitvoerder() {
  }

  static String van(DelegateExecution execution) {
    var authentication = execution.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    return authentication == null ? SYSTEEM : authentication.getUserId();
  }

  /** The user completing or claiming a task: the authenticated caller, else the assignee. */
  static String van(DelegateTask task) {
    var authentication = task.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    return authentication != null ? authentication.getUserId() : task.getAssignee();
  }

  static long bedrag(VariableScope scope, String naam) {
    Object waarde = scope.getVariable(naam);
    if (waarde == null) {
      return 0;
    }
    if (waarde instanceof Number getal) {
      return getal.longValue();
    }
    return Long.parseLong(waarde.toString().trim());
  }
}
