package nl.werkcentrum.app.maatwerk;

import nl.werkcentrum.app.budget.Financier;
import nl.werkcentrum.app.budget.OntschotBudget;
import nl.werkcentrum.app.support.TestBsn;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.externalTaskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * Regional maatwerk on the national models, in the engine of the application: Groot Amsterdam
 * (AMR15) has its own budget approval table (automatic only up to EUR 250) and its own intake and
 * placement terms; Rijnmond (AMR24) has nothing of its own; AMR12 runs its own copy of the budget
 * approval process. Each trajectory carries its region as tenant id and uses its region's version
 * where one exists, the national one otherwise.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:maatwerkproces;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
class MaatwerkProcesTest {

  static final String EIGEN_TABEL = "AMR15";
  static final String LANDELIJK = "AMR24";
  static final String EIGEN_PROCES = "AMR12";

  @Autowired
  ProcessEngine engine;
  @Autowired
  OntschotBudget budget;
  @Autowired
  Clock clock;

  @BeforeEach
  void setUp() {
    init(engine);
    int jaar = Year.now(clock).getValue();
    for (String regio : List.of(EIGEN_TABEL, LANDELIJK, EIGEN_PROCES)) {
      if (budget.overzicht(regio, jaar).gestort().signum() == 0) {
        budget.storten(regio, jaar, Financier.UWV, 1_000_000, "test");
      }
    }
    if (repositoryService().createDecisionDefinitionQuery().decisionDefinitionKey("budget-goedkeuring")
        .tenantIdIn(EIGEN_TABEL).count() == 0) {
      repositoryService().createDeployment().name("Maatwerk Groot Amsterdam").tenantId(EIGEN_TABEL)
          .addClasspathResource("maatwerk/AMR15-budget-goedkeuring.dmn11.xml")
          .addClasspathResource("maatwerk/AMR15-werkcentrum-termijnen.dmn11.xml")
          .deploy();
      // the national process, deployed as the region's own (with the forms its tasks bind to)
      repositoryService().createDeployment().name("Eigen budgetgoedkeuring").tenantId(EIGEN_PROCES)
          .addClasspathResource("werkcentrum/processes/ontschot-budget-goedkeuring.bpmn")
          .addClasspathResource("werkcentrum/forms/budget-beoordelen.form")
          .addClasspathResource("werkcentrum/forms/budget-tweede-beoordeling.form")
          .deploy();
    }
  }

  @Test
  void everyInstanceCarriesItsRegionAsTenantWhileTheModelsStayShared() {
    ProcessInstance pi = start(LANDELIJK);

    Assertions.assertThat(pi.getTenantId()).isEqualTo(LANDELIJK);
    Assertions.assertThat(definitie(pi.getProcessDefinitionId()).getTenantId()).isNull();
    Assertions.assertThat(task(pi).getTenantId()).isEqualTo(LANDELIJK);
  }

  @Test
  void aWalkInAtTheDeskBelongsToTheGidsRegion() {
    identityService().setAuthentication("gids.amr15", List.of("werkcentrum-medewerkers", "gids-AMR15"));
    ProcessInstance pi;
    try {
      pi = formService().submitStartForm(repositoryService().createProcessDefinitionQuery()
          .processDefinitionKey("werkcentrum-traject").withoutTenantId().latestVersion().singleResult().getId(),
          Map.of("bsn", TestBsn.random(), "regio", "EIGEN"));
    } finally {
      identityService().clearAuthentication();
    }

    Assertions.assertThat(pi.getTenantId()).isEqualTo(EIGEN_TABEL);
    assertVerlooptNa(job(pi), Duration.ofDays(3));
  }

  @Test
  void aRegionsOwnTableDecidesItsTrajectoriesAndTheNationalOneTheOthers() {
    ProcessInstance amsterdam = totBudget(EIGEN_TABEL, 500L);
    ProcessInstance rijnmond = totBudget(LANDELIJK, 500L);

    // EUR 500: above Groot Amsterdam's own threshold of 250, below the national 1,000
    ProcessInstance aanvraag = aanvraag(amsterdam);
    assertThat(aanvraag).isWaitingAt("BudgetBeoordelen");
    Assertions.assertThat(aanvraag.getTenantId()).isEqualTo(EIGEN_TABEL);
    Assertions.assertThat(definitie(aanvraag.getProcessDefinitionId()).getTenantId()).isNull();
    assertThat(task(aanvraag)).hasCandidateGroup("budgethouder-AMR15");
    Assertions.assertThat(besluit(aanvraag).getTenantId()).isEqualTo(EIGEN_TABEL);
    Assertions.assertThat(repositoryService().getDecisionDefinition(besluit(aanvraag).getDecisionDefinitionId())
        .getTenantId()).isEqualTo(EIGEN_TABEL);

    assertThat(rijnmond).isWaitingAt("VerwijzenUwv").variables().containsEntry("budgetUitkomst", "GOEDGEKEURD");
    HistoricProcessInstance rijnmondAanvraag = historischeAanvraag(rijnmond);
    Assertions.assertThat(rijnmondAanvraag.getTenantId()).isEqualTo(LANDELIJK);
    HistoricDecisionInstance landelijkBesluit = historyService().createHistoricDecisionInstanceQuery()
        .processInstanceId(rijnmondAanvraag.getId()).decisionDefinitionKey("budget-goedkeuring").singleResult();
    Assertions.assertThat(repositoryService().getDecisionDefinition(landelijkBesluit.getDecisionDefinitionId())
        .getTenantId()).isNull();
  }

