package nl.werkcentrum.app.proces;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Four eyes on the ontschot budget: whoever completes the first approval is recorded, and that
 * same person can neither take nor complete the second. Refused as an authorization failure, so
 * Tasklist and the REST API answer 403 with this message.
 */
@Component("vierOgenControle")
public class VierOgenControle implements TaskListener {

  static final String EERSTE_BEOORDELING = "BudgetBeoordelen";
  static final String TWEEDE_BEOORDELING = "BudgetTweedeBeoordeling";

  @Override
  public void notify(DelegateTask task) {
    String gebruiker = EVENTNAME_ASSIGNMENT.equals(task.getEventName())
        ? task.getAssignee() : Uitvoerder.van(task);
    if (EERSTE_BEOORDELING.equals(task.getTaskDefinitionKey())) {
      if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
        task.setVariable("eersteBeoordelaar", gebruiker);
      }
      return;
    }
    if (TWEEDE_BEOORDELING.equals(task.getTaskDefinitionKey()) && gebruiker != null
        && gebruiker.equals(task.getVariable("eersteBeoordelaar"))) {
      throw new AuthorizationException(
          "Vier ogen: de tweede beoordeling moet door een andere budgethouder dan " + gebruiker);
    }
  }
}
