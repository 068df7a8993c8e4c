package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.werkgever.Vacature;
import nl.werkcentrum.app.werkgever.Voordracht;
import nl.werkcentrum.app.werkgever.Werkgeversvraag;
import nl.werkcentrum.app.werkgever.WerkgeversvraagService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * A hire becomes the placement of the person's trajectory: {@code Werkgeversvraag.Aangenomen} is
 * correlated into its Plaatsing, as the sociale partners' vacancy would be, with the employer and
 * function (which the trajectory keeps in its own tables and removes from the engine) and our
 * vacancy's id. The consulent confirms it there and the budget is settled as for any placement.
 */
@Component("aannameDoorgeven")
public class AannameDoorgeven implements JavaDelegate {

  static final String BERICHT = "Werkgeversvraag.Aangenomen";

  private final WerkgeversvraagService vragen;

  public AannameDoorgeven(WerkgeversvraagService vragen) {
    this.vragen = vragen;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Voordracht voordracht = WerkgeversvraagSleutel.id(execution, "voordrachtId").flatMap(vragen::voordracht)
        .orElseThrow(() -> new IllegalStateException("Geen voordracht bij " + execution.getProcessBusinessKey()));
    Vacature vacature = vragen.vacature(voordracht.getVacatureId()).orElseThrow();
    Werkgeversvraag vraag = vragen.vereist(vacature.getWerkgeversvraagId());
    execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(BERICHT)
        .processInstanceBusinessKey(voordracht.getTrajectId().toString())
        .setVariables(Variables.createVariables()
            .putValue("vacatureId", vacature.getId().toString())
            .putValue("werkgever", vraag.getWerkgeverNaam() == null ? "KvK " + vraag.getKvkNummer() : vraag.getWerkgeverNaam())
            .putValue("functie", vacature.getFunctie())
            .putValue("plaatsingBevestigd", true))
        .correlate();
    execution.removeVariable("voordrachtId");
  }
}
