package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.budget.OntschotBudget;
import nl.werkcentrum.app.budget.Reservering;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Year;

/** Reserves the approved amount in the region's pot of this year, or reports it cannot. */
@Component("budgetReserveren")
public class BudgetReserveren implements JavaDelegate {

  private final OntschotBudget budget;
  private final Clock clock;

  public BudgetReserveren(OntschotBudget budget, Clock clock) {
    this.budget = budget;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Reservering reservering = budget.reserveren(
        TrajectSleutel.vereist(execution),
        (String) execution.getVariable("regio"),
        Year.now(clock).getValue(),
        Uitvoerder.bedrag(execution, "budgetBedrag"),
        Uitvoerder.van(execution));
    if (reservering.gelukt()) {
      execution.setVariable("budgetUitkomst", "GOEDGEKEURD");
      execution.setVariable("reserveringId",
          reservering.reserveringId() == null ? null : reservering.reserveringId().toString());
    } else {
      execution.setVariable("budgetUitkomst", "ONTOEREIKEND");
      execution.setVariable("afwijzingsreden",
          "Onvoldoende ontschot budget in de regio (vrij: EUR " + reservering.vrijNaReservering() + ")");
    }
  }
}
