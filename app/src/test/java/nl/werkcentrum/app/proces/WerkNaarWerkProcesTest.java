package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.support.Procesdekking;
import nl.werkcentrum.app.budget.Financier;
import nl.werkcentrum.app.budget.OntschotBudget;
import nl.werkcentrum.app.security.WerkcentrumRoles;
import nl.werkcentrum.app.support.EngineTabellen;
import nl.werkcentrum.app.support.TestBsn;
import nl.werkcentrum.app.traject.Kanaal;
import nl.werkcentrum.app.traject.Traject;
import nl.werkcentrum.app.traject.TrajectRepository;
import nl.werkcentrum.app.traject.TrajectStatus;
import nl.werkcentrum.app.werknaarwerk.Melder;
import nl.werkcentrum.app.werknaarwerk.WerkNaarWerk;
import nl.werkcentrum.app.werknaarwerk.WerkNaarWerkRepository;
import nl.werkcentrum.app.werknaarwerk.WerkNaarWerkUitkomst;
import org.assertj.core.api.Assertions;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.externalTaskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * Every path of van werk naar werk ({@code van-werk-naar-werk}) on the application itself: real
 * delegates, the budget approval it calls, our tables. 100% of its flow nodes and sequence flows;
 * the called budget approval is covered by TrajectProcesTest. The benefit checks run only on the
 * path where the ontslagdatum passed without new work.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:werknaarwerkproces;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@Import(Procesdekking.Plugin.class)
class WerkNaarWerkProcesTest {

  static final String PROCES = "van-werk-naar-werk";
  static final String REGIO = "AMR15";
  /** A region whose pot holds less than the course asked here. */
  static final String KRAPPE_REGIO = "AMR03";
  static final String KVK = "12345678";

  @RegisterExtension
  @Order(2)
  static final ProcessEngineCoverageExtension DEKKING =
      Procesdekking.volledig("werkcentrum-traject", "ontschot-budget-goedkeuring");

  @RegisterExtension
  @Order(1)
  static final TestInstancePostProcessor ENGINE_VAN_DE_APP = Procesdekking.engineVanDeApp(DEKKING);

