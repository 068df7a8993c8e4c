package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.support.Procesdekking;
import nl.werkcentrum.app.budget.BudgetMutatieRepository;
import nl.werkcentrum.app.budget.Financier;
import nl.werkcentrum.app.budget.MutatieSoort;
import nl.werkcentrum.app.budget.OntschotBudget;
import nl.werkcentrum.app.intake.Doelgroep;
import nl.werkcentrum.app.intake.IntakeRepository;
import nl.werkcentrum.app.notitie.Notitie;
import nl.werkcentrum.app.notitie.NotitieRepository;
import nl.werkcentrum.app.intake.Sector;
import nl.werkcentrum.app.intake.Werksituatie;
import nl.werkcentrum.app.persoon.WerkzoekendeRepository;
import nl.werkcentrum.app.security.WerkcentrumRoles;
import nl.werkcentrum.app.support.TestBsn;
import nl.werkcentrum.app.support.VerwachtFout;
import nl.werkcentrum.app.traject.Aanmelding;
import nl.werkcentrum.app.traject.AanmeldingRepository;
import nl.werkcentrum.app.traject.Fase;
import nl.werkcentrum.app.traject.Kanaal;
import nl.werkcentrum.app.traject.Traject;
import nl.werkcentrum.app.traject.TrajectRepository;
import nl.werkcentrum.app.traject.TrajectStatus;
import nl.werkcentrum.app.verloop.Plaatsing;
import nl.werkcentrum.app.verloop.PlaatsingRepository;
import nl.werkcentrum.app.verloop.Scholing;
import nl.werkcentrum.app.verloop.ScholingRepository;
import nl.werkcentrum.app.verloop.ScholingUitkomst;
import nl.werkcentrum.app.verloop.Verwijzing;
import nl.werkcentrum.app.verloop.VerwijzingRepository;
import nl.werkcentrum.app.werkplan.WerkplanRepository;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * Every path of the trajectory and its budget approval on the application itself: the real
 * delegates, listeners, decisions and JPA domain on the embedded H2 database, as production runs
 * them. Each step is asserted on the route the instance took and, where recording is the point of
 * the step, on what landed in our wc_* tables.
 * <p>
 * The job executor is off, so the test runs every job itself, in order: asynchronous
 * continuations by executing their job, timers by executing theirs (their due date is asserted, so
 * the terms from configuration are tested too; the clock never moves). Process coverage
 * (camunda-process-test-coverage) must stay at 100% of the flow nodes and sequence flows of both
 * models; the report is in target/process-test-coverage/. So run the class, not a single test of it.
 * <p>
 * All scenarios are in this one class on purpose: surefire runs each test class of this module in
 * a JVM of its own (see the pom), so a second class would start a second application.
 */
@Import(Procesdekking.Plugin.class)
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:trajectproces;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
class TrajectProcesTest {

  static final String REGIO = "AMR15";
  /** A region whose pot holds less than any werkplan in this test asks. */
  static final String KRAPPE_REGIO = "AMR03";
  static final long KRAP_BUDGET = 100;
  static final String OPLEIDING = "VZ-MBO3-AMR15";

  @RegisterExtension
  @Order(2)
  static final ProcessEngineCoverageExtension DEKKING = Procesdekking.volledig();

  /** Hands the coverage extension the application's engine, once Spring has started it. */
  @RegisterExtension
  @Order(1)
  static final TestInstancePostProcessor ENGINE_VAN_DE_APP = Procesdekking.engineVanDeApp(DEKKING);

  @Autowired
  ProcessEngine engine;
  @Autowired
  Clock clock;
  @Autowired
  TrajectRepository trajecten;
  @Autowired
  AanmeldingRepository aanmeldingen;
  @Autowired
  WerkzoekendeRepository werkzoekenden;
  @Autowired
  IntakeRepository intakes;
  @Autowired
  WerkplanRepository werkplannen;
  @Autowired
  VerwijzingRepository verwijzingen;
  @Autowired
  ScholingRepository scholingen;
  @Autowired
  PlaatsingRepository plaatsingen;
  @Autowired
  BudgetMutatieRepository mutaties;
  @Autowired
  OntschotBudget budget;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  NotitieRepository notities;

  @BeforeEach
  void setUp() {
    init(engine);
    int jaar = Year.now(clock).getValue();
    // the pots of this year, once per database (the tests share it)
    if (budget.overzicht(REGIO, jaar).gestort().signum() == 0) {
      budget.storten(REGIO, jaar, Financier.UWV, 1_000_000, "test");
    }
    if (budget.overzicht(KRAPPE_REGIO, jaar).gestort().signum() == 0) {
      budget.storten(KRAPPE_REGIO, jaar, Financier.GEMEENTE, KRAP_BUDGET, "test");
    }
  }

  @AfterEach
  void tearDown() {
    identityService().clearAuthentication();
  }

  // ------------------------------------------------------------------ aanmelding

  @ParameterizedTest
  @CsvSource({"Aanmelding.UWV, UWV", "Aanmelding.Gemeente, GEMEENTE", "Aanmelding.ROC, ROC",
      "Aanmelding.SocialePartners, SOCIALE_PARTNERS"})
  void everyPartnersDoorLandsInTheSameIntake(String bericht, Kanaal kanaal) {
    ProcessInstance pi = aanmeldingVia(bericht, kanaal, TestBsn.random());

    assertThat(pi).isWaitingAt("Intake").hasPassed("AanmeldingRegistreren");
    assertThat(task(pi)).hasCandidateGroup("gids-AMR15");
    Traject traject = traject(pi);
    Assertions.assertThat(traject.getKanaal()).isEqualTo(kanaal);
    Assertions.assertThat(traject.getProcessInstanceId()).isEqualTo(pi.getId());
    Assertions.assertThat(aanmeldingen.findByTrajectIdOrderByOntvangenOp(traject.getId()))
        .extracting(Aanmelding::getKanaal, Aanmelding::isHerhaald).containsExactly(tuple(kanaal, false));
  }

