package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.verloop.Kalenderdatum;
import nl.werkcentrum.app.werkgever.Voordracht;
import nl.werkcentrum.app.werkgever.WerkgeversvraagService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The employer's answer on a candidate, as the werkgeversadviseur records it. A hire becomes the
 * placement of the candidate's trajectory, which takes it only in its placement phase: a candidate
 * still finishing scholing is refused on the form until then (the task stays open). The answer is
 * kept with the proposal; the first working day leaves the engine.
 */
@Component("werkgeverAntwoord")
public class WerkgeverAntwoord implements ExecutionListener {

  private final WerkgeversvraagService vragen;
  private final Clock clock;

  public WerkgeverAntwoord(WerkgeversvraagService vragen, Clock clock) {
    this.vragen = vragen;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    boolean aangenomen = Boolean.TRUE.equals(execution.getVariable("werkgeverNeemtAan"));
    execution.setVariable("werkgeverNeemtAan", aangenomen);
    Voordracht voordracht = WerkgeversvraagSleutel.id(execution, "voordrachtId").flatMap(vragen::voordracht)
        .orElseThrow(() -> new IllegalStateException("Geen voordracht bij " + execution.getProcessBusinessKey()));
    LocalDate startdatum = null;
    if (aangenomen) {
      startdatum = Kalenderdatum.lees(execution.getVariable("startdatum"), clock.getZone())
          .orElseThrow(() -> Weigering.opFormulier("Vul de eerste werkdag in"));
      if (!inPlaatsing(execution, voordracht)) {
        throw Weigering.opFormulier("Het traject van deze kandidaat is nog niet in de plaatsingsfase (scholing "
            + "loopt nog, of het traject is gestopt). Leg de aanname vast zodra de scholing is afgerond.");
      }
    }
    vragen.werkgeverAntwoord(voordracht.getId(), aangenomen, startdatum);
    execution.removeVariable("startdatum");
  }

  /** Whether the trajectory waits in its Plaatsing, where the hire is correlated. */
  static boolean inPlaatsing(DelegateExecution execution, Voordracht voordracht) {
    return execution.getProcessEngineServices().getRuntimeService().createExecutionQuery()
        .processInstanceBusinessKey(voordracht.getTrajectId().toString())
        .messageEventSubscriptionName(AannameDoorgeven.BERICHT).count() > 0;
  }
}
