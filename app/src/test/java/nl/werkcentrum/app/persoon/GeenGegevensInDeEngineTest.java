package nl.werkcentrum.app.persoon;

import nl.werkcentrum.app.budget.Financier;
import nl.werkcentrum.app.budget.OntschotBudget;
import nl.werkcentrum.app.intake.IntakeService;
import nl.werkcentrum.app.support.EngineTabellen;
import nl.werkcentrum.app.support.TestBsn;
import nl.werkcentrum.app.werkplan.Werkplan;
import nl.werkcentrum.app.werkplan.WerkplanService;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine carries identifiers and routing facts, our tables the person's data: what the gids
 * hears at the intake and what the consulent writes in the werkplan reach the regie decision, the
 * partners' tasks and the next version of the form, but no ACT_* row, runtime or history.
 */
class GeenGegevensInDeEngineTest extends BsnTestBasis {

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  HistoryService historyService;

  @Autowired
  ExternalTaskService externalTaskService;

  @Autowired
  IntakeService intakes;

  @Autowired
  WerkplanService werkplannen;

  @Autowired
  OntschotBudget budget;

  @Test
  void intakeAndWerkplanReachEveryStepThatNeedsThemAndNoEngineTable() {
    budget.storten("AMR15", Year.now().getValue(), Financier.UWV, 10_000, "test");
    String verslag = "Verslag " + UUID.randomUUID();
    String activiteit = "Activiteit " + UUID.randomUUID();
    String pi = runtimeService.startProcessInstanceByKey("werkcentrum-traject",
        Map.of("bsn", TestBsn.random(), "regio", "AMR15")).getId();
    String traject = runtimeService.createProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey();

    taskService.complete(driver.wachtOpTaak(pi, "Intake"), Map.of("werksituatie", "WERKZOEKEND",
        "doelgroep", List.of("JONGERE", "GGZ"), "sector", "ZORG", "intakeVerslag", verslag));
    assertThat(runtimeService.getVariables(pi)).doesNotContainKeys("werksituatie", "doelgroep", "intakeVerslag")
        .containsEntry("sector", "ZORG");
    driver.extern(traject, "uwv.uitkering-controleren", Map.of("uwvUitkering", "WW"));
    driver.extern(traject, "gemeente.uitkering-controleren", Map.of("gemeenteUitkering", "GEEN"));

    String werkplanTaak = driver.wachtOpTaak(pi, "WerkplanOpstellen");
    // the regie decision read the attention groups from wc_intake
    assertThat(runtimeService.getVariable(pi, "regiepartner")).isEqualTo("uwv");
    // one hint per attention group the gids ticked
    assertThat((String) taskService.getVariableLocal(werkplanTaak, "aandachtspunt"))
        .isEqualTo("Jongere: leerbaan via SBB overwegen; GGZ: afstemmen met de zorg, rustig opbouwen");
    assertThat(runtimeService.getVariables(pi)).doesNotContainKey("aandachtspunt");

    taskService.complete(werkplanTaak, Map.of("activiteiten", activiteit,
        "scholingNodig", true, "opleiding", "VZ-MBO3-AMR15", "budgetBedrag", 800L));
    assertThat(runtimeService.getVariables(pi)).doesNotContainKeys("activiteiten", "opleiding")
        .containsEntry("scholingNodig", true).containsEntry("budgetBedrag", 800L);

    // the partners get what their step reads, lent to their task
    LockedExternalTask verwijzing = vergrendel(traject, "uwv.verwijzen", List.of("activiteiten", "sector", "regio"));
    assertThat(verwijzing.getVariables()).containsEntry("activiteiten", activiteit).containsEntry("sector", "ZORG");
    externalTaskService.complete(verwijzing.getId(), "test", Map.of("verwijzingKenmerk", "UWV-1"));
    LockedExternalTask inschrijving = vergrendel(traject, "roc.inschrijven", List.of("opleiding", "regio"));
    assertThat(inschrijving.getVariables()).containsEntry("opleiding", "VZ-MBO3-AMR15");
    externalTaskService.complete(inschrijving.getId(), "test", Map.of("inschrijvingKenmerk", "ROC-1",
        "verwachteEinddatum", "2027-06-30"));
    assertThat(runtimeService.getVariables(pi)).doesNotContainKeys("activiteiten", "opleiding", "verwachteEinddatum");
    String diploma = "Diploma " + UUID.randomUUID();
    runtimeService.createMessageCorrelation("ScholingAfgerond").processInstanceBusinessKey(traject)
        .setVariable("diploma", diploma).correlate();

    // the proposed vacancy is ours too; the consulent who confirms it borrows it
    String werkgever = "Werkgever " + UUID.randomUUID();
    driver.extern(traject, "sociale-partners.vacatures-matchen", Map.of("vacatureGevonden", true,
        "vacatureId", "VAC-9", "werkgever", werkgever, "functie", "Verzorgende IG"));
    String plaatsing = driver.wachtOpTaak(pi, "PlaatsingBevestigen");
    assertThat(taskService.getVariables(plaatsing)).containsEntry("werkgever", werkgever)
        .containsEntry("functie", "Verzorgende IG");
    assertThat(runtimeService.getVariables(pi)).doesNotContainKeys("werkgever", "functie", "diploma");
    taskService.complete(plaatsing, Map.of("plaatsingBevestigd", true, "besteedBedrag", 700L,
        "startdatum", "2027-07-01"));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).as("placed").isZero();
    assertThat(jdbc.queryForMap("select werkgever, functie, vacature_id from wc_plaatsing where traject_id = ?",
        UUID.fromString(traject))).containsEntry("WERKGEVER", werkgever).containsEntry("VACATURE_ID", "VAC-9");

