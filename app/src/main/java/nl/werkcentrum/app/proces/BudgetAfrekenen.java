package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.budget.OntschotBudget;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;


/** At placement: books what was spent and releases the rest of the reservation. */
@Component("budgetAfrekenen")
public class BudgetAfrekenen implements JavaDelegate {

  private final OntschotBudget budget;

  public BudgetAfrekenen(OntschotBudget budget) {
    this.budget = budget;
  }

  @Override
  public void execute(DelegateExecution execution) {
    budget.afrekenen(TrajectSleutel.vereist(execution),
        Uitvoerder.bedrag(execution, "besteedBedrag"), Uitvoerder.van(execution));
    // booked in the ledger (and in wc_plaatsing): not the engine's to keep
    execution.removeVariable("besteedBedrag");
  }
}
