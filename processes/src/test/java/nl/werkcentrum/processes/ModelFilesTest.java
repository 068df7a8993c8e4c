package nl.werkcentrum.processes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The files as Camunda Modeler and Tasklist see them: complete diagrams, and forms that fit the process. */
class ModelFilesTest {

  /** What each form must hand to the process (read by gateways, DMN, delegates or the next step). */
  static final Map<String, Set<String>> PROCESS_NEEDS = Map.ofEntries(
      Map.entry("aanmelding-walk-in", Set.of("bsn", "regio")),
      Map.entry("vraag-aan-de-balie", Set.of("vraagsoort", "advies", "doorverwijzing", "vervolgGewenst", "regio")),
      Map.entry("balievraag-omzetten", Set.of("omzetten", "bsn")),
      Map.entry("werk-naar-werk-aanmelding", Set.of("bsn", "regio", "ontslagdatum", "kvkNummer")),
      Map.entry("werk-naar-werk-scholing", Set.of("sector", "budgetBedrag")),
      Map.entry("werk-naar-werk-nieuw-werk", Set.of("nieuwWerkGevonden")),
      Map.entry("intake", Set.of("werksituatie", "doelgroep", "sector", "intakeVerslag")),
      Map.entry("werkplan", Set.of("activiteiten", "scholingNodig", "opleiding", "budgetBedrag")),
      Map.entry("budget-beoordelen", Set.of("budgetGoedgekeurd", "budgetToelichting")),
      Map.entry("budget-tweede-beoordeling", Set.of("tweedeBesluit", "tweedeToelichting")),
      Map.entry("plaatsing-bevestigen", Set.of("plaatsingBevestigd", "besteedBedrag", "nietGeplaatstReden")),
      // the employer's question (werkgeversvraag) and its two steps in the trajectory
      Map.entry("werkgeversvraag-start", Set.of("kvkNummer", "werkgeverNaam", "regio", "sector", "functie", "aantal",
          "urenPerWeek", "vacatureStartdatum", "eisen", "leerbaanBbl", "jobcarving", "banenafspraak")),
      Map.entry("werkgeversvraag-kwalificeren", Set.of("vraagKansrijk", "afsluitreden", "kwalificatieNotitie")),
      Map.entry("kandidaat-voordragen", Set.of("kandidaatTrajectId")),
      Map.entry("werkgever-antwoord", Set.of("werkgeverNeemtAan", "startdatum")),
      Map.entry("geen-kandidaat", Set.of("vervolg", "afsluitreden", "toelichting")),
      Map.entry("voordracht-bespreken", Set.of("kandidaatAkkoord")),
      Map.entry("aanname-bevestigen", Set.of("besteedBedrag", "startdatum")));

  /** Variables the process sets that forms show, read-only, to the caseworker. */
  static final Set<String> PROCESS_PROVIDES = Set.of("aandachtspunt", "afwijzingsreden", "regiepartner",
      "eersteBeoordelaar", "herhaaldKanaal", "ontslagdatum", "loopbaanadvies",
      "uwvUitkering", "gemeenteUitkering", "werkgever", "functie", "inschrijvingKenmerk", "opleiding", "budgetBedrag",
      // lent to a task while it is open (task-local), by the task listeners that own them
      "trajectKop", "werkplanActiviteiten", "vrijBudget", "gereserveerdBedrag", "eersteBesluit", "eersteToelichting",
      "vraagKop", "vacatureOmschrijving", "kandidaatKop");

  /** Notes kept only in the history as the caseworker's record of the step. */
  static final Set<String> RECORDED_ONLY = Set.of("escalatieAfspraak", "opvolgNotitie", "startdatum");

  @Test
  void everyFlowNodeAndSequenceFlowHasItsDiagramElement() throws IOException {
    for (Path file : files(Path.of("."), ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Set<String> shapes = new HashSet<>();
      model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
      Set<String> edges = new HashSet<>();
      model.getModelElementsByType(BpmnEdge.class).forEach(e -> edges.add(e.getBpmnElement().getId()));

      model.getModelElementsByType(FlowNode.class)
          .forEach(n -> assertThat(shapes).as(file + " shape of " + n.getId()).contains(n.getId()));
      model.getModelElementsByType(SequenceFlow.class)
          .forEach(f -> assertThat(edges).as(file + " edge of " + f.getId()).contains(f.getId()));
    }
  }

  @Test
  void everyFormRefNamesAFormAndFormsAndProcessAgreeOnTheKeys() throws IOException {
    Map<String, Set<String>> formKeys = new HashMap<>();
    for (Path file : files(Path.of("..", "forms"), ".form")) {
      JsonNode form = new ObjectMapper().readTree(file.toFile());
      Set<String> keys = new HashSet<>();
      form.path("components").forEach(c -> {
        if (c.hasNonNull("key")) {
          keys.add(c.get("key").asText());
        }
      });
      formKeys.put(form.get("id").asText(), keys);
    }

    Set<String> referenced = new HashSet<>();
    for (Path file : files(Path.of("."), ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      model.getModelElementsByType(UserTask.class).forEach(t -> referenced.add(t.getCamundaFormRef()));
      model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef)
          .filter(r -> r != null).forEach(referenced::add);
    }
    assertThat(formKeys.keySet()).as("forms referenced by the models").containsAll(referenced);
    assertThat(referenced).as("no form without a task").containsAll(formKeys.keySet());

    formKeys.forEach((form, keys) -> {
      assertThat(keys).as(form + " has what the process needs")
          .containsAll(PROCESS_NEEDS.getOrDefault(form, Set.of()));
      Set<String> known = new HashSet<>(PROCESS_NEEDS.getOrDefault(form, Set.of()));
      known.addAll(PROCESS_PROVIDES);
      known.addAll(RECORDED_ONLY);
      assertThat(known).as(form + " asks nothing the process ignores").containsAll(keys);
    });
  }

  /**
   * The process reads every number a caseworker enters as a whole number (euros, people, hours):
   * each such field says how many digits may follow the point, so Tasklist refuses 2.5 on the form
   * and the app (VeldToets) refuses it from any other caller.
   */
  @Test
  void everyNumberACaseworkerEntersSaysItsDigitsAfterThePoint() throws IOException {
    Set<String> zonder = new HashSet<>();
    for (Path file : files(Path.of("..", "forms"), ".form")) {
      verzamelGetallen(new ObjectMapper().readTree(file.toFile()).path("components"), file.getFileName().toString(),
          zonder);
    }
    assertThat(zonder).as("editable number fields without decimalDigits").isEmpty();
  }

  private static void verzamelGetallen(JsonNode components, String form, Set<String> zonder) {
    components.forEach(c -> {
      boolean bewerkbaar = !c.path("readonly").asBoolean(false) && !c.path("disabled").asBoolean(false);
      if ("number".equals(c.path("type").asText()) && bewerkbaar && !c.path("decimalDigits").isInt()) {
        zonder.add(form + ": " + c.path("key").asText());
      }
      verzamelGetallen(c.path("components"), form, zonder);
    });
  }

  private static Set<Path> files(Path folder, String ending) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      Set<Path> files = new HashSet<>();
      list.filter(p -> p.toString().endsWith(ending)).forEach(files::add);
      assertThat(files).as(ending + " files in " + folder).isNotEmpty();
      return files;
    }
  }
}
