package nl.werkcentrum.app.proces;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.werkcentrum.app.traject.Traject;
import nl.werkcentrum.app.werkgever.Kandidaat;
import nl.werkcentrum.app.werkgever.WerkgeversvraagService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The werkgeversadviseur picks a candidate from the ones that fit now: the form's select reads its
 * options from the task-local JSON {@code kandidaten} ({@code [{label, value}]}), each a trajectory
 * number, region and phase, never a name or BSN. Only these values pass the form check.
 */
@Component("kandidatenkeuze")
public class Kandidatenkeuze implements TaskListener {

  static final String OPTIES = "kandidaten";

  private final WerkgeversvraagService vragen;
  private final ObjectMapper json = new ObjectMapper();

  public Kandidatenkeuze(WerkgeversvraagService vragen) {
    this.vragen = vragen;
  }

  @Override
  public void notify(DelegateTask task) {
    List<Map<String, String>> opties = kandidaten(task.getExecution()).stream().map(Kandidatenkeuze::optie).toList();
    try {
      task.setVariableLocal(OPTIES, SpinValues.jsonValue(json.writeValueAsString(opties)).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Kandidaten niet te schrijven als JSON", e);
    }
  }

  List<Kandidaat> kandidaten(DelegateExecution execution) {
    UUID vacature = WerkgeversvraagSleutel.id(execution, "openVacatureId").orElseThrow();
    return vragen.kandidaten(WerkgeversvraagSleutel.vereist(execution), vacature, KandidatenZoeken.breed(execution));
  }

  private static Map<String, String> optie(Kandidaat k) {
    String fase = "PLAATSING".equals(k.fase()) ? "plaatsing" : "rondt scholing af";
    return Map.of("label", Traject.nummer(k.trajectId()) + " · " + k.regio() + " · " + fase,
        "value", k.trajectId().toString());
  }
}