  @Test
  void aWalkInStartsFromTheTasklistStartFormInTheGidsRegion() {
    long personen = werkzoekenden.count();

    ProcessInstance pi = walkIn(TestBsn.random());

    assertThat(pi).isWaitingAt("Intake").hasPassed("AanmeldingWalkIn", "AanmeldingRegistreren");
    Traject traject = traject(pi);
    Assertions.assertThat(traject.getKanaal()).isEqualTo(Kanaal.WERKCENTRUM);
    Assertions.assertThat(traject.getRegio()).isEqualTo(REGIO);
    Assertions.assertThat(traject.getStatus()).isEqualTo(TrajectStatus.ACTIEF);
    Assertions.assertThat(werkzoekenden.count()).isEqualTo(personen + 1);
    // the BSN went to wc_werkzoekende; the engine carries the trajectory's id only, as the business key
    assertThat(pi).variables().doesNotContainKeys("bsn", "trajectId");
    assertThat(pi).hasBusinessKey(traject.getId().toString());
  }

  @Test
  void aSecondSignUpIsPassedOnToTheRunningTrajectory() {
    String bsn = TestBsn.random();
    ProcessInstance eerste = walkIn(bsn);
    long trajectenVoor = trajecten.count();

    ProcessInstance tweede = aanmeldingVia("Aanmelding.UWV", Kanaal.UWV, bsn);

    assertThat(tweede).isEnded().hasPassed("AanmeldingDoorzetten", "Doorgezet").hasNotPassed("DoorgezetMelden");
    assertThat(eerste).isWaitingAt("Intake", "HerhaaldeAanmeldingBekijken");
    assertThat(task("HerhaaldeAanmeldingBekijken", eerste)).hasCandidateGroup("gids-AMR15");
    Assertions.assertThat(trajecten.count()).isEqualTo(trajectenVoor);
    Assertions.assertThat(aanmeldingen.findByTrajectIdOrderByOntvangenOp(traject(eerste).getId()))
        .extracting(Aanmelding::getKanaal, Aanmelding::isHerhaald).containsExactly(
            tuple(Kanaal.WERKCENTRUM, false),
            tuple(Kanaal.UWV, true));

    complete(task("HerhaaldeAanmeldingBekijken", eerste));
    assertThat(eerste).isWaitingAt("Intake").hasPassed("HerhaaldeAanmeldingBekeken");
  }

  @Test
  void aSecondWalkInTellsTheGidsWhereTheRunningTrajectoryIs() {
    String bsn = TestBsn.random();
    ProcessInstance eerste = walkIn(bsn);

    ProcessInstance tweede = walkIn("gids.amr24", "AMR24", bsn);

    assertThat(tweede).isWaitingAt("DoorgezetMelden").task().isAssignedTo("gids.amr24");
    assertThat(tweede).variables().containsEntry("lopendTrajectId", eerste.getBusinessKey());
    complete(task("DoorgezetMelden", tweede));
    assertThat(tweede).isEnded().hasPassed("DoorgezetGemeld");
    assertThat(eerste).isWaitingAt("Intake", "HerhaaldeAanmeldingBekijken");
    Assertions.assertThat(aanmeldingen.findByTrajectIdOrderByOntvangenOp(traject(eerste).getId()))
        .extracting(Aanmelding::isHerhaald).containsExactly(false, true);
  }

  @Test
  void aWalkInWithABsnFailingThe11ProefIsRefusedOnTheFormAndNothingIsWritten() {
    Tellingen voor = tellingen();

    // nine digits, but not a BSN: 9*1 + 8*2 + ... + 2*8 - 9 is no multiple of 11
    assertThatThrownBy(() -> walkIn("123456789")).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Geen geldig BSN");

    Assertions.assertThat(tellingen()).isEqualTo(voor);
  }

  @Test
  void aGidsCannotSignUpInAnotherRegionAndNothingIsWritten() {
    Tellingen voor = tellingen();

    assertThatThrownBy(() -> walkIn("gids.amr15", "AMR24", TestBsn.random()))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("eigen regio");

    Assertions.assertThat(tellingen()).isEqualTo(voor);
  }

