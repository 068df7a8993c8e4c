package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.werkgever.Voordracht;
import nl.werkcentrum.app.werkgever.WerkgeversvraagService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Proposes the chosen trajectory for the open vacancy: the proposal is kept in our table, and the
 * trajectory gets the message {@code Werkgeversvraag.Voordracht}, whose task asks its consulent
 * whether the person agrees. A choice that is no current candidate is refused on the form. The
 * process keeps the proposal's id ({@code voordrachtId}) instead of the trajectory's.
 */
@Component("voordrachtVersturen")
public class VoordrachtVersturen implements JavaDelegate {

  static final String BERICHT = "Werkgeversvraag.Voordracht";

  private final WerkgeversvraagService vragen;
  private final Kandidatenkeuze keuze;

  public VoordrachtVersturen(WerkgeversvraagService vragen, Kandidatenkeuze keuze) {
    this.vragen = vragen;
    this.keuze = keuze;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object gekozen = execution.getVariable("kandidaatTrajectId");
    boolean kandidaat = gekozen != null && keuze.kandidaten(execution).stream()
        .anyMatch(k -> k.trajectId().toString().equals(gekozen.toString()));
    if (!kandidaat) {
      throw Weigering.opFormulier("Kies een van de voorgestelde kandidaten");
    }
    UUID trajectId = UUID.fromString(gekozen.toString());
    UUID vacature = WerkgeversvraagSleutel.id(execution, "openVacatureId").orElseThrow();
    Voordracht voordracht = vragen.voordragen(vacature, trajectId, Uitvoerder.van(execution));
    try {
      execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(BERICHT)
          .processInstanceBusinessKey(trajectId.toString()).correlate();
    } catch (MismatchingMessageCorrelationException gestopt) {
      throw Weigering.opFormulier("Het traject van deze kandidaat loopt niet meer; kies een andere kandidaat");
    }
    execution.setVariable("voordrachtId", voordracht.getId().toString());
    execution.removeVariable("kandidaatTrajectId");
  }
}
