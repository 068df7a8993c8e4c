package nl.werkcentrum.processes;

import nl.werkcentrum.contract.Contract;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the BPMN models and the contract disagree: an external task topic or a message used in a
 * model that the contract does not declare, or one the contract declares that no model uses.
 */
final class ModelContract {

  private ModelContract() {
  }

  static List<String> afwijkingen(Collection<BpmnModelInstance> modellen, Contract contract) {
    Set<String> topics = new TreeSet<>();
    Set<String> berichten = new TreeSet<>();
    for (BpmnModelInstance model : modellen) {
      model.getModelElementsByType(ServiceTask.class).stream()
          .filter(t -> "external".equals(t.getCamundaType()) && t.getCamundaTopic() != null)
          .forEach(t -> topics.add(t.getCamundaTopic()));
      model.getModelElementsByType(Message.class).forEach(m -> berichten.add(m.getName()));
    }
    List<String> afwijkingen = new ArrayList<>();
    topics.stream().filter(t -> !contract.topics().containsKey(t))
        .forEach(t -> afwijkingen.add("topic " + t + " staat niet in het contract"));
    contract.topics().keySet().stream().filter(t -> !topics.contains(t)).sorted()
        .forEach(t -> afwijkingen.add("topic " + t + " uit het contract komt in geen model voor"));
    berichten.stream().filter(b -> !contract.berichten().containsKey(b))
        .forEach(b -> afwijkingen.add("bericht " + b + " staat niet in het contract"));
    contract.berichten().keySet().stream().filter(b -> !berichten.contains(b)).sorted()
        .forEach(b -> afwijkingen.add("bericht " + b + " uit het contract komt in geen model voor"));
    return afwijkingen;
  }
}