  @Autowired
  ProcessEngine engine;
  @Autowired
  Clock clock;
  @Autowired
  OntschotBudget budget;
  @Autowired
  TrajectRepository trajecten;
  @Autowired
  WerkNaarWerkRepository routes;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    init(engine);
    int jaar = Year.now(clock).getValue();
    if (budget.overzicht(REGIO, jaar).gestort().signum() == 0) {
      budget.storten(REGIO, jaar, Financier.UWV, 1_000_000, "test");
    }
    if (budget.overzicht(KRAPPE_REGIO, jaar).gestort().signum() == 0) {
      budget.storten(KRAPPE_REGIO, jaar, Financier.GEMEENTE, 100, "test");
    }
  }

  @AfterEach
  void tearDown() {
    identityService().clearAuthentication();
  }

  @Test
  void aWerkendeAtTheDeskGetsLoopbaanadviesAndNewWorkWithoutAnyBenefitCheck() {
    String bsn = TestBsn.random();
    ProcessInstance pi = aanDeBalie(bsn, ontslag(60), KVK);

    assertThat(pi).isWaitingAt("Loopbaanadvies").hasPassed("WerkAanDeBalie", "WerkNaarWerkRegistreren",
        "WerkNaarWerkVastleggen", "BegeleidingStart");
    Traject traject = traject(pi);
    Assertions.assertThat(traject.getKanaal()).isEqualTo(Kanaal.WERKCENTRUM);
    Assertions.assertThat(traject.getRegiepartner()).isEqualTo("sociale-partners");
    WerkNaarWerk route = routes.findById(traject.getId()).orElseThrow();
    Assertions.assertThat(route.getMelder()).isEqualTo(Melder.PERSOON);
    Assertions.assertThat(route.getKvkNummer()).isEqualTo(KVK);
    Assertions.assertThat(route.getOntslagdatum()).isEqualTo(ontslag(60));
    assertThat(pi).variables().containsEntry("ontslagdatum", ontslag(60).toString())
        .containsEntry("regiepartner", "sociale-partners").doesNotContainKeys("bsn", "kvkNummer", "melder");
    // data minimisation: a person in work is not checked at UWV or the gemeente
    Assertions.assertThat(externalTaskService().createExternalTaskQuery().processInstanceId(pi.getId())
        .topicName("uwv.uitkering-controleren").count()).isZero();

    extern(pi, "sociale-partners.loopbaanadvies", Map.of("loopbaanadvies", "BEMIDDELING"));
    assertThat(pi).isWaitingAt("NieuwWerkBevestigen");
    assertThat(task(pi)).hasCandidateGroup("consulent-sociale-partners-AMR15");
    complete(task(pi), withVariables("nieuwWerkGevonden", true));

    assertThat(pi).isEnded().hasPassed("BegeleidingKlaar", "NieuwWerkAfronden", "NieuwWerkTrajectAfsluiten",
        "VanWerkNaarWerk").hasNotPassed("OntslagUwvUitkeringControleren", "OntslagGemeenteUitkeringControleren");
    Assertions.assertThat(traject(pi).getStatus()).isEqualTo(TrajectStatus.GEPLAATST);
    Assertions.assertThat(routes.findById(traject.getId()).orElseThrow().getUitkomst())
        .isEqualTo(WerkNaarWerkUitkomst.NIEUW_WERK);
    // the BSN and the employer are ours: in no engine table, runtime or history
    Assertions.assertThat(EngineTabellen.waarVindtMen(jdbc, bsn)).isEmpty();
    Assertions.assertThat(EngineTabellen.waarVindtMen(jdbc, KVK)).isEmpty();
  }

  @Test
  void scholingIsPaidFromTheOntschotBudgetAndWhenTheDatePassesWithoutWorkOnlyThenUwvAndGemeenteAreAsked() {
    ProcessInstance pi = viaSocialePartners(TestBsn.random(), REGIO, ontslag(30));
    Assertions.assertThat(routes.findById(traject(pi).getId()).orElseThrow().getMelder())
        .isEqualTo(Melder.SOCIALE_PARTNERS);

    extern(pi, "sociale-partners.loopbaanadvies", Map.of("loopbaanadvies", "SCHOLING", "sector", "ZORG"));
    assertThat(pi).isWaitingAt("ScholingAanvragen");
    complete(task(pi), withVariables("sector", "ZORG", "budgetBedrag", 800L));
    // up to 1,000 the approval is automatic: reserved, then booked as spent on the course
    assertThat(pi).hasPassed("ScholingBudget", "ScholingBekostigen").isWaitingAt("NieuwWerkBevestigen");
    Assertions.assertThat(besteed(traject(pi).getId())).isEqualTo(800L);

    complete(task(pi), withVariables("nieuwWerkGevonden", false));
    assertThat(pi).isWaitingAt("Loopbaanadvies");

    Job deadline = job("OntslagdatumBereikt", pi);
    Assertions.assertThat(deadline.getDuedate().toInstant())
        .isEqualTo(ontslag(30).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant());
    execute(deadline);

    assertThat(pi).hasPassed("OntslagReserveringVrijgeven")
        .isWaitingAt("OntslagUwvUitkeringControleren", "OntslagGemeenteUitkeringControleren");
    extern(pi, "uwv.uitkering-controleren", Map.of("uwvUitkering", "WW"));
    extern(pi, "gemeente.uitkering-controleren", Map.of("gemeenteUitkering", "GEEN"));
    execute(job("OntslagUwvUitkeringControleren", pi));
    execute(job("OntslagGemeenteUitkeringControleren", pi));
    assertThat(pi).isWaitingAt("OntslagZonderWerkOpvolgen");
    assertThat(task(pi)).hasCandidateGroup("coordinator-AMR15");
    complete(task(pi), withVariables("escalatieAfspraak", "Aangemeld bij de balie als werkzoekende"));

    assertThat(pi).isEnded().hasPassed("OntslagAfronden", "OntslagTrajectAfsluiten", "OntslagenZonderNieuwWerk");
    Traject traject = traject(pi);
    Assertions.assertThat(traject.getStatus()).isEqualTo(TrajectStatus.BEEINDIGD);
    Assertions.assertThat(traject.getBeeindigingsreden()).isEqualTo("ONTSLAGEN_ZONDER_WERK");
    Assertions.assertThat(routes.findById(traject.getId()).orElseThrow().getUitkomst())
        .isEqualTo(WerkNaarWerkUitkomst.ONTSLAGEN_ZONDER_WERK);
    Assertions.assertThat(jdbc.queryForObject("select count(*) from wc_notitie where traject_id = ?", Long.class,
        traject.getId())).isEqualTo(1);
  }

  @Test
  void scholingTheRegionsPotCannotPayGoesBackToTheConsulentWithTheReason() {
    ProcessInstance pi = viaSocialePartners(TestBsn.random(), KRAPPE_REGIO, ontslag(30));
    extern(pi, "sociale-partners.loopbaanadvies", Map.of("loopbaanadvies", "SCHOLING", "sector", "TECHNIEK"));

    complete(task(pi), withVariables("sector", "TECHNIEK", "budgetBedrag", 500L));

    assertThat(pi).isWaitingAt("ScholingAanvragen").hasNotPassed("ScholingBekostigen");
    assertThat(pi).variables().containsEntry("budgetUitkomst", "ONTOEREIKEND");
  }

  @Test
  void aPersonWithARunningRouteIsPassedOnToItAndItsGidsenSeeTheRepeatedSignUp() {
    String bsn = TestBsn.random();
    ProcessInstance eerste = viaSocialePartners(bsn, REGIO, ontslag(30));
    long routesVoor = routes.count();

    ProcessInstance tweede = viaSocialePartners(bsn, REGIO, ontslag(40));

    assertThat(tweede).isEnded().hasPassed("WerkNaarWerkDoorzetten", "AanLopendTrajectToegevoegd")
        .hasNotPassed("Begeleiding");
    assertThat(eerste).isWaitingAt("Loopbaanadvies", "WerkNaarWerkHerhaaldeAanmeldingBekijken");
    assertThat(task("WerkNaarWerkHerhaaldeAanmeldingBekijken", eerste)).hasCandidateGroup("gids-AMR15");
    Assertions.assertThat(routes.count()).isEqualTo(routesVoor);
    complete(task("WerkNaarWerkHerhaaldeAanmeldingBekijken", eerste));
    assertThat(eerste).hasPassed("WerkNaarWerkHerhaaldeAanmeldingBekeken").isWaitingAt("Loopbaanadvies");
  }

  @Test
  void aSignUpForTheTrajectoryOfSomeoneOnThisRouteIsPassedOnHereAndTheOtherWayRound() {
    String bsn = TestBsn.random();
    ProcessInstance route = viaSocialePartners(bsn, REGIO, ontslag(30));

    ProcessInstance aanmelding = runtimeService().createMessageCorrelation("Aanmelding.UWV")
        .processInstanceBusinessKey(UUID.randomUUID().toString())
        .setVariables(Map.of("bsn", bsn, "regio", REGIO, "kanaal", "UWV")).correlateStartMessage();

    assertThat(aanmelding).isEnded().hasPassed("AanmeldingDoorzetten");
    assertThat(route).isWaitingAt("Loopbaanadvies", "WerkNaarWerkHerhaaldeAanmeldingBekijken");

    String anderen = TestBsn.random();
    ProcessInstance traject = runtimeService().createMessageCorrelation("Aanmelding.UWV")
        .processInstanceBusinessKey(UUID.randomUUID().toString())
        .setVariables(Map.of("bsn", anderen, "regio", REGIO, "kanaal", "UWV")).correlateStartMessage();
    ProcessInstance bedreigd = viaSocialePartners(anderen, REGIO, ontslag(30));
    assertThat(bedreigd).isEnded().hasPassed("WerkNaarWerkDoorzetten");
    assertThat(traject).isWaitingAt("Intake", "HerhaaldeAanmeldingBekijken");
  }

  @Test
  void theWerkcentrumCanEndTheRouteAtAnyMomentAndAReservationIsReleased() {
    ProcessInstance pi = viaSocialePartners(TestBsn.random(), REGIO, ontslag(30));

    runtimeService().createMessageCorrelation("TrajectBeeindigen").processInstanceBusinessKey(pi.getBusinessKey())
        .setVariable("beeindigingsreden", "ZELF_WERK_GEVONDEN").correlate();

    assertThat(pi).isEnded().hasPassed("WerkNaarWerkBeeindigd", "BeeindigingReserveringVrijgeven",
        "BeeindigingAfronden", "BeeindigingTrajectAfsluiten", "WerkNaarWerkBeeindigdEinde");
    Assertions.assertThat(traject(pi).getStatus()).isEqualTo(TrajectStatus.BEEINDIGD);
    Assertions.assertThat(routes.findById(traject(pi).getId()).orElseThrow().getUitkomst())
        .isEqualTo(WerkNaarWerkUitkomst.BEEINDIGD);
  }

  @Test
  void aPastOntslagdatumOrABadKvkNummerIsRefusedAndNothingIsWritten() {
    long trajectenVoor = trajecten.count();
    long routesVoor = routes.count();

    assertThatThrownBy(() -> aanDeBalie(TestBsn.random(), ontslag(-1), null))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("verleden");
    assertThatThrownBy(() -> aanDeBalie(TestBsn.random(), ontslag(10), "1234"))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("KvK-nummer");
    assertThatThrownBy(() -> aanDeBalie("123456789", ontslag(10), null))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Geen geldig BSN");
    assertThatThrownBy(() -> viaSocialePartners(TestBsn.random(), REGIO, ontslag(-3)))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("verleden");
    assertThatThrownBy(() -> viaSocialePartners(TestBsn.random(), REGIO, null))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("ontslagdatum");

    Assertions.assertThat(trajecten.count()).isEqualTo(trajectenVoor);
    Assertions.assertThat(routes.count()).isEqualTo(routesVoor);
  }

  private LocalDate ontslag(int dagenVanafVandaag) {
    return LocalDate.now(clock).plusDays(dagenVanafVandaag);
  }

  private ProcessInstance aanDeBalie(String bsn, LocalDate ontslagdatum, String kvk) {
    identityService().setAuthentication("gids.amr15", List.of(WerkcentrumRoles.MEDEWERKERS,
        WerkcentrumRoles.regionGroup(WerkcentrumRoles.GIDS, REGIO)));
    Map<String, Object> velden = new HashMap<>();
    velden.put("bsn", bsn);
    velden.put("regio", "EIGEN");
    velden.put("ontslagdatum", ontslagdatum.toString());
    velden.put("kvkNummer", kvk);
    try {
      return formService().submitStartForm(repositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(PROCES).latestVersion().singleResult().getId(), velden);
    } finally {
      identityService().clearAuthentication();
    }
  }

  private ProcessInstance viaSocialePartners(String bsn, String regio, LocalDate ontslagdatum) {
    Map<String, Object> variabelen = new HashMap<>();
    variabelen.put("bsn", bsn);
    variabelen.put("regio", regio);
    variabelen.put("kanaal", "SOCIALE_PARTNERS");
    variabelen.put("ontslagdatum", ontslagdatum == null ? null : ontslagdatum.toString());
    return runtimeService().createMessageCorrelation("WerkNaarWerk.SocialePartners")
        .processInstanceBusinessKey(UUID.randomUUID().toString()).setVariables(variabelen).correlateStartMessage();
  }

  private void extern(ProcessInstance pi, String topic, Map<String, Object> resultaat) {
    List<LockedExternalTask> taken = externalTaskService().fetchAndLock(1, "test")
        .topic(topic, 10_000).businessKey(pi.getBusinessKey()).execute();
    Assertions.assertThat(taken).as("external task on " + topic).hasSize(1);
    externalTaskService().complete(taken.get(0).getId(), "test", resultaat);
  }

  private Traject traject(ProcessInstance pi) {
    return trajecten.findById(UUID.fromString(pi.getBusinessKey())).orElseThrow();
  }

  private long besteed(UUID trajectId) {
    return jdbc.queryForObject("select coalesce(sum(bedrag), 0) from wc_budget_mutatie where traject_id = ? "
        + "and soort = 'BESTEDING'", Long.class, trajectId);
  }
}
