package nl.werkcentrum.processes;

import nl.werkcentrum.contract.Contract;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the BPMN models and the contract disagree: an external task topic or a message used in a
 * model that the contract does not declare, or one the contract declares that no model uses; a
 * gateway, a candidate group or a call activity that routes on a variable the contract does not
 * call a routing fact (the engine would have to keep the person's data to route on it); a partner's
 * task whose topic reads a variable that is neither a routing fact nor lent to that task.
 */
final class ModelContract {

  private static final Pattern EXPRESSIE = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern GET_VARIABLE = Pattern.compile("getVariable\\('([^']+)'\\)");
  /** A bare name in an expression: not a property, a method or a bean's method call. */
  private static final Pattern NAAM = Pattern.compile("(?<![.\\w])([a-z][A-Za-z0-9]*)\\b(?!\\s*[.(])");
  private static final Set<String> GEEN_VARIABELE = Set.of("execution", "task", "null", "true", "false",
      "empty", "not", "and", "or", "eq", "ne", "lt", "gt", "le", "ge");

  private ModelContract() {
  }

  static List<String> afwijkingen(Collection<BpmnModelInstance> modellen, Contract contract) {
    Set<String> topics = new TreeSet<>();
    Set<String> berichten = new TreeSet<>();
    List<String> afwijkingen = new ArrayList<>();
    for (BpmnModelInstance model : modellen) {
      model.getModelElementsByType(ServiceTask.class).stream()
          .filter(t -> "external".equals(t.getCamundaType()) && t.getCamundaTopic() != null)
          .forEach(t -> {
            topics.add(t.getCamundaTopic());
            leentWatHetLeest(t, contract, afwijkingen);
          });
      model.getModelElementsByType(Message.class).forEach(m -> berichten.add(m.getName()));
      routeertOpRoutering(model, contract, afwijkingen);
    }
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

  private static void leentWatHetLeest(ServiceTask taak, Contract contract, List<String> afwijkingen) {
    Contract.Topic topic = contract.topics().get(taak.getCamundaTopic());
    if (topic == null) {
      return;
    }
    Set<String> geleend = new TreeSet<>();
    taak.getModelInstance().getModelElementsByType(CamundaInputParameter.class).stream()
        .filter(p -> binnen(p, taak)).forEach(p -> geleend.add(p.getCamundaName()));
    topic.leest().stream().filter(v -> !contract.procesvariabelen().routering(v) && !geleend.contains(v))
        .forEach(v -> afwijkingen.add("taak " + taak.getId() + " (" + taak.getCamundaTopic() + ") leest " + v
            + ", geen routeringsfeit en niet aan de taak geleend"));
  }

  private static void routeertOpRoutering(BpmnModelInstance model, Contract contract, List<String> afwijkingen) {
    List<String[]> plekken = new ArrayList<>();
    model.getModelElementsByType(ConditionExpression.class)
        .forEach(c -> plekken.add(new String[] {"voorwaarde " + ((BaseElement) c.getParentElement()).getId(),
            c.getTextContent()}));
    model.getModelElementsByType(UserTask.class).forEach(t -> {
      plekken.add(new String[] {"kandidaatgroepen van " + t.getId(), t.getCamundaCandidateGroups()});
      plekken.add(new String[] {"toegewezene van " + t.getId(), t.getCamundaAssignee()});
    });
    model.getModelElementsByType(CamundaIn.class).stream().filter(in -> in.getCamundaSource() != null)
        .forEach(in -> plekken.add(new String[] {"invoer van de aanroep", "${" + in.getCamundaSource() + "}"}));
    for (String[] plek : plekken) {
      for (String naam : variabelen(plek[1])) {
        if (!contract.procesvariabelen().routering(naam)) {
          afwijkingen.add(plek[0] + " routeert op " + naam + ", geen routeringsfeit in het contract");
        }
      }
    }
  }

  /** The variables an expression reads by name ({@code execution.getVariable('x')} included). */
  static Set<String> variabelen(String tekst) {
    Set<String> namen = new TreeSet<>();
    if (tekst == null) {
      return namen;
    }
    Matcher expressie = EXPRESSIE.matcher(tekst);
    while (expressie.find()) {
      String inhoud = expressie.group(1);
      Matcher getVariable = GET_VARIABLE.matcher(inhoud);
      while (getVariable.find()) {
        namen.add(getVariable.group(1));
      }
      String zonderTeksten = inhoud.replaceAll("'[^']*'", "''");
      Matcher naam = NAAM.matcher(zonderTeksten);
      while (naam.find()) {
        if (!GEEN_VARIABELE.contains(naam.group(1))) {
          namen.add(naam.group(1));
        }
      }
    }
    return namen;
  }

  private static boolean binnen(ModelElementInstance element, ModelElementInstance voorouder) {
    for (var e = element.getParentElement(); e != null; e = e.getParentElement()) {
      if (e.equals(voorouder)) {
        return true;
      }
    }
    return false;
  }
}
