package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.traject.Traject;
import nl.werkcentrum.app.werkgever.Vacature;
import nl.werkcentrum.app.werkgever.Werkgeversvraag;
import nl.werkcentrum.app.werkgever.WerkgeversvraagService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every task of an employer's question says whose question it is: its name gets the short number and
 * region, and the form gets, lent to the open task only, the header ({@code vraagKop}), the vacancy
 * at hand or all of them ({@code vacatureOmschrijving}) and, when answering for a candidate, that
 * trajectory's number ({@code kandidaatKop}). The data stays in our tables.
 */
@Component("werkgeversvraagKop")
public class WerkgeversvraagKop implements TaskListener {

  private final WerkgeversvraagService vragen;

  public WerkgeversvraagKop(WerkgeversvraagService vragen) {
    this.vragen = vragen;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    Werkgeversvraag vraag = vragen.vereist(WerkgeversvraagSleutel.vereist(execution));
    String nummer = Werkgeversvraag.nummer(vraag.getId());
    task.setName(task.getName() + " · " + nummer + " · " + vraag.getRegio());
    task.setVariableLocal("vraagKop", nummer + " · " + vraag.getRegio() + " · " + vraag.getSector() + " · "
        + (vraag.getWerkgeverNaam() == null ? "" : vraag.getWerkgeverNaam() + " ") + "(KvK " + vraag.getKvkNummer() + ")");
    List<Vacature> vacatures = WerkgeversvraagSleutel.id(execution, "openVacatureId")
        .flatMap(vragen::vacature).map(List::of).orElseGet(() -> vragen.vacatures(vraag.getId()));
    task.setVariableLocal("vacatureOmschrijving", vacatures.stream()
        .map(v -> v.omschrijving() + (v.getVervuld() > 0 ? " (" + v.getVervuld() + " vervuld)" : ""))
        .collect(Collectors.joining("\n")));
    WerkgeversvraagSleutel.id(execution, "voordrachtId").flatMap(vragen::voordracht)
        .ifPresent(v -> task.setVariableLocal("kandidaatKop", Traject.nummer(v.getTrajectId())));
  }
}
