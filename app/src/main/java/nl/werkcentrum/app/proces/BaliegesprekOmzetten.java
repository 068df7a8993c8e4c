package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.baliegesprek.BaliegesprekService;
import nl.werkcentrum.app.traject.AanmeldingService;
import nl.werkcentrum.app.traject.Kanaal;
import nl.werkcentrum.app.traject.OngeldigeAanmeldingException;
import nl.werkcentrum.app.traject.Registratie;
import nl.werkcentrum.app.traject.TrajectService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * "Omzetten naar traject": only now is the BSN asked. As the end listener of that task it signs
 * the person up as a walk-in at the desk (channel WERKCENTRUM, through {@link AanmeldingService},
 * so the trajectory's own first step registers them) and links the question to the trajectory.
 * A BSN failing the 11-proef is refused on the form and nothing is written; the BSN is removed
 * from this process in the same transaction. An execution listener, not a task listener: the
 * engine hands an execution listener's refusal to Tasklist as the 400 it is.
 */
@Component("baliegesprekOmzetten")
public class BaliegesprekOmzetten implements ExecutionListener {

  private final AanmeldingService aanmeldingen;
  private final TrajectService trajecten;
  private final BaliegesprekService gesprekken;

  public BaliegesprekOmzetten(AanmeldingService aanmeldingen, TrajectService trajecten,
      BaliegesprekService gesprekken) {
    this.aanmeldingen = aanmeldingen;
    this.trajecten = trajecten;
    this.gesprekken = gesprekken;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // the follow-up term passed: nothing was submitted
    }
    boolean omzetten = Boolean.TRUE.equals(execution.getVariable("omzetten"));
    Object bsn = execution.getVariable("bsn");
    execution.removeVariable("bsn");
    execution.setVariable("omzetten", omzetten);
    if (!omzetten) {
      return;
    }
    String regio = (String) execution.getVariable("regio");
    Registratie registratie;
    try {
      trajecten.valideer(bsn == null ? null : bsn.toString(), regio);
      registratie = aanmeldingen.aanmelden(bsn.toString(), regio, Kanaal.WERKCENTRUM);
    } catch (OngeldigeAanmeldingException e) {
      throw Weigering.opFormulier(e.getMessage());
    }
    gesprekken.omgezetNaar(gesprekId(execution), registratie.trajectId());
    execution.setVariable("trajectId", registratie.trajectId().toString());
  }

  private static UUID gesprekId(DelegateExecution execution) {
    return UUID.fromString(execution.getProcessBusinessKey().substring(BaliegesprekVastleggen.SLEUTEL_PREFIX.length()));
  }
}
