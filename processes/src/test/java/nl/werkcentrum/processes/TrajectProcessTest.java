package nl.werkcentrum.processes;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.externalTaskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** Every path of the trajectory and its budget approval, with the app's beans as test doubles. */
@Deployment(resources = {
    "werkcentrum/processes/werkcentrum-traject.bpmn",
    "werkcentrum/processes/ontschot-budget-goedkeuring.bpmn",
    "werkcentrum/processes/bepaal-regiepartner.dmn",
    "werkcentrum/processes/budget-goedkeuring.dmn"})
class TrajectProcessTest {

  /**
   * Also records which flow nodes and sequence flows the tests passed (report in
   * target/process-test-coverage) and fails when a path of either model goes untested.
   */
  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0).build();

  final AppBeansDoubles app = new AppBeansDoubles();
  int volgendBsn = 100_000_000;

  @BeforeEach
  void setUp() {
    ProcessEngine engine = extension.getProcessEngine();
    init(engine);
    app.register();
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  // ------------------------------------------------------------------ aanmelding

  @ParameterizedTest
  @ValueSource(strings = {"Aanmelding.UWV", "Aanmelding.Gemeente", "Aanmelding.ROC", "Aanmelding.SocialePartners"})
  void everyPartnersDoorLandsInTheSameIntake(String message) {
    ProcessInstance pi = runtimeService().createMessageCorrelation(message)
        .setVariables(Map.of("bsn", bsn(), "regio", "AMR15", "kanaal", "UWV")).correlateStartMessage();

    assertThat(pi).isWaitingAt("Intake").hasPassed("AanmeldingRegistreren");
    assertThat(task(pi)).hasCandidateGroup("gids-AMR15");
  }

  @Test
  void aWalkInStartsFromTheTasklistStartForm() {
    ProcessInstance pi = walkIn(bsn());

    assertThat(pi).isWaitingAt("Intake").hasPassed("AanmeldingWalkIn");
    assertThat(pi).variables().containsEntry("kanaal", "WERKCENTRUM");
  }

  @Test
  void aSecondSignUpIsPassedOnToTheRunningTrajectory() {
    String bsn = bsn();
    ProcessInstance eerste = walkIn(bsn);

    ProcessInstance tweede = runtimeService().createMessageCorrelation("Aanmelding.UWV")
        .setVariables(Map.of("bsn", bsn, "regio", "AMR15", "kanaal", "UWV")).correlateStartMessage();

    assertThat(tweede).isEnded().hasPassed("AanmeldingDoorzetten", "Doorgezet").hasNotPassed("DoorgezetMelden");
    assertThat(eerste).isWaitingAt("Intake", "HerhaaldeAanmeldingBekijken");
    complete(task("HerhaaldeAanmeldingBekijken", eerste));
    assertThat(eerste).isWaitingAt("Intake").hasPassed("HerhaaldeAanmeldingBekeken");
  }

  @Test
  void aSecondWalkInTellsTheGidsWhereTheRunningTrajectoryIs() {
    String bsn = bsn();
    ProcessInstance eerste = walkIn(bsn);

    identityService().setAuthenticatedUserId("gids.amr24");
    ProcessInstance tweede;
    try {
      tweede = walkIn(bsn);
    } finally {
      identityService().clearAuthentication();
    }

    assertThat(tweede).isWaitingAt("DoorgezetMelden").task().isAssignedTo("gids.amr24");
    assertThat(tweede).variables().containsEntry("lopendTrajectId", eerste.getBusinessKey());
    complete(task("DoorgezetMelden", tweede));
    assertThat(tweede).isEnded().hasPassed("DoorgezetGemeld");
    assertThat(eerste).isWaitingAt("Intake", "HerhaaldeAanmeldingBekijken");
  }

  @Test
  void anInvalidSignUpIsRefusedAndLeavesNothingBehind() {
    long voor = runtimeService().createProcessInstanceQuery().count();

    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("werkcentrum-traject",
        Map.of("bsn", "12", "regio", "AMR15"))).isInstanceOf(BadUserRequestException.class);

    org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isEqualTo(voor);
    org.assertj.core.api.Assertions.assertThat(historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("werkcentrum-traject").count()).isEqualTo(voor);
  }

  @Test
  void theBudgetApprovalStartsOnlyWithItsInputs() {
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("ontschot-budget-goedkeuring"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("traject-id");
  }

  // ------------------------------------------------------------------ intake and regie

  @Test
  void anIntakeWithoutItsAnswersIsRefusedAndNothingIsRecorded() {
    ProcessInstance pi = walkIn(bsn());

    assertThatThrownBy(() -> complete(task(pi), withVariables("werksituatie", "WERKZOEKEND", "intakeVerslag", "verslag")))
        .isInstanceOf(BadUserRequestException.class);

    assertThat(pi).isWaitingAt("Intake");
    org.assertj.core.api.Assertions.assertThat(app.geboekt).noneMatch(g -> g.startsWith("intake"));
  }

  @Test
  void aLateIntakeIsEscalatedToTheCoordinatorAndStillWaits() {
    ProcessInstance pi = walkIn(bsn());

    later(Duration.ofDays(8));
    execute(job(pi));

    assertThat(pi).isWaitingAt("Intake", "IntakeEscaleren");
    assertThat(task("IntakeEscaleren", pi)).hasCandidateGroup("coordinator-AMR15");
    complete(task("IntakeEscaleren", pi), withVariables("escalatieAfspraak", "Morgen"));
    assertThat(pi).hasPassed("EscalatieAfgehandeld").isWaitingAt("Intake");
  }

  @Test
  void bijstandGivesTheGemeenteTheRegieAndTheReferral() {
    ProcessInstance pi = totWerkplan("WERKZOEKEND", "GEEN", "BIJSTAND");
    assertThat(pi).variables().containsEntry("regiepartner", "gemeente");
    assertThat(task(pi)).hasCandidateGroup("consulent-gemeente-AMR15");

    werkplan(pi, false, 500L);

    assertThat(pi).isWaitingAt("VerwijzenGemeente");
    extern("gemeente.verwijzen", Map.of("verwijzingKenmerk", "G-1"));
    assertThat(pi).isWaitingAt("VacaturesMatchen");
  }

  @Test
  void peopleInWorkGoToTheSocialePartners() {
    ProcessInstance pi = totWerkplan("GEEN", "GEEN", "IN_DIENST");
    assertThat(pi).variables().containsEntry("regiepartner", "sociale-partners");
    werkplan(pi, false, 0L);
    assertThat(pi).isWaitingAt("VerwijzenSocialePartners");
    extern("sociale-partners.verwijzen", Map.of("verwijzingKenmerk", "S-1"));
    assertThat(pi).isWaitingAt("VacaturesMatchen");
  }

  // ------------------------------------------------------------------ the whole route

  @Test
  void fromSignUpThroughScholingToPlacement() {
    ProcessInstance pi = totWerkplan("WW", "GEEN", "WERKZOEKEND");
    assertThat(task(pi)).hasCandidateGroup("consulent-uwv-AMR15");
    werkplan(pi, true, 3_000L);

    ProcessInstance budget = calledProcessInstance("ontschot-budget-goedkeuring", pi);
    assertThat(budget).isWaitingAt("BudgetBeoordelen");
    assertThat(task(budget)).hasCandidateGroup("budgethouder-AMR15");
    beoordeel(budget, "BudgetBeoordelen", "anna", true);

    assertThat(pi).isWaitingAt("VerwijzenUwv");
    extern("uwv.verwijzen", Map.of("verwijzingKenmerk", "V-1"));
    extern("roc.inschrijven", Map.of("inschrijvingKenmerk", "I-1", "verwachteEinddatum", "2027-06-30"));
    assertThat(pi).isWaitingAt("WachtOpRoc");
    runtimeService().createMessageCorrelation("ScholingAfgerond").processInstanceId(pi.getId())
        .setVariable("diploma", "Verzorgende IG").correlate();

    plaatsing(pi);

    assertThat(pi).isEnded().hasPassed("BudgetAfrekenen", "TrajectAfsluiten", "TrajectGeplaatst");
    org.assertj.core.api.Assertions.assertThat(app.geboekt).containsSubsequence("intake STATUSHOUDER ZORG", "verwezen uwv",
        "ingeschreven VZ-MBO3-AMR15", "scholing afgerond", "geplaatst bij Zorggroep", "besteding 2500",
        "afgesloten GEPLAATST");
    org.assertj.core.api.Assertions.assertThat(app.fasen)
        .containsSubsequence("INTAKE", "UITKERINGSCHECK", "WERKPLAN", "BUDGET", "VERWIJZING", "SCHOLING", "PLAATSING");
  }

  // ------------------------------------------------------------------ budget approval

  @Test
  void smallAmountsAreApprovedAutomatically() {
    ProcessInstance pi = totWerkplan("WW", "GEEN", "WERKZOEKEND");
    werkplan(pi, false, 800L);

    assertThat(pi).isWaitingAt("VerwijzenUwv").variables().containsEntry("budgetUitkomst", "GOEDGEKEURD");
  }

  @Test
  void aRejectionSendsTheWerkplanBackWithTheReason() {
    ProcessInstance pi = totWerkplan("WW", "GEEN", "WERKZOEKEND");
    werkplan(pi, false, 2_000L);

    beoordeel(calledProcessInstance("ontschot-budget-goedkeuring", pi), "BudgetBeoordelen", "anna", false);

    assertThat(pi).isWaitingAt("WerkplanOpstellen").variables()
        .containsEntry("budgetUitkomst", "AFGEWEZEN").containsEntry("afwijzingsreden", "Toelichting van anna");
  }

  @Test
  void aboveTheThresholdASecondBudgetHolderDecidesAndItCannotBeTheFirst() {
    ProcessInstance pi = totWerkplan("WW", "GEEN", "WERKZOEKEND");
    werkplan(pi, false, 7_500L);
    ProcessInstance budget = calledProcessInstance("ontschot-budget-goedkeuring", pi);
    beoordeel(budget, "BudgetBeoordelen", "anna", true);
    assertThat(budget).isWaitingAt("BudgetTweedeBeoordeling");

    String tweede = task("BudgetTweedeBeoordeling", budget).getId();
    assertThatThrownBy(() -> taskService().claim(tweede, "anna")).hasRootCauseInstanceOf(AuthorizationException.class);
    org.assertj.core.api.Assertions.assertThat(task("BudgetTweedeBeoordeling", budget).getAssignee()).isNull();

    assertThat(budget).variables().containsEntry("eersteBesluit", "Goedgekeurd")
        .containsEntry("eersteToelichting", "Toelichting van anna").doesNotContainKey("tweedeBesluit");
    tweedeBeoordeling(budget, "bram", "GOEDGEKEURD");
    assertThat(pi).isWaitingAt("VerwijzenUwv");
  }

  @Test
  void theSecondBudgetHolderCanReject() {
    ProcessInstance pi = totWerkplan("WW", "GEEN", "WERKZOEKEND");
    werkplan(pi, false, 7_500L);
    ProcessInstance budget = calledProcessInstance("ontschot-budget-goedkeuring", pi);
    beoordeel(budget, "BudgetBeoordelen", "anna", true);
    tweedeBeoordeling(budget, "bram", "AFGEWEZEN");

    assertThat(pi).isWaitingAt("WerkplanOpstellen").variables().containsEntry("budgetUitkomst", "AFGEWEZEN")
        .containsEntry("afwijzingsreden", "Tweede oordeel van bram");
  }

  @Test
  void insufficientBudgetIsAnOutcomeThatSendsTheWerkplanBack() {
    app.vrijBudget = 100;
    ProcessInstance pi = totWerkplan("WW", "GEEN", "WERKZOEKEND");
    werkplan(pi, false, 900L);

    assertThat(pi).isWaitingAt("WerkplanOpstellen").variables()
        .containsEntry("budgetUitkomst", "ONTOEREIKEND").containsEntry("afwijzingsreden", "Onvoldoende ontschot budget");
  }

  // ------------------------------------------------------------------ scholing

  @Test
  void aFullCourseSendsTheWerkplanBack() {
    ProcessInstance pi = totScholing();

    LockedExternalTask inschrijven = fetch("roc.inschrijven");
    externalTaskService().handleBpmnError(inschrijven.getId(), "test", "OPLEIDING_VOL", "Opleiding VZ-MBO3-AMR15 is vol");

    assertThat(pi).isWaitingAt("WerkplanOpstellen").hasPassed("OpleidingVol");
    org.assertj.core.api.Assertions.assertThat(app.geboekt).contains("opleiding vol").doesNotContain("ingeschreven VZ-MBO3-AMR15");
    assertThat(pi).variables().containsEntry("afwijzingsreden",
        "Het ROC weigert de inschrijving: Opleiding VZ-MBO3-AMR15 is vol. Kies een andere opleiding.");
  }

  @Test
  void aCourseTheRocDoesNotKnowSendsTheWerkplanBackInsteadOfAnIncident() {
    ProcessInstance pi = totScholing();

    LockedExternalTask inschrijven = fetch("roc.inschrijven");
    externalTaskService().handleBpmnError(inschrijven.getId(), "test", "OPLEIDING_ONBEKEND");

    assertThat(pi).isWaitingAt("WerkplanOpstellen").hasPassed("OpleidingVol");
    assertThat(pi).variables().containsEntry("afwijzingsreden",
        "Het ROC weigert de inschrijving: OPLEIDING_ONBEKEND. Kies een andere opleiding.");
  }

  @Test
  void anAbortedCourseSendsTheWerkplanBack() {
    ProcessInstance pi = totScholing();
    extern("roc.inschrijven", Map.of("inschrijvingKenmerk", "I-2"));

    runtimeService().createMessageCorrelation("ScholingAfgebroken").processInstanceId(pi.getId())
        .setVariable("afbreekreden", "Ziek").correlate();

    assertThat(pi).isWaitingAt("WerkplanOpstellen").variables().containsEntry("afwijzingsreden", "Scholing afgebroken");
    org.assertj.core.api.Assertions.assertThat(app.geboekt).containsSubsequence("ingeschreven VZ-MBO3-AMR15", "scholing afgebroken");
  }

  @Test
  void silenceFromTheRocMakesAFollowUpTaskAndWaitsAgain() {
    ProcessInstance pi = totScholing();
    extern("roc.inschrijven", Map.of("inschrijvingKenmerk", "I-3"));

    later(Duration.ofDays(31));
    execute(job(pi));
    assertThat(pi).isWaitingAt("ScholingOpvolgen");
    complete(task(pi), withVariables("opvolgNotitie", "Gebeld"));

    assertThat(pi).isWaitingAt("WachtOpRoc");
  }

  // ------------------------------------------------------------------ plaatsing

  @Test
  void noVacancyNowSearchesAgainLaterAndAnUnconfirmedPlacementSearchesAgain() {
    ProcessInstance pi = totPlaatsing();

    extern("sociale-partners.vacatures-matchen", Map.of("vacatureGevonden", false));
    assertThat(pi).isWaitingAt("VacatureOpnieuw");
    later(Duration.ofDays(8));
    execute(job("VacatureOpnieuw", pi));
    extern("sociale-partners.vacatures-matchen", vacature());
    complete(task("PlaatsingBevestigen", pi),
        withVariables("plaatsingBevestigd", false, "nietGeplaatstReden", "KANDIDAAT_WIL_NIET"));

    // the declined vacancy is not offered again at once: the next search is a round later
    assertThat(pi).isWaitingAt("VacatureOpnieuw");
    later(Duration.ofDays(16));
    execute(job("VacatureOpnieuw", pi));
    assertThat(pi).isWaitingAt("VacaturesMatchen");
  }

  @Test
  void noPlacementInTimeSendsTheWerkplanBack() {
    ProcessInstance pi = totPlaatsing();
    extern("sociale-partners.vacatures-matchen", Map.of("vacatureGevonden", false));

    later(Duration.ofDays(91));
    execute(job("PlaatsingTermijnVerstreken", pi));

    assertThat(pi).isWaitingAt("WerkplanOpstellen").hasPassed("PlaatsingTermijnVerstreken");
  }

  // ------------------------------------------------------------------ beëindiging in every phase

  @Test
  void endingDuringIntake() {
    ProcessInstance pi = walkIn(bsn());
    beeindig(pi);
  }

  @Test
  void endingDuringWerkplan() {
    beeindig(totWerkplan("WW", "GEEN", "WERKZOEKEND"));
  }

  @Test
  void endingDuringBudgetApproval() {
    ProcessInstance pi = totWerkplan("WW", "GEEN", "WERKZOEKEND");
    werkplan(pi, false, 2_000L);
    ProcessInstance budget = calledProcessInstance("ontschot-budget-goedkeuring", pi);

    beeindig(pi);
    assertThat(budget).isEnded();
  }

  @Test
  void endingDuringScholing() {
    ProcessInstance pi = totScholing();
    extern("roc.inschrijven", Map.of("inschrijvingKenmerk", "I-4"));
    beeindig(pi);
  }

  @Test
  void endingDuringPlaatsing() {
    beeindig(totPlaatsing());
  }

  // ------------------------------------------------------------------ helpers

  private void beeindig(ProcessInstance pi) {
    runtimeService().createMessageCorrelation("TrajectBeeindigen").processInstanceId(pi.getId())
        .setVariable("beeindigingsreden", "TERUGGETROKKEN").correlate();
    assertThat(pi).isEnded().hasPassed("ReserveringVrijgeven", "BeeindigdTrajectAfsluiten", "Beeindigd");
    org.assertj.core.api.Assertions.assertThat(app.geboekt).contains("vrijgave", "afgesloten BEEINDIGD");
  }

  private String bsn() {
    return String.valueOf(volgendBsn++);
  }

  private ProcessInstance walkIn(String bsn) {
    return runtimeService().startProcessInstanceByKey("werkcentrum-traject", Map.of("bsn", bsn, "regio", "AMR15"));
  }

  private ProcessInstance totWerkplan(String uwv, String gemeente, String werksituatie) {
    ProcessInstance pi = walkIn(bsn());
    complete(task(pi), withVariables("werksituatie", werksituatie.equals("IN_DIENST") ? "IN_DIENST" : "WERKZOEKEND",
        "doelgroep", "STATUSHOUDER", "sector", "ZORG", "intakeVerslag", "verslag"));
    assertThat(pi).isWaitingAt("UwvUitkeringControleren", "GemeenteUitkeringControleren");
    extern("uwv.uitkering-controleren", Map.of("uwvUitkering", uwv.equals("WERKZOEKEND") ? "GEEN" : uwv));
    extern("gemeente.uitkering-controleren", Map.of("gemeenteUitkering", gemeente));
    // both checks continue asynchronously, so two partners answering at once never collide at the join
    execute(job("UwvUitkeringControleren", pi));
    execute(job("GemeenteUitkeringControleren", pi));
    assertThat(pi).isWaitingAt("WerkplanOpstellen").variables().containsKey("aandachtspunt");
    return pi;
  }

  private void werkplan(ProcessInstance pi, boolean scholing, long bedrag) {
    Map<String, Object> v = new HashMap<>(Map.of("activiteiten", "Sollicitatietraining",
        "scholingNodig", scholing, "budgetBedrag", bedrag));
    if (scholing) {
      v.put("opleiding", "VZ-MBO3-AMR15");
    }
    complete(task("WerkplanOpstellen", pi), v);
  }

  private ProcessInstance totScholing() {
    ProcessInstance pi = totWerkplan("WW", "GEEN", "WERKZOEKEND");
    werkplan(pi, true, 900L);
    extern("uwv.verwijzen", Map.of("verwijzingKenmerk", "V-2"));
    assertThat(pi).isWaitingAt("RocInschrijven");
    return pi;
  }

  private ProcessInstance totPlaatsing() {
    ProcessInstance pi = totWerkplan("WIA", "GEEN", "WERKZOEKEND");
    werkplan(pi, false, 900L);
    extern("uwv.verwijzen", Map.of("verwijzingKenmerk", "V-3"));
    assertThat(pi).isWaitingAt("VacaturesMatchen");
    return pi;
  }

  private void plaatsing(ProcessInstance pi) {
    extern("sociale-partners.vacatures-matchen", vacature());
    assertThat(task(pi)).hasCandidateGroup("consulent-uwv-AMR15");
    complete(task("PlaatsingBevestigen", pi), withVariables("plaatsingBevestigd", true, "besteedBedrag", 2_500L,
        "startdatum", "2027-01-04"));
  }

  private static Map<String, Object> vacature() {
    return Map.of("vacatureGevonden", true, "vacatureId", "VAC-0043", "werkgever", "Zorggroep", "functie", "Verzorgende IG");
  }

  private void beoordeel(ProcessInstance budget, String taak, String budgethouder, boolean goed) {
    String id = task(taak, budget).getId();
    taskService().claim(id, budgethouder);
    taskService().complete(id, Map.of("budgetGoedgekeurd", goed, "budgetToelichting", "Toelichting van " + budgethouder));
  }

  private void tweedeBeoordeling(ProcessInstance budget, String budgethouder, String besluit) {
    String id = task("BudgetTweedeBeoordeling", budget).getId();
    taskService().claim(id, budgethouder);
    taskService().complete(id, Map.of("tweedeBesluit", besluit, "tweedeToelichting", "Tweede oordeel van " + budgethouder));
  }

  private void extern(String topic, Map<String, Object> resultaat) {
    LockedExternalTask task = fetch(topic);
    externalTaskService().complete(task.getId(), "test", resultaat);
  }

  private LockedExternalTask fetch(String topic) {
    List<LockedExternalTask> tasks = externalTaskService().fetchAndLock(1, "test").topic(topic, 10_000).execute();
    org.assertj.core.api.Assertions.assertThat(tasks).as("external task on " + topic).hasSize(1);
    return tasks.get(0);
  }

  private static void later(Duration duur) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duur.toMillis()));
  }
}
