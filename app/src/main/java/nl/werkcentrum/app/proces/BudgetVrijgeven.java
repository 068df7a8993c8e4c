package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.budget.OntschotBudget;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;


/** Compensation when a trajectory ends early: whatever is still reserved goes back to the pot. */
@Component("budgetVrijgeven")
public class BudgetVrijgeven implements JavaDelegate {

  private final OntschotBudget budget;

  public BudgetVrijgeven(OntschotBudget budget) {
    this.budget = budget;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TrajectSleutel.van(execution).ifPresent(trajectId -> budget.vrijgeven(trajectId, Uitvoerder.van(execution)));
  }
}
