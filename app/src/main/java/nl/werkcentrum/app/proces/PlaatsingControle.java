package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.budget.OntschotBudget;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.UUID;

/**
 * "Plaatsing bevestigen": shows the consulent how much ontschot budget is reserved for the
 * trajectory, and refuses on the form what the settlement could not book (more spent than
 * reserved) or a placement that fell through without a reason.
 */
@Component("plaatsingControle")
public class PlaatsingControle implements TaskListener {

  static final String GERESERVEERD = "gereserveerdBedrag";
  static final Set<String> REDENEN = Set.of("KANDIDAAT_WIL_NIET", "WERKGEVER_KIEST_ANDER", "PAST_NIET",
      "VACATURE_VERVALLEN", "ANDERS");

  private final OntschotBudget budget;

  public PlaatsingControle(OntschotBudget budget) {
    this.budget = budget;
  }

  @Override
  public void notify(DelegateTask task) {
    long gereserveerd = budget.gereserveerdVoor(UUID.fromString((String) task.getVariable("trajectId")));
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(GERESERVEERD, gereserveerd);
      return;
    }
    if (Boolean.TRUE.equals(task.getVariable("plaatsingBevestigd"))) {
      controleerBesteed(task, gereserveerd);
    } else if (!REDENEN.contains(String.valueOf(task.getVariable("nietGeplaatstReden")))) {
      throw Weigering.opFormulier("Geef aan waarom de plaatsing niet rond is");
    }
  }

  private static void controleerBesteed(DelegateTask task, long gereserveerd) {
    Object waarde = task.getVariable("besteedBedrag");
    long besteed;
    try {
      besteed = Uitvoerder.bedrag(task, "besteedBedrag");
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
