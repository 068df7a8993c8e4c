package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.werkgever.Vacature;
import nl.werkcentrum.app.werkgever.Voordracht;
import nl.werkcentrum.app.werkgever.Werkgeversvraag;
import nl.werkcentrum.app.werkgever.WerkgeversvraagService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * In the trajectory: the consulent asks the person whether they agree to be proposed to an employer.
 * The task is lent the employer and the vacancy (create); its answer is kept with the proposal and
 * sent to the employer's question as {@code Werkgeversvraag.Instemming} (end), and leaves the
 * trajectory's variables in the same transaction.
 */
@Component("voordrachtBespreken")
public class VoordrachtBespreken implements TaskListener, ExecutionListener {

  static final String BERICHT = "Werkgeversvraag.Instemming";

  private final WerkgeversvraagService vragen;

  public VoordrachtBespreken(WerkgeversvraagService vragen) {
    this.vragen = vragen;
  }

  @Override
  public void notify(DelegateTask task) {
    vragen.openVoordracht(TrajectSleutel.vereist(task)).ifPresent(voordracht -> {
      Vacature vacature = vragen.vacature(voordracht.getVacatureId()).orElseThrow();
      Werkgeversvraag vraag = vragen.vereist(vacature.getWerkgeversvraagId());
      task.setVariableLocal("werkgever", vraag.getWerkgeverNaam() == null
          ? "KvK " + vraag.getKvkNummer() : vraag.getWerkgeverNaam());
      task.setVariableLocal("vacatureOmschrijving", vacature.omschrijving());
    });
  }

  @Override
  public void notify(DelegateExecution execution) {
    // a trajectory that ended while the task was open answers "no", so the question goes on searching
    boolean akkoord = !execution.isCanceled() && Boolean.TRUE.equals(execution.getVariable("kandidaatAkkoord"));
    execution.removeVariable("kandidaatAkkoord");
    vragen.openVoordracht(TrajectSleutel.vereist(execution)).ifPresent(voordracht -> beantwoord(execution, voordracht,
        akkoord));
  }

  private void beantwoord(DelegateExecution execution, Voordracht voordracht, boolean akkoord) {
    vragen.instemming(voordracht, akkoord);
    Vacature vacature = vragen.vacature(voordracht.getVacatureId()).orElseThrow();
    // correlateAll: a question closed meanwhile has no one waiting, and the consulent's answer still counts
    execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(BERICHT)
        .processInstanceBusinessKey(vacature.getWerkgeversvraagId().toString())
        .setVariable("kandidaatAkkoord", akkoord).correlateAll();
  }
}
