package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.traject.TrajectService;
import nl.werkcentrum.app.werkplan.WerkplanService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Stores the werkplan the consulent just drew up as its next version, and only there. */
@Component("werkplanVastleggen")
public class WerkplanVastleggen implements JavaDelegate {

  private final WerkplanService werkplannen;
  private final TrajectService trajecten;

  public WerkplanVastleggen(WerkplanService werkplannen, TrajectService trajecten) {
    this.werkplannen = werkplannen;
    this.trajecten = trajecten;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UUID trajectId = TrajectSleutel.vereist(execution);
    String regiepartner = (String) execution.getVariable("regiepartner");
    trajecten.regiepartner(trajectId, regiepartner);
    werkplannen.vastleggen(trajectId,
        (String) execution.getVariable("activiteiten"),
        Boolean.TRUE.equals(execution.getVariable("scholingNodig")),
        (String) execution.getVariable("opleiding"),
        Uitvoerder.bedrag(execution, "budgetBedrag"),
        regiepartner,
        Uitvoerder.van(execution));
    // the werkplan is ours now; the engine keeps whether scholing is needed and the amount (routing)
    WerkplanFormulier.GEGEVENS.forEach(execution::removeVariable);
  }
}
