package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.werkgever.Vacature;
import nl.werkcentrum.app.werkgever.WerkgeversvraagService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Takes the question's first vacancy that still needs people and looks for our own candidates for it
 * (Kandidaten: a query on our tables). The process gets the routing facts only: whether any vacancy
 * is open ({@code vacaturesOpen}), which one ({@code openVacatureId}) and whether anyone fits
 * ({@code kandidatenGevonden}); the list is lent to the werkgeversadviseur's task when it opens.
 */
@Component("kandidatenZoeken")
public class KandidatenZoeken implements JavaDelegate {

  private final WerkgeversvraagService vragen;

  public KandidatenZoeken(WerkgeversvraagService vragen) {
    this.vragen = vragen;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UUID vraagId = WerkgeversvraagSleutel.vereist(execution);
    Optional<Vacature> open = vragen.eersteOpen(vraagId);
    execution.setVariable("vacaturesOpen", open.isPresent());
    if (open.isEmpty()) {
      execution.removeVariable("openVacatureId");
      execution.setVariable("kandidatenGevonden", false);
      return;
    }
    execution.setVariable("openVacatureId", open.get().getId().toString());
    execution.setVariable("kandidatenGevonden",
        !vragen.kandidaten(vraagId, open.get().getId(), breed(execution)).isEmpty());
  }

  static boolean breed(DelegateExecution execution) {
    return Boolean.TRUE.equals(execution.getVariable("zoekBreed"));
  }
}
