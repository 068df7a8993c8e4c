package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.budget.OntschotBudget;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Compensation when a trajectory ends early: whatever is still reserved goes back to the pot. */
@Component("budgetVrijgeven")
public class BudgetVrijgeven implements JavaDelegate {

  private final OntschotBudget budget;

  public BudgetVrijgeven(OntschotBudget budget) {
    this.budget = budget;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object trajectId = execution.getVariable("trajectId");
    if (trajectId != null) {
      budget.vrijgeven(UUID.fromString(trajectId.toString()), Uitvoerder.van(execution));
    }
  }
}