  @Test
  void aPartnerSignUpWithABadBsnOrRegionIsRefusedAndNothingIsWritten() {
    Tellingen voor = tellingen();

    assertThatThrownBy(() -> aanmeldingVia("Aanmelding.UWV", Kanaal.UWV, "123456789"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Geen geldig BSN");
    assertThatThrownBy(() -> runtimeService().createMessageCorrelation("Aanmelding.Gemeente")
        .setVariables(Map.of("bsn", TestBsn.random(), "regio", "AMR99", "kanaal", "GEMEENTE")).correlateStartMessage())
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("AMR99");

    Assertions.assertThat(tellingen()).isEqualTo(voor);
  }

  @Test
  void theBudgetApprovalStartsOnlyFromATrajectory() {
    long voor = historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("ontschot-budget-goedkeuring").count();

    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("ontschot-budget-goedkeuring"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("ontbrekend: businessKey (traject-id), regio, budgetBedrag");

    Assertions.assertThat(historyService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("ontschot-budget-goedkeuring").count()).isEqualTo(voor);
  }

  // ------------------------------------------------------------------ intake and regie

  @Test
  void anIntakeWithoutItsAnswersOrWithAChoiceNotOnTheFormIsRefusedAndNothingIsRecorded() {
    ProcessInstance pi = walkIn(TestBsn.random());

    assertThatThrownBy(() -> complete(task(pi), withVariables("werksituatie", "WERKZOEKEND", "intakeVerslag", "verslag")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("doelgroep");
    assertThatThrownBy(() -> complete(task(pi), withVariables("werksituatie", "WERKZOEKEND",
        "doelgroep", "ONBEKEND", "sector", "ZORG"))).isInstanceOf(FormFieldValidationException.class);

    assertThat(pi).isWaitingAt("Intake");
    Assertions.assertThat(intakes.findById(traject(pi).getId())).isEmpty();
  }

  @Test
  void aLateIntakeIsEscalatedToTheCoordinatorAndStillWaits() {
    ProcessInstance pi = walkIn(TestBsn.random());

    Job termijn = job(pi);
    assertVerlooptNa(termijn, Duration.ofDays(7));
    execute(termijn);

    assertThat(pi).isWaitingAt("Intake", "IntakeEscaleren");
    assertThat(task("IntakeEscaleren", pi)).hasCandidateGroup("coordinator-AMR15");
    complete(task("IntakeEscaleren", pi), withVariables("escalatieAfspraak", "Morgen"));
    assertThat(pi).hasPassed("EscalatieAfgehandeld").isWaitingAt("Intake");
    // the coordinator's agreement is a note of ours, not a variable of the engine
    Assertions.assertThat(notities.findByTrajectIdOrderByVastgelegdOp(traject(pi).getId()))
        .extracting(Notitie::getTaak, Notitie::getTekst).containsExactly(tuple("IntakeEscaleren", "Morgen"));
    assertThat(pi).variables().doesNotContainKey("escalatieAfspraak");
  }

  @Test
  void theIntakeIsRecordedWithWhoRecordedIt() {
    ProcessInstance pi = walkIn(TestBsn.random());
    String intake = task("Intake", pi).getId();
    taskService().claim(intake, "gids.amr15");

    totWerkplan(pi, "WW", "GEEN", Werksituatie.WERKZOEKEND);

    var vastgelegd = intakes.findById(traject(pi).getId()).orElseThrow();
    Assertions.assertThat(vastgelegd.getDoelgroepen()).containsExactly(Doelgroep.STATUSHOUDER);
    Assertions.assertThat(vastgelegd.getSector()).isEqualTo(Sector.ZORG);
    Assertions.assertThat(vastgelegd.getWerksituatie()).isEqualTo(Werksituatie.WERKZOEKEND);
    Assertions.assertThat(vastgelegd.getVastgelegdDoor()).isEqualTo("gids.amr15");
  }

  @ParameterizedTest(name = "UWV {0}, gemeente {1}, {2}: regie {3}")
  @CsvSource({"WW, GEEN, WERKZOEKEND, uwv", "WIA, BIJSTAND, WERKZOEKEND, uwv", "GEEN, BIJSTAND, WERKZOEKEND, gemeente",
      "GEEN, GEEN, IN_DIENST, sociale-partners", "GEEN, GEEN, WERKZOEKEND, gemeente"})
  void theBenefitChecksDecideWhoDrawsUpTheWerkplan(String uwvUitkering, String gemeenteUitkering,
      Werksituatie werksituatie, String regiepartner) {
    ProcessInstance pi = totWerkplan(uwvUitkering, gemeenteUitkering, werksituatie);

    assertThat(pi).variables().containsEntry("regiepartner", regiepartner);
    assertThat(task(pi)).hasCandidateGroup("consulent-" + regiepartner + "-AMR15");
    Assertions.assertThat(traject(pi).getFase()).isEqualTo(Fase.WERKPLAN);
  }

  @Test
  void bijstandGivesTheGemeenteTheRegieAndTheReferral() {
    ProcessInstance pi = totWerkplan("GEEN", "BIJSTAND", Werksituatie.WERKZOEKEND);
    assertThat(pi).variables().containsEntry("regiepartner", "gemeente");
    assertThat(task(pi)).hasCandidateGroup("consulent-gemeente-AMR15");

    werkplan(pi, false, 500L);

    assertThat(pi).isWaitingAt("VerwijzenGemeente");
    extern(pi, "gemeente.verwijzen", Map.of("verwijzingKenmerk", "G-1"));
    assertThat(pi).isWaitingAt("VacaturesMatchen");
    Assertions.assertThat(traject(pi).getRegiepartner()).isEqualTo("gemeente");
    Assertions.assertThat(verwijzingen.findByTrajectId(traject(pi).getId()))
        .extracting(Verwijzing::getPartner, Verwijzing::getKenmerk)
        .containsExactly(tuple("gemeente", "G-1"));
  }

  @Test
  void peopleInWorkGoToTheSocialePartners() {
    ProcessInstance pi = totWerkplan("GEEN", "GEEN", Werksituatie.IN_DIENST);
    assertThat(pi).variables().containsEntry("regiepartner", "sociale-partners");
    assertThat(task(pi)).hasCandidateGroup("consulent-sociale-partners-AMR15");

    werkplan(pi, false, 0L);

    assertThat(pi).isWaitingAt("VerwijzenSocialePartners");
    extern(pi, "sociale-partners.verwijzen", Map.of("verwijzingKenmerk", "S-1"));
    assertThat(pi).isWaitingAt("VacaturesMatchen");
    Assertions.assertThat(verwijzingen.findByTrajectId(traject(pi).getId()))
        .extracting(Verwijzing::getPartner).containsExactly("sociale-partners");
    // nothing asked, nothing reserved
    Assertions.assertThat(geboekt(pi)).isEmpty();
  }

  // ------------------------------------------------------------------ the whole route

  @Test
  void fromSignUpThroughScholingToPlacement() {
    ProcessInstance pi = totWerkplan("WW", "GEEN", Werksituatie.WERKZOEKEND);
    werkplan(pi, true, 3_000L);
    Assertions.assertThat(werkplannen.findByTrajectIdOrderByVersie(traject(pi).getId()))
        .singleElement().satisfies(w -> {
          Assertions.assertThat(w.getVersie()).isEqualTo(1);
          Assertions.assertThat(w.getBudgetBedrag()).isEqualTo(3_000L);
          Assertions.assertThat(w.getOpleiding()).isEqualTo(OPLEIDING);
        });

    ProcessInstance aanvraag = budgetAanvraag(pi);
    assertThat(aanvraag).isWaitingAt("BudgetBeoordelen");
    assertThat(task(aanvraag)).hasCandidateGroup("budgethouder-AMR15");
    beoordeel(aanvraag, "anna", true);
    Assertions.assertThat(geboekt(pi)).containsEntry(MutatieSoort.RESERVERING, euro(3_000));

    assertThat(pi).isWaitingAt("VerwijzenUwv");
    extern(pi, "uwv.verwijzen", Map.of("verwijzingKenmerk", "V-1"));
    extern(pi, "roc.inschrijven", Map.of("inschrijvingKenmerk", "I-1", "verwachteEinddatum", "2027-06-30"));
    assertThat(pi).isWaitingAt("WachtOpRoc");
    Assertions.assertThat(scholingen.findByTrajectId(traject(pi).getId()))
        .extracting(Scholing::getOpleiding, Scholing::getUitkomst)
        .containsExactly(tuple(OPLEIDING, ScholingUitkomst.LOPEND));
    runtimeService().createMessageCorrelation("ScholingAfgerond").processInstanceId(pi.getId())
        .setVariable("diploma", "Verzorgende IG").correlate();
    Assertions.assertThat(scholingen.findByTrajectId(traject(pi).getId()))
        .extracting(Scholing::getUitkomst).containsExactly(ScholingUitkomst.AFGEROND);

    extern(pi, "sociale-partners.vacatures-matchen", vacature());
    assertThat(task(pi)).hasCandidateGroup("consulent-uwv-AMR15");
    // the consulent sees what is reserved, the most the placement may book
    Assertions.assertThat(taskService().getVariableLocal(task(pi).getId(), "gereserveerdBedrag"))
        .isEqualTo(3_000L);
    complete(task("PlaatsingBevestigen", pi), withVariables("plaatsingBevestigd", true, "besteedBedrag", 2_500L,
        "startdatum", "2027-01-04"));

    assertThat(pi).isEnded().hasPassed("Geplaatst", "BudgetAfrekenen", "TrajectAfsluiten", "TrajectGeplaatst");
    Traject traject = traject(pi);
    Assertions.assertThat(traject.getStatus()).isEqualTo(TrajectStatus.GEPLAATST);
    Assertions.assertThat(plaatsingen.findByTrajectId(traject.getId()))
        .extracting(Plaatsing::getSector, Plaatsing::getBesteedBedrag)
        .containsExactly(tuple("ZORG", 2_500L));
    // spent what was spent, the rest of the reservation back in the pot
    Assertions.assertThat(geboekt(pi)).containsEntry(MutatieSoort.RESERVERING, euro(3_000))
        .containsEntry(MutatieSoort.BESTEDING, euro(2_500)).containsEntry(MutatieSoort.VRIJGAVE, euro(500));
    Assertions.assertThat(fasen(pi)).containsExactly("AANMELDING", "INTAKE", "UITKERINGSCHECK",
        "WERKPLAN", "BUDGET", "VERWIJZING", "SCHOLING", "PLAATSING");
  }

  // ------------------------------------------------------------------ budget approval

  @Test
  void smallAmountsAreApprovedAutomatically() {
    ProcessInstance pi = totWerkplan("WW", "GEEN", Werksituatie.WERKZOEKEND);
    werkplan(pi, false, 800L);

    assertThat(pi).isWaitingAt("VerwijzenUwv").variables().containsEntry("budgetUitkomst", "GOEDGEKEURD");
    assertThat(budgetAanvraag(pi)).isEnded().hasPassed("BudgetReserveren", "BudgetBesloten")
        .hasNotPassed("BudgetBeoordelen");
    Assertions.assertThat(geboekt(pi)).containsOnly(Map.entry(MutatieSoort.RESERVERING, euro(800)));
  }

  @Test
  void aRejectionSendsTheWerkplanBackWithTheReasonAndReservesNothing() {
    ProcessInstance pi = totWerkplan("WW", "GEEN", Werksituatie.WERKZOEKEND);
    werkplan(pi, false, 2_000L);

    beoordeel(budgetAanvraag(pi), "anna", false);

    assertThat(pi).isWaitingAt("WerkplanOpstellen").variables()
        .containsEntry("budgetUitkomst", "AFGEWEZEN").containsEntry("afwijzingsreden", "Toelichting van anna");
    Assertions.assertThat(geboekt(pi)).isEmpty();

    // the next version of the werkplan asks less and passes
    werkplan(pi, false, 500L);
    assertThat(pi).isWaitingAt("VerwijzenUwv");
    Assertions.assertThat(werkplannen.findByTrajectIdOrderByVersie(traject(pi).getId()))
        .extracting(w -> w.getVersie()).containsExactly(1, 2);
  }

  @Test
  @VerwachtFout(value = "Vier ogen: de tweede beoordeling moet door een andere budgethouder dan anna",
      reden = "an administrator assigns the second approval to the first budget holder: the listener refuses it")
  void aboveTheThresholdASecondBudgetHolderDecidesAndItCannotBeTheFirst() {
    ProcessInstance pi = totWerkplan("WW", "GEEN", Werksituatie.WERKZOEKEND);
    werkplan(pi, false, 7_500L);
    ProcessInstance aanvraag = budgetAanvraag(pi);
    beoordeel(aanvraag, "anna", true);
    assertThat(aanvraag).isWaitingAt("BudgetTweedeBeoordeling");
    Assertions.assertThat(geboekt(pi)).isEmpty();

    String tweede = task("BudgetTweedeBeoordeling", aanvraag).getId();
    // the first budget holder does not even see it in the Tasklist, while the others do
    Assertions.assertThat(zietTaak("bram", tweede)).isTrue();
    Assertions.assertThat(zietTaak("anna", tweede)).isFalse();
    alsBudgethouder("anna", () -> assertThatThrownBy(() -> taskService().claim(tweede, "anna"))
        .isInstanceOf(AuthorizationException.class));
    // nor can anyone else hand it to them (here the engine itself, as an administrator would)
    assertThatThrownBy(() -> taskService().claim(tweede, "anna")).hasRootCauseInstanceOf(AuthorizationException.class);
    Assertions.assertThat(task("BudgetTweedeBeoordeling", aanvraag).getAssignee()).isNull();

    assertThat(aanvraag).variables().containsEntry("eersteBesluit", "Goedgekeurd")
        .containsEntry("eersteToelichting", "Toelichting van anna").doesNotContainKey("tweedeBesluit");
    tweedeBeoordeling(aanvraag, "bram", "GOEDGEKEURD");
    assertThat(pi).isWaitingAt("VerwijzenUwv");
    Assertions.assertThat(geboekt(pi)).containsOnly(Map.entry(MutatieSoort.RESERVERING, euro(7_500)));
  }

  @Test
  void theSecondBudgetHolderCanReject() {
    ProcessInstance pi = totWerkplan("WW", "GEEN", Werksituatie.WERKZOEKEND);
    werkplan(pi, false, 7_500L);
    ProcessInstance aanvraag = budgetAanvraag(pi);
    beoordeel(aanvraag, "anna", true);
    tweedeBeoordeling(aanvraag, "bram", "AFGEWEZEN");

    assertThat(aanvraag).isEnded().hasPassed("BudgetAfgewezen");
    assertThat(pi).isWaitingAt("WerkplanOpstellen").variables().containsEntry("budgetUitkomst", "AFGEWEZEN")
        .containsEntry("afwijzingsreden", "Tweede oordeel van bram");
    Assertions.assertThat(geboekt(pi)).isEmpty();
  }

  @Test
  void insufficientBudgetIsAnOutcomeThatSendsTheWerkplanBack() {
    ProcessInstance pi = totWerkplan(walkIn("gids.amr03", KRAPPE_REGIO, TestBsn.random()), "WW", "GEEN",
        Werksituatie.WERKZOEKEND);
    werkplan(pi, false, 900L);

    assertThat(pi).isWaitingAt("WerkplanOpstellen").variables().containsEntry("budgetUitkomst", "ONTOEREIKEND")
        .containsEntry("afwijzingsreden", "Onvoldoende ontschot budget in de regio (vrij: EUR 100.00)");
    Assertions.assertThat(geboekt(pi)).isEmpty();
  }

  // ------------------------------------------------------------------ scholing

  @Test
  void aFullCourseSendsTheWerkplanBack() {
    ProcessInstance pi = totScholing();

    LockedExternalTask inschrijven = fetch(pi, "roc.inschrijven");
    externalTaskService().handleBpmnError(inschrijven.getId(), "test", "OPLEIDING_VOL", "Opleiding VZ-MBO3-AMR15 is vol");

    assertThat(pi).isWaitingAt("WerkplanOpstellen").hasPassed("OpleidingVol");
    assertThat(pi).variables().containsEntry("afwijzingsreden",
        "Het ROC weigert de inschrijving: Opleiding VZ-MBO3-AMR15 is vol. Kies een andere opleiding.");
    Assertions.assertThat(scholingen.findByTrajectId(traject(pi).getId()))
        .extracting(Scholing::getOpleiding, Scholing::getUitkomst)
        .containsExactly(tuple(OPLEIDING, ScholingUitkomst.VOL));
  }

  @Test
  void aCourseTheRocDoesNotKnowSendsTheWerkplanBackInsteadOfAnIncident() {
    ProcessInstance pi = totScholing();

    LockedExternalTask inschrijven = fetch(pi, "roc.inschrijven");
    externalTaskService().handleBpmnError(inschrijven.getId(), "test", "OPLEIDING_ONBEKEND");

    assertThat(pi).isWaitingAt("WerkplanOpstellen").hasPassed("OpleidingVol");
    assertThat(pi).variables().containsEntry("afwijzingsreden",
        "Het ROC weigert de inschrijving: OPLEIDING_ONBEKEND. Kies een andere opleiding.");
    Assertions.assertThat(runtimeService().createIncidentQuery()
        .processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void anAbortedCourseSendsTheWerkplanBack() {
    ProcessInstance pi = totScholing();
    extern(pi, "roc.inschrijven", Map.of("inschrijvingKenmerk", "I-2"));

    runtimeService().createMessageCorrelation("ScholingAfgebroken").processInstanceId(pi.getId())
        .setVariable("afbreekreden", "Ziek").correlate();

    assertThat(pi).isWaitingAt("WerkplanOpstellen").variables().containsEntry("afwijzingsreden", "Scholing afgebroken");
    Assertions.assertThat(scholingen.findByTrajectId(traject(pi).getId()))
        .extracting(Scholing::getUitkomst, Scholing::getToelichting)
        .containsExactly(tuple(ScholingUitkomst.AFGEBROKEN, "Ziek"));
  }

  @Test
  void silenceFromTheRocMakesAFollowUpTaskAndWaitsAgain() {
    ProcessInstance pi = totScholing();
    extern(pi, "roc.inschrijven", Map.of("inschrijvingKenmerk", "I-3"));

    Job stilte = job("NietsGehoord", pi);
    assertVerlooptNa(stilte, Duration.ofDays(30));
    execute(stilte);
    assertThat(pi).isWaitingAt("ScholingOpvolgen");
    assertThat(task(pi)).hasCandidateGroup("consulent-uwv-AMR15");
    complete(task(pi), withVariables("opvolgNotitie", "Gebeld"));

    assertThat(pi).isWaitingAt("WachtOpRoc");
    Assertions.assertThat(notities.findByTrajectIdOrderByVastgelegdOp(traject(pi).getId()))
        .extracting(Notitie::getTaak, Notitie::getTekst).containsExactly(tuple("ScholingOpvolgen", "Gebeld"));
    assertThat(pi).variables().doesNotContainKey("opvolgNotitie");
    Assertions.assertThat(scholingen.findByTrajectId(traject(pi).getId()))
        .extracting(Scholing::getUitkomst).containsExactly(ScholingUitkomst.LOPEND);
  }

  @Test
  void aCourseFinishedWhileTheFollowUpIsOpenEndsTheFollowUpAndGoesOnToThePlacement() {
    ProcessInstance pi = totOpvolging("I-4");

    // the consulent is still calling the ROC when its message arrives: it is not lost
    runtimeService().createMessageCorrelation("ScholingAfgerond").processInstanceBusinessKey(pi.getBusinessKey())
        .setVariable("diploma", "Verzorgende IG").correlate();

    assertThat(pi).isWaitingAt("VacaturesMatchen").hasPassed("AfgerondTijdensOpvolgen", "ScholingKlaar");
    Assertions.assertThat(taskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("ScholingOpvolgen").count()).isZero();
    Assertions.assertThat(scholingen.findByTrajectId(traject(pi).getId()))
        .extracting(Scholing::getUitkomst).containsExactly(ScholingUitkomst.AFGEROND);
  }

  @Test
  void aCourseAbortedWhileTheFollowUpIsOpenSendsTheWerkplanBack() {
    ProcessInstance pi = totOpvolging("I-5");

    runtimeService().createMessageCorrelation("ScholingAfgebroken").processInstanceBusinessKey(pi.getBusinessKey())
        .setVariable("afbreekreden", "Verhuisd naar het buitenland").correlate();

    assertThat(pi).isWaitingAt("WerkplanOpstellen").hasPassed("AfgebrokenTijdensOpvolgen")
        .variables().containsEntry("afwijzingsreden", "Scholing afgebroken");
    Assertions.assertThat(taskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("ScholingOpvolgen").count()).isZero();
    Assertions.assertThat(scholingen.findByTrajectId(traject(pi).getId()))
        .extracting(Scholing::getUitkomst, Scholing::getToelichting)
        .containsExactly(tuple(ScholingUitkomst.AFGEBROKEN, "Verhuisd naar het buitenland"));
  }

  /** Enrolled, the ROC silent for the follow-up term: the consulent's follow-up task is open. */
  private ProcessInstance totOpvolging(String inschrijving) {
    ProcessInstance pi = totScholing();
    extern(pi, "roc.inschrijven", Map.of("inschrijvingKenmerk", inschrijving));
    execute(job("NietsGehoord", pi));
    assertThat(pi).isWaitingAt("ScholingOpvolgen");
    return pi;
  }

  // ------------------------------------------------------------------ plaatsing

  @Test
  void noVacancyNowSearchesAgainLaterAndAFallenThroughPlacementSearchesAgain() {
    ProcessInstance pi = totPlaatsing();

    extern(pi, "sociale-partners.vacatures-matchen", Map.of("vacatureGevonden", false));
    assertThat(pi).isWaitingAt("VacatureOpnieuw");
    Job opnieuw = job("VacatureOpnieuw", pi);
    assertVerlooptNa(opnieuw, Duration.ofDays(7));
    execute(opnieuw);
    extern(pi, "sociale-partners.vacatures-matchen", vacature());

    String bevestigen = task("PlaatsingBevestigen", pi).getId();
    assertThatThrownBy(() -> taskService().complete(bevestigen, Map.of("plaatsingBevestigd", false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("waarom");
    assertThatThrownBy(() -> taskService().complete(bevestigen, Map.of("plaatsingBevestigd", true, "besteedBedrag", 901L)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("hoger dan het gereserveerde");
    complete(task("PlaatsingBevestigen", pi),
        withVariables("plaatsingBevestigd", false, "nietGeplaatstReden", "KANDIDAAT_WIL_NIET"));

    // the declined vacancy is not offered again at once: the next search is a round later
    assertThat(pi).isWaitingAt("VacatureOpnieuw");
    Assertions.assertThat(plaatsingen.findByTrajectId(traject(pi).getId())).isEmpty();
    opnieuw = job("VacatureOpnieuw", pi);
    assertVerlooptNa(opnieuw, Duration.ofDays(7));
    execute(opnieuw);
    assertThat(pi).isWaitingAt("VacaturesMatchen");
  }

  @Test
  void noPlacementInTimeSendsTheWerkplanBack() {
    ProcessInstance pi = totPlaatsing();
    extern(pi, "sociale-partners.vacatures-matchen", Map.of("vacatureGevonden", false));

    Job termijn = job("PlaatsingTermijnVerstreken", pi);
    assertVerlooptNa(termijn, Duration.ofDays(90));
    execute(termijn);

    assertThat(pi).isWaitingAt("WerkplanOpstellen").hasPassed("PlaatsingTermijnVerstreken");
    assertThat(pi).variables().containsEntry("afwijzingsreden", "Geen plaatsing binnen de termijn: werkplan bijstellen");
    // the reservation stays for the next version of the werkplan, which replaces it
    Assertions.assertThat(budget.gereserveerdVoor(traject(pi).getId())).isEqualTo(900L);
  }

  // ------------------------------------------------------------------ an employer's question (werkgeversvraag)

  /**
   * The trajectory's side of an employer's question, by its two messages (the whole route with the
   * werkgeversvraag process is WerkgeversvraagProcesTest): the consulent asks the person about a
   * proposal in any phase, and a hire interrupts the vacancy search and becomes the placement, with
   * the budget settled as for any placement.
   */
  @Test
  void aProposalIsDiscussedAndAHireThroughAnEmployersQuestionBecomesThePlacement() {
    ProcessInstance pi = totPlaatsing();

    runtimeService().createMessageCorrelation("Werkgeversvraag.Voordracht").processInstanceBusinessKey(pi.getBusinessKey())
        .correlate();
    assertThat(pi).isWaitingAt("VacaturesMatchen", "VoordrachtBespreken");
    assertThat(task("VoordrachtBespreken", pi)).hasCandidateGroup("consulent-uwv-AMR15");
    complete(task("VoordrachtBespreken", pi), withVariables("kandidaatAkkoord", true));
    assertThat(pi).isWaitingAt("VacaturesMatchen").hasPassed("VoordrachtBesproken");
    assertThat(pi).variables().doesNotContainKey("kandidaatAkkoord");

    runtimeService().createMessageCorrelation("Werkgeversvraag.Aangenomen").processInstanceBusinessKey(pi.getBusinessKey())
        .setVariables(Map.of("vacatureId", "wv-1", "werkgever", "Zorggroep Amstel", "functie", "Helpende",
            "plaatsingBevestigd", true))
        .correlate();
    assertThat(pi).isWaitingAt("AannameBevestigen");
    assertThat(pi).variables().doesNotContainKeys("werkgever", "functie");
    Assertions.assertThat(taskService().getVariable(task(pi).getId(), "werkgever")).isEqualTo("Zorggroep Amstel");
    String bevestigen = task("AannameBevestigen", pi).getId();
    assertThatThrownBy(() -> taskService().complete(bevestigen, Map.of("besteedBedrag", 901L, "startdatum", "2027-02-01")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("hoger dan het gereserveerde");
    complete(task("AannameBevestigen", pi), withVariables("besteedBedrag", 600L, "startdatum", "2027-02-01"));

    assertThat(pi).isEnded().hasPassed("AangenomenDoorWerkgever", "BudgetAfrekenen", "TrajectGeplaatst")
        .hasNotPassed("PlaatsingBevestigen");
    Assertions.assertThat(traject(pi).getStatus()).isEqualTo(TrajectStatus.GEPLAATST);
    Assertions.assertThat(plaatsingen.findByTrajectId(traject(pi).getId()))
        .extracting(Plaatsing::getWerkgever, Plaatsing::getBesteedBedrag).containsExactly(tuple("Zorggroep Amstel", 600L));
    Assertions.assertThat(geboekt(pi)).containsEntry(MutatieSoort.BESTEDING, euro(600))
        .containsEntry(MutatieSoort.VRIJGAVE, euro(300));
  }

  // ------------------------------------------------------------------ beëindiging in every phase

  @Test
  void endingDuringIntakeLetsThePersonSignUpAgain() {
    String bsn = TestBsn.random();
    ProcessInstance pi = walkIn(bsn);

    beeindig(pi);

    ProcessInstance opnieuw = walkIn(bsn);
    assertThat(opnieuw).isWaitingAt("Intake");
    Assertions.assertThat(traject(opnieuw).getId()).isNotEqualTo(traject(pi).getId());
  }

  @Test
  void endingDuringWerkplan() {
    beeindig(totWerkplan("WW", "GEEN", Werksituatie.WERKZOEKEND));
  }

  @Test
  void endingDuringBudgetApproval() {
    ProcessInstance pi = totWerkplan("WW", "GEEN", Werksituatie.WERKZOEKEND);
    werkplan(pi, false, 2_000L);
    ProcessInstance aanvraag = budgetAanvraag(pi);

    beeindig(pi);
    assertThat(aanvraag).isEnded();
  }

  @Test
  void endingDuringScholingReleasesTheReservation() {
    ProcessInstance pi = totScholing();
    extern(pi, "roc.inschrijven", Map.of("inschrijvingKenmerk", "I-4"));

    beeindig(pi);

    Assertions.assertThat(geboekt(pi)).containsEntry(MutatieSoort.RESERVERING, euro(900))
        .containsEntry(MutatieSoort.VRIJGAVE, euro(900));
  }

  @Test
  void endingDuringPlaatsingReleasesTheReservation() {
    ProcessInstance pi = totPlaatsing();

    beeindig(pi);

    Assertions.assertThat(geboekt(pi)).containsEntry(MutatieSoort.VRIJGAVE, euro(900));
  }

  // ------------------------------------------------------------------ helpers

  private void beeindig(ProcessInstance pi) {
    runtimeService().createMessageCorrelation("TrajectBeeindigen").processInstanceId(pi.getId())
        .setVariable("beeindigingsreden", "TERUGGETROKKEN").correlate();

    assertThat(pi).isEnded().hasPassed("ReserveringVrijgeven", "BeeindigdTrajectAfsluiten", "Beeindigd");
    Traject traject = traject(pi);
    Assertions.assertThat(traject.getStatus()).isEqualTo(TrajectStatus.BEEINDIGD);
    Assertions.assertThat(traject.getBeeindigingsreden()).isEqualTo("TERUGGETROKKEN");
    Assertions.assertThat(budget.gereserveerdVoor(traject.getId())).isZero();
  }

  /** A walk-in at the desk of AMR15: the start form in Tasklist, as a gids of that region submits it. */
  private ProcessInstance walkIn(String bsn) {
    return walkIn("gids.amr15", "EIGEN", bsn);
  }

  private ProcessInstance walkIn(String gids, String regio, String bsn) {
    String eigenRegio = gids.substring(gids.indexOf('.') + 1).toUpperCase();
    identityService().setAuthentication(gids, List.of(WerkcentrumRoles.MEDEWERKERS,
        WerkcentrumRoles.regionGroup(WerkcentrumRoles.GIDS, eigenRegio)));
    try {
      return formService().submitStartForm(repositoryService().createProcessDefinitionQuery()
          .processDefinitionKey("werkcentrum-traject").latestVersion().singleResult().getId(),
          Map.of("bsn", bsn, "regio", regio));
    } finally {
      identityService().clearAuthentication();
    }
  }

  private ProcessInstance aanmeldingVia(String bericht, Kanaal kanaal, String bsn) {
    return runtimeService().createMessageCorrelation(bericht)
        .setVariables(Map.of("bsn", bsn, "regio", REGIO, "kanaal", kanaal.name())).correlateStartMessage();
  }

  private ProcessInstance totWerkplan(String uwvUitkering, String gemeenteUitkering, Werksituatie werksituatie) {
    return totWerkplan(walkIn(TestBsn.random()), uwvUitkering, gemeenteUitkering, werksituatie);
  }

  private ProcessInstance totWerkplan(ProcessInstance pi, String uwvUitkering, String gemeenteUitkering,
      Werksituatie werksituatie) {
    complete(task("Intake", pi), withVariables("werksituatie", werksituatie.name(),
        "doelgroep", "STATUSHOUDER", "sector", "ZORG", "intakeVerslag", "verslag"));
    assertThat(pi).isWaitingAt("UwvUitkeringControleren", "GemeenteUitkeringControleren");
    extern(pi, "uwv.uitkering-controleren", Map.of("uwvUitkering", uwvUitkering));
    extern(pi, "gemeente.uitkering-controleren", Map.of("gemeenteUitkering", gemeenteUitkering));
    // both checks continue asynchronously, so two partners answering at once never collide at the join
    execute(job("UwvUitkeringControleren", pi));
    execute(job("GemeenteUitkeringControleren", pi));
    assertThat(pi).isWaitingAt("WerkplanOpstellen").hasPassed("RegiepartnerBepalen");
    return pi;
  }

  private void werkplan(ProcessInstance pi, boolean scholing, long bedrag) {
    Map<String, Object> v = new HashMap<>(Map.of("activiteiten", "Sollicitatietraining",
        "scholingNodig", scholing, "budgetBedrag", bedrag));
    if (scholing) {
      v.put("opleiding", OPLEIDING);
    }
    complete(task("WerkplanOpstellen", pi), v);
  }

  private ProcessInstance totScholing() {
    ProcessInstance pi = totWerkplan("WW", "GEEN", Werksituatie.WERKZOEKEND);
    werkplan(pi, true, 900L);
    extern(pi, "uwv.verwijzen", Map.of("verwijzingKenmerk", "V-2"));
    assertThat(pi).isWaitingAt("RocInschrijven");
    return pi;
  }

  private ProcessInstance totPlaatsing() {
    ProcessInstance pi = totWerkplan("WIA", "GEEN", Werksituatie.WERKZOEKEND);
    werkplan(pi, false, 900L);
    extern(pi, "uwv.verwijzen", Map.of("verwijzingKenmerk", "V-3"));
    assertThat(pi).isWaitingAt("VacaturesMatchen").hasPassed("ScholingKlaar");
    return pi;
  }

  private static Map<String, Object> vacature() {
    return Map.of("vacatureGevonden", true, "vacatureId", "VAC-0043", "werkgever", "Zorggroep", "functie", "Verzorgende IG");
  }

  /** The trajectory's budget approval, running or ended. */
  private ProcessInstance budgetAanvraag(ProcessInstance traject) {
    String id = historyService().createHistoricProcessInstanceQuery().superProcessInstanceId(traject.getId())
        .processDefinitionKey("ontschot-budget-goedkeuring").orderByProcessInstanceStartTime().desc().list()
        .get(0).getId();
    ProcessInstance lopend = runtimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    return lopend != null ? lopend : new AfgelopenInstantie(id, traject.getBusinessKey());
  }

  /** An instance that ended before the test could hold it, for the assertions on its history. */
  private record AfgelopenInstantie(String getId, String getBusinessKey) implements ProcessInstance {
    @Override
    public String getProcessInstanceId() {
      return getId;
    }

    @Override
    public boolean isEnded() {
      return true;
    }

    @Override
    public boolean isSuspended() {
      return false;
    }

    @Override
    public String getProcessDefinitionId() {
      return null;
    }

    @Override
    public String getProcessDefinitionKey() {
      return "ontschot-budget-goedkeuring";
    }

    @Override
    public String getRootProcessInstanceId() {
      return null;
    }

    @Override
    public String getCaseInstanceId() {
      return null;
    }

    @Override
    public String getTenantId() {
      return null;
    }
  }

  private void beoordeel(ProcessInstance aanvraag, String budgethouder, boolean goed) {
    String id = task("BudgetBeoordelen", aanvraag).getId();
    taskService().claim(id, budgethouder);
    taskService().complete(id, Map.of("budgetGoedgekeurd", goed, "budgetToelichting", "Toelichting van " + budgethouder));
  }

  private boolean zietTaak(String budgethouder, String taakId) {
    boolean[] ziet = new boolean[1];
    alsBudgethouder(budgethouder, () -> ziet[0] = taskService().createTaskQuery().taskId(taakId).count() == 1);
    return ziet[0];
  }

  private static void alsBudgethouder(String budgethouder, Runnable stap) {
    identityService().setAuthentication(budgethouder, List.of(WerkcentrumRoles.regionGroup("budgethouder", REGIO)));
    try {
      stap.run();
    } finally {
      identityService().clearAuthentication();
    }
  }

  private void tweedeBeoordeling(ProcessInstance aanvraag, String budgethouder, String besluit) {
    String id = task("BudgetTweedeBeoordeling", aanvraag).getId();
    taskService().claim(id, budgethouder);
    taskService().complete(id, Map.of("tweedeBesluit", besluit, "tweedeToelichting", "Tweede oordeel van " + budgethouder));
  }

  private void extern(ProcessInstance pi, String topic, Map<String, Object> resultaat) {
    externalTaskService().complete(fetch(pi, topic).getId(), "test", resultaat);
  }

  /** This instance's task only: the instances of earlier tests wait on the same topics. */
  private LockedExternalTask fetch(ProcessInstance pi, String topic) {
    List<LockedExternalTask> taken = externalTaskService().fetchAndLock(1, "test")
        .topic(topic, 10_000).businessKey(pi.getBusinessKey()).execute();
    Assertions.assertThat(taken).as("external task on " + topic).hasSize(1);
    return taken.get(0);
  }

  private Traject traject(ProcessInstance pi) {
    String businessKey = pi.getBusinessKey() != null ? pi.getBusinessKey()
        : historyService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey();
    return trajecten.findById(UUID.fromString(businessKey)).orElseThrow();
  }

  /** What the ledger booked for the trajectory, per kind. */
  private Map<MutatieSoort, BigDecimal> geboekt(ProcessInstance pi) {
    UUID trajectId = traject(pi).getId();
    Map<MutatieSoort, BigDecimal> totalen = new EnumMap<>(MutatieSoort.class);
    for (UUID pot : mutaties.pottenVanTraject(trajectId)) {
      mutaties.totalenVanTraject(pot, trajectId).forEach(t -> totalen.merge(t.getSoort(), t.getBedrag(), BigDecimal::add));
    }
    totalen.replaceAll((soort, bedrag) -> bedrag.setScale(2));
    return totalen;
  }

  private static BigDecimal euro(long bedrag) {
    return BigDecimal.valueOf(bedrag).setScale(2);
  }

  private List<String> fasen(ProcessInstance pi) {
    return jdbc.queryForList("select fase from wc_traject_fase where traject_id = ? order by begonnen_op",
        String.class, traject(pi).getId());
  }

  /** A timer's due date: its term from configuration, counted from now. */
  private static void assertVerlooptNa(Job timer, Duration termijn) {
    Assertions.assertThat(timer.getDuedate().toInstant())
        .isCloseTo(Instant.now().plus(termijn), within(Duration.ofMinutes(5)));
  }

  private record Tellingen(long instanties, long trajecten, long personen, long aanmeldingen) {
  }

  private Tellingen tellingen() {
    return new Tellingen(historyService().createHistoricProcessInstanceQuery().processDefinitionKey("werkcentrum-traject")
        .count(), trajecten.count(), werkzoekenden.count(), aanmeldingen.count());
  }
}
