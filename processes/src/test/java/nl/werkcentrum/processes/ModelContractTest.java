package nl.werkcentrum.processes;

import nl.werkcentrum.contract.Contract;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The models use exactly the topics and messages the contract declares (contract/werkcentrum-contract.json). */
class ModelContractTest {

  @Test
  void theModelsAndTheContractAgree() throws IOException {
    assertThat(ModelContract.afwijkingen(modellen(null), Contract.werkcentrum())).isEmpty();
  }

  @Test
  void aModelWithAnUndeclaredTopicOrMessageIsCaught() throws IOException {
    List<BpmnModelInstance> kapot = modellen(xml -> xml
        .replace("camunda:topic=\"uwv.verwijzen\"", "camunda:topic=\"uwv.alles-lezen\"")
        .replace("name=\"ScholingAfgerond\"", "name=\"ScholingKlaar\""));

    assertThat(ModelContract.afwijkingen(kapot, Contract.werkcentrum())).containsExactlyInAnyOrder(
        "topic uwv.alles-lezen staat niet in het contract",
        "topic uwv.verwijzen uit het contract komt in geen model voor",
        "bericht ScholingKlaar staat niet in het contract",
        "bericht ScholingAfgerond uit het contract komt in geen model voor");
  }

  @Test
  void aModelThatRoutesOnThePersonsDataOrReadsDataItIsNotLentIsCaught() throws IOException {
    List<BpmnModelInstance> kapot = modellen(xml -> xml
        .replace("${scholingNodig}", "${doelgroep == 'GGZ'}")
        .replace("<camunda:inputParameter name=\"activiteiten\">${taakgegevens.activiteiten(execution)}"
            + "</camunda:inputParameter>", ""));

    assertThat(ModelContract.afwijkingen(kapot, Contract.werkcentrum())).containsExactlyInAnyOrder(
        "voorwaarde Flow_scholing routeert op doelgroep, geen routeringsfeit in het contract",
        "taak VerwijzenUwv (uwv.verwijzen) leest activiteiten, geen routeringsfeit en niet aan de taak geleend",
        "taak VerwijzenGemeente (gemeente.verwijzen) leest activiteiten, geen routeringsfeit en niet aan de taak geleend",
        "taak VerwijzenSocialePartners (sociale-partners.verwijzen) leest activiteiten, geen routeringsfeit en niet "
            + "aan de taak geleend");
  }

  @Test
  void theVariablesAnExpressionReadsAreFound() {
    assertThat(ModelContract.variabelen("${regiepartner == 'uwv' and not empty regio}")).containsExactlyInAnyOrder("regio", "regiepartner");
    assertThat(ModelContract.variabelen("consulent-${regiepartner}-${regio}")).containsExactlyInAnyOrder("regio", "regiepartner");
    assertThat(ModelContract.variabelen("${execution.getVariable('aanmelder') != null}")).containsExactly("aanmelder");
    assertThat(ModelContract.variabelen("${taakgegevens.opleiding(execution)}")).isEmpty();
  }

  /** Every model of this folder, optionally edited first (a broken copy). */
  private static List<BpmnModelInstance> modellen(java.util.function.UnaryOperator<String> bewerking) throws IOException {
    List<BpmnModelInstance> modellen = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("."))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        if (bewerking != null) {
          xml = bewerking.apply(xml);
        }
        modellen.add(Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
      }
    }
    return modellen;
  }
}
