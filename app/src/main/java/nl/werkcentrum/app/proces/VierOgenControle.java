package nl.werkcentrum.app.proces;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Four eyes on the ontschot budget. Whoever completes the first approval is recorded; the second
 * approval task then revokes that person's right to see and work on it, so it is not in their
 * Tasklist and the engine itself refuses them (403 in the REST API). Assigning or completing it as that person anyway, e.g.
 * by an administrator, is refused here as well.
 */
@Component("vierOgenControle")
public class VierOgenControle implements TaskListener {

  static final String EERSTE_BEOORDELING = "BudgetBeoordelen";
  public static final String TWEEDE_BEOORDELING = "BudgetTweedeBeoordeling";
  public static final String EERSTE_BEOORDELAAR = "eersteBeoordelaar";

  @Override
  public void notify(DelegateTask task) {
    if (EERSTE_BEOORDELING.equals(task.getTaskDefinitionKey())) {
      if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
        // kept apart from the second reviewer's own fields, which start empty
        task.setVariable(EERSTE_BEOORDELAAR, Uitvoerder.van(task));
        task.setVariable("eersteBesluit",
            Boolean.TRUE.equals(task.getVariable("budgetGoedgekeurd")) ? "Goedgekeurd" : "Afgewezen");
        task.setVariable("eersteToelichting", task.getVariable("budgetToelichting"));
      }
      return;
    }
    if (!TWEEDE_BEOORDELING.equals(task.getTaskDefinitionKey())) {
      return;
    }
    String eerste = (String) task.getVariable(EERSTE_BEOORDELAAR);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      revokeWork(task, eerste);
      return;
    }
    String gebruiker = EVENTNAME_ASSIGNMENT.equals(task.getEventName())
        ? task.getAssignee() : Uitvoerder.van(task);
    if (gebruiker != null && gebruiker.equals(eerste)) {
      throw new AuthorizationException(
          "Vier ogen: de tweede beoordeling moet door een andere budgethouder dan " + gebruiker);
    }
  }

  private static void revokeWork(DelegateTask task, String eerste) {
    if (eerste == null) {
      return;
    }
    var authorizations = task.getProcessEngineServices().getAuthorizationService();
    Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId(eerste);
    revoke.setResource(Resources.TASK);
    revoke.setResourceId(task.getId());
    // without read the task does not even appear in the first reviewer's Tasklist
    revoke.removePermission(Permissions.READ);
    revoke.removePermission(TaskPermissions.READ_VARIABLE);
    revoke.removePermission(Permissions.UPDATE);
    revoke.removePermission(TaskPermissions.TASK_WORK);
    revoke.removePermission(TaskPermissions.TASK_ASSIGN);
    authorizations.saveAuthorization(revoke);
  }
}
