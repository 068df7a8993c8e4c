package nl.werkcentrum.app.proces;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The budget approval is a step of a trajectory, started by the trajectory's call activity with
 * its inputs. Started any other way without them, it is refused before a task is created for a
 * budget holder (and nobody but an administrator may start it directly at all).
 */
@Component("budgetAanvraagControle")
public class BudgetAanvraagControle implements ExecutionListener {

  public static final List<String> INVOER = List.of("regio", "budgetBedrag");

  @Override
  public void notify(DelegateExecution execution) {
    List<String> ontbrekend = new ArrayList<>();
    if (TrajectSleutel.van(execution).isEmpty()) {
      ontbrekend.add("businessKey (traject-id)");
    }
    INVOER.stream().filter(naam -> execution.getVariable(naam) == null).forEach(ontbrekend::add);
    if (!ontbrekend.isEmpty()) {
      throw Weigering.opVerzoek("Een budgetaanvraag start alleen vanuit een traject; ontbrekend: "
          + String.join(", ", ontbrekend));
    }
  }
}
