package nl.werkcentrum.app.proces;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.werkcentrum.app.opleiding.Opleiding;
import nl.werkcentrum.app.opleiding.OpleidingRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The consulent picks a course from the ROC's catalogue for the region instead of typing a code
 * the ROC would not know: the werkplan form's select reads its options from the task-local JSON
 * variable {@code opleidingen} ({@code [{label, value}]}, as Camunda Forms expect).
 */
@Component("opleidingskeuze")
public class Opleidingskeuze implements TaskListener {

  static final String OPTIES = "opleidingen";

  private final OpleidingRepository opleidingen;
  private final ObjectMapper json = new ObjectMapper();

  public Opleidingskeuze(OpleidingRepository opleidingen) {
    this.opleidingen = opleidingen;
  }

  @Override
  public void notify(DelegateTask task) {
    List<Map<String, String>> opties = opleidingen.aanbodVoor((String) task.getVariable("regio")).stream()
        .map(Opleidingskeuze::optie).toList();
    try {
      task.setVariableLocal(OPTIES, SpinValues.jsonValue(json.writeValueAsString(opties)).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Opleidingsaanbod niet te schrijven als JSON", e);
    }
  }

  private static Map<String, String> optie(Opleiding opleiding) {
    return Map.of("label", opleiding.getNaam() + " (" + opleiding.getCode() + ")", "value", opleiding.getCode());
  }
}
