package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.budget.OntschotBudget;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * "Plaatsing bevestigen": shows the consulent how much ontschot budget is reserved for the
 * trajectory, and refuses on the form what the settlement could not book (more spent than
 * reserved) or a placement that fell through without a reason.
 *
 * <p>The check runs as the task's end listener rather than a complete task listener: the engine
 * wraps a task listener's exception in a generic one (a 500 for Tasklist), while an execution
 * listener's refusal reaches the caller as the 400 it is.
 */
@Component("plaatsingControle")
public class PlaatsingControle implements TaskListener, ExecutionListener {

  static final String GERESERVEERD = "gereserveerdBedrag";
  static final Set<String> REDENEN = Set.of("KANDIDAAT_WIL_NIET", "WERKGEVER_KIEST_ANDER", "PAST_NIET",
      "VACATURE_VERVALLEN", "ANDERS");

  private final OntschotBudget budget;

  public PlaatsingControle(OntschotBudget budget) {
    this.budget = budget;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(GERESERVEERD, gereserveerd(task.getExecution()));
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // ended by the placement term or a beëindiging: nothing was submitted
    }
    if (Boolean.TRUE.equals(execution.getVariable("plaatsingBevestigd"))) {
      controleerBesteed(execution, gereserveerd(execution));
    } else if (!REDENEN.contains(String.valueOf(execution.getVariable("nietGeplaatstReden")))) {
      throw Weigering.opFormulier("Geef aan waarom de plaatsing niet rond is");
    }
  }

  private long gereserveerd(DelegateExecution execution) {
    return budget.gereserveerdVoor(TrajectSleutel.vereist(execution));
  }

  private static void controleerBesteed(VariableScope scope, long gereserveerd) {
    Object waarde = scope.getVariable("besteedBedrag");
    long besteed;
    try {
      besteed = Uitvoerder.bedrag(scope, "besteedBedrag");
    } catch (NumberFormatException e) {
      throw Weigering.opFormulier("Het bestede bedrag is geen bedrag in hele euro's: " + waarde);
    }
    if (waarde == null) {
      throw Weigering.opFormulier("Vul het bestede ontschot budget in (0 als er niets is besteed)");
    }
    if (besteed < 0) {
      throw Weigering.opFormulier("Het bestede bedrag kan niet negatief zijn");
    }
    if (besteed > gereserveerd) {
      throw Weigering.opFormulier("Het bestede bedrag (EUR " + besteed + ") is hoger dan het gereserveerde "
          + "ontschot budget (EUR " + gereserveerd + "). Vraag eerst meer budget aan via het werkplan.");
    }
  }
}