  @Test
  void aRegionsOwnProcessIsCalledForItsTrajectoriesWithTheNationalTableWhenItHasNoneOfItsOwn() {
    ProcessInstance pi = totBudget(EIGEN_PROCES, 500L);

    HistoricProcessInstance aanvraag = historischeAanvraag(pi);
    Assertions.assertThat(definitie(aanvraag.getProcessDefinitionId()).getTenantId()).isEqualTo(EIGEN_PROCES);
    Assertions.assertThat(aanvraag.getTenantId()).isEqualTo(EIGEN_PROCES);
    // AMR12 has no table of its own: the national one approves EUR 500 automatically
    assertThat(pi).isWaitingAt("VerwijzenUwv").variables().containsEntry("budgetUitkomst", "GOEDGEKEURD");
  }

  @Test
  void aRegionsOwnTermsSetItsTimersAndTheNationalTermsTheRest() {
    ProcessInstance amsterdam = start(EIGEN_TABEL);
    ProcessInstance rijnmond = start(LANDELIJK);

    assertVerlooptNa(job(amsterdam), Duration.ofDays(3));
    assertVerlooptNa(job(rijnmond), Duration.ofDays(7));
    // the caseworker's due date says what the region's timer enforces
    Assertions.assertThat(task(amsterdam).getDueDate().toInstant())
        .isCloseTo(Instant.now().plus(Duration.ofDays(3)), within(Duration.ofMinutes(5)));
    Assertions.assertThat(task(rijnmond).getDueDate().toInstant())
        .isCloseTo(Instant.now().plus(Duration.ofDays(7)), within(Duration.ofMinutes(5)));
  }

  @Test
  void aTermTheRegionLeavesOutIsTheNationalOne() {
    ProcessInstance amsterdam = totBudget(EIGEN_TABEL, 500L);
    complete(task(aanvraag(amsterdam)), withVariables("budgetGoedgekeurd", true, "budgetToelichting", "Akkoord"));
    verwijs(amsterdam);

    // the placement term is Groot Amsterdam's own (60 days); the vacancy retry it leaves out stays national
    Job plaatsingstermijn = engine.getManagementService().createJobQuery().processInstanceId(amsterdam.getId())
        .timers().activityId("PlaatsingTermijnVerstreken").singleResult();
    assertVerlooptNa(plaatsingstermijn, Duration.ofDays(60));
    extern(amsterdam, "sociale-partners.vacatures-matchen", Map.of("vacatureGevonden", false));
    Job opnieuw = engine.getManagementService().createJobQuery().processInstanceId(amsterdam.getId())
        .timers().activityId("VacatureOpnieuw").singleResult();
    assertVerlooptNa(opnieuw, Duration.ofDays(7));
  }

  // ------------------------------------------------------------------ helpers

  private ProcessInstance start(String regio) {
    return runtimeService().startProcessInstanceByKey("werkcentrum-traject",
        Map.of("bsn", TestBsn.random(), "regio", regio));
  }

  private ProcessInstance totBudget(String regio, long bedrag) {
    ProcessInstance pi = start(regio);
    complete(task("Intake", pi), withVariables("werksituatie", "WERKZOEKEND", "doelgroep", "GEEN",
        "sector", "ZORG", "intakeVerslag", "verslag"));
    extern(pi, "uwv.uitkering-controleren", Map.of("uwvUitkering", "WW"));
    extern(pi, "gemeente.uitkering-controleren", Map.of("gemeenteUitkering", "GEEN"));
    execute(job("UwvUitkeringControleren", pi));
    execute(job("GemeenteUitkeringControleren", pi));
    complete(task("WerkplanOpstellen", pi), withVariables("activiteiten", "Sollicitatietraining",
        "scholingNodig", false, "budgetBedrag", bedrag));
    return pi;
  }

  private void verwijs(ProcessInstance pi) {
    extern(pi, "uwv.verwijzen", Map.of("verwijzingKenmerk", "V-1"));
    assertThat(pi).isWaitingAt("VacaturesMatchen");
  }

  private void extern(ProcessInstance pi, String topic, Map<String, Object> resultaat) {
    var taken = externalTaskService().fetchAndLock(1, "test").topic(topic, 10_000)
        .businessKey(pi.getBusinessKey()).execute();
    Assertions.assertThat(taken).as("external task on " + topic).hasSize(1);
    externalTaskService().complete(taken.get(0).getId(), "test", resultaat);
  }

  private ProcessInstance aanvraag(ProcessInstance traject) {
    return runtimeService().createProcessInstanceQuery().superProcessInstanceId(traject.getId()).singleResult();
  }

  private HistoricProcessInstance historischeAanvraag(ProcessInstance traject) {
    return historyService().createHistoricProcessInstanceQuery().superProcessInstanceId(traject.getId()).singleResult();
  }

  private HistoricDecisionInstance besluit(ProcessInstance aanvraag) {
    return historyService().createHistoricDecisionInstanceQuery().processInstanceId(aanvraag.getId())
        .decisionDefinitionKey("budget-goedkeuring").singleResult();
  }

  private static ProcessDefinition definitie(String id) {
    return repositoryService().getProcessDefinition(id);
  }

  private static void assertVerlooptNa(Job timer, Duration termijn) {
    Assertions.assertThat(timer.getDuedate().toInstant())
        .isCloseTo(Instant.now().plus(termijn), within(Duration.ofMinutes(5)));
  }
}
