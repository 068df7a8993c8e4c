package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.budget.OntschotBudget;
import nl.werkcentrum.app.werkplan.Werkplan;
import nl.werkcentrum.app.werkplan.WerkplanService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Shows a budget holder what they decide on: the werkplan's activities and the region's free
 * ontschot budget at the moment the task is created. Lent to the task as task-local variables,
 * so they are not copied into the trajectory's process variables.
 */
@Component("budgetInzicht")
public class BudgetInzicht implements TaskListener {

  private final WerkplanService werkplannen;
  private final OntschotBudget budget;

  public BudgetInzicht(WerkplanService werkplannen, OntschotBudget budget) {
    this.werkplannen = werkplannen;
    this.budget = budget;
  }

  @Override
  public void notify(DelegateTask task) {
    UUID trajectId = TrajectSleutel.vereist(task);
    String activiteiten = werkplannen.huidig(trajectId).map(BudgetInzicht::alsTekst).orElse("(geen werkplan)");
    int jaar = task.getCreateTime().toInstant().atZone(ZoneId.of("Europe/Amsterdam")).getYear();
    task.setVariableLocal("werkplanActiviteiten", activiteiten);
    // whole euros: a form number field, not a serialized BigDecimal
    task.setVariableLocal("vrijBudget", budget.overzicht((String) task.getVariable("regio"), jaar).vrij()
        .setScale(0, RoundingMode.DOWN).longValueExact());
  }

  private static String alsTekst(Werkplan werkplan) {
    return "Versie " + werkplan.getVersie() + ":\n" + werkplan.getActiviteiten().stream()
        .map(a -> "- " + a.getOmschrijving() + " (" + a.getPartner() + ")")
        .collect(Collectors.joining("\n"));
  }
}