    // ours: the intake and the werkplan
    UUID id = UUID.fromString(traject);
    assertThat(intakes.van(id).orElseThrow().getVerslag()).isEqualTo(verslag);
    Werkplan werkplan = werkplannen.huidig(id).orElseThrow();
    assertThat(werkplan.activiteitenAlsTekst()).isEqualTo(activiteit);
    assertThat(werkplan.getOpleiding()).isEqualTo("VZ-MBO3-AMR15");

    // not the engine's
    assertThat(EngineTabellen.waarVindtMen(jdbc, traject)).as("the scan finds what is there").isNotEmpty();
    assertThat(EngineTabellen.waarVindtMen(jdbc, verslag)).as("engine tables holding the intake report").isEmpty();
    assertThat(EngineTabellen.waarVindtMen(jdbc, activiteit)).as("engine tables holding the werkplan").isEmpty();
    assertThat(EngineTabellen.waarVindtMen(jdbc, diploma)).as("engine tables holding the diploma").isEmpty();
    assertThat(EngineTabellen.waarVindtMen(jdbc, werkgever)).as("engine tables holding the employer").isEmpty();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi).list())
        .extracting(HistoricVariableInstance::getName)
        .contains("regio", "regiepartner", "scholingNodig", "verwijzingKenmerk", "inschrijvingKenmerk")
        .doesNotContain("doelgroep", "werksituatie", "intakeVerslag", "activiteiten", "opleiding", "trajectKop",
            "aandachtspunt");
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi)
        .activityId("RegiepartnerBepalen").finished().count()).as("the audit trail stays").isEqualTo(1);
    // the regie decision's history: which decision routed where, not the attention group it read (GGZ)
    List<HistoricDecisionInstance> besluiten = historyService.createHistoricDecisionInstanceQuery()
        .processInstanceId(pi).includeInputs().includeOutputs().list();
    assertThat(besluiten).extracting(HistoricDecisionInstance::getDecisionDefinitionKey).contains("bepaal-regiepartner");
    assertThat(besluiten).flatExtracting(HistoricDecisionInstance::getInputs).isEmpty();
    assertThat(besluiten).flatExtracting(HistoricDecisionInstance::getOutputs)
        .extracting(HistoricDecisionOutputInstance::getVariableName).contains("regiepartner").doesNotContain("aandachtspunt");
  }

  @Test
  void aWerkplanThatComesBackShowsTheCurrentVersionAndStoresTheEditedOne() {
    String pi = driver.totBudgetBeoordeling(3_000L);
    String traject = runtimeService.createProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey();
    String budgetProces = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi).singleResult().getId();
    taskService.complete(driver.wachtOpTaak(budgetProces, "BudgetBeoordelen"), Map.of("budgetGoedgekeurd", false,
        "budgetToelichting", "Eerst een kortere training"));

    String opnieuw = driver.wachtOpTaak(pi, "WerkplanOpstellen");
    assertThat(taskService.getVariablesLocal(opnieuw)).containsEntry("activiteiten", "Training");
    taskService.complete(opnieuw, Map.of("activiteiten", "Korte training\nStage", "scholingNodig", false,
        "budgetBedrag", 900L));

    List<Werkplan> versies = werkplannen.versies(UUID.fromString(traject));
    assertThat(versies).extracting(Werkplan::activiteitenAlsTekst).containsExactly("Training", "Korte training\nStage");
    assertThat(runtimeService.getVariables(pi)).doesNotContainKey("activiteiten").containsEntry("budgetBedrag", 900L);
  }

  private LockedExternalTask vergrendel(String traject, String topic, List<String> variabelen) {
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      List<LockedExternalTask> taken = externalTaskService.fetchAndLock(1, "test").topic(topic, 10_000)
          .businessKey(traject).variables(variabelen).execute();
      if (!taken.isEmpty()) {
        return taken.get(0);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("no external task " + topic + " within 30 s");
  }
}
