package nl.werkcentrum.app.proces;

import nl.werkcentrum.app.support.Procesdekking;
import nl.werkcentrum.app.baliegesprek.Baliegesprek;
import nl.werkcentrum.app.baliegesprek.BaliegesprekRepository;
import nl.werkcentrum.app.baliegesprek.Doorverwijzing;
import nl.werkcentrum.app.baliegesprek.Vraagsoort;
import nl.werkcentrum.app.security.WerkcentrumRoles;
import nl.werkcentrum.app.support.EngineTabellen;
import nl.werkcentrum.app.support.TestBsn;
import nl.werkcentrum.app.traject.Kanaal;
import nl.werkcentrum.app.traject.Traject;
import nl.werkcentrum.app.traject.TrajectRepository;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
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

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

/**
 * Every path of the gids's advice without a trajectory ({@code vraag-aan-de-balie}) on the
 * application itself: real delegates, our table, the trajectory it may become. 100% of its flow
 * nodes and sequence flows; the trajectory it starts is covered by TrajectProcesTest.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:balieproces;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@Import(Procesdekking.Plugin.class)
class BaliegesprekProcesTest {

  static final String PROCES = "vraag-aan-de-balie";
  static final String ADVIES = "Kijk op werk.nl bij zorgvacatures in Amstelveen";

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
  BaliegesprekRepository gesprekken;
  @Autowired
  TrajectRepository trajecten;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void tearDown() {
    identityService().clearAuthentication();
  }

  @Test
  void anAdviceWithoutFollowUpIsKeptInOurTableOnlyAndEnds() {
    ProcessInstance pi = vraag("gids.amr15", "EIGEN", "VACATURES", ADVIES, "UWV", false);

    assertThat(pi).isEnded().hasPassed("VraagGesteld", "VraagVastleggen", "Geadviseerd");
    Baliegesprek gesprek = gesprek(pi);
    Assertions.assertThat(gesprek.getRegio()).isEqualTo("AMR15");
    Assertions.assertThat(gesprek.getVraagsoort()).isEqualTo(Vraagsoort.VACATURES);
    Assertions.assertThat(gesprek.getDoorverwijzing()).isEqualTo(Doorverwijzing.UWV);
    Assertions.assertThat(gesprek.getAdvies()).isEqualTo(ADVIES);
    Assertions.assertThat(gesprek.getGevoerdDoor()).isEqualTo("gids.amr15");
    Assertions.assertThat(gesprek.getTrajectId()).isNull();
    // the advice is ours: not in any engine table, runtime or history; only routing facts are
    Assertions.assertThat(EngineTabellen.waarVindtMen(jdbc, ADVIES)).isEmpty();
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
        .extracting(v -> v.getName()).containsOnly("regio", "vervolgGewenst");
    Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
        .singleResult().getBusinessKey()).isEqualTo("BALIE-" + gesprek.getId());
  }

  @Test
  void aFollowUpAsksTheBsnOnlyWhenTurnedIntoATrajectoryWhichStartsAsAWalkIn() {
    ProcessInstance pi = vraag("gids.amr15", "EIGEN", "LOOPBAAN", "", "GEEN", true);
    assertThat(pi).isWaitingAt("OmzettenNaarTraject");
    assertThat(task(pi)).hasCandidateGroup("gids-AMR15");
    Assertions.assertThat(gesprek(pi).getAdvies()).isNull();
    String bsn = TestBsn.random();

    afronden(pi, "gids.amr15", Map.of("omzetten", true, "bsn", bsn));

    assertThat(pi).isEnded().hasPassed("OmzettenNaarTraject", "TrajectGestart");
    UUID trajectId = gesprek(pi).getTrajectId();
    Assertions.assertThat(trajectId).isNotNull();
    Assertions.assertThat(gesprek(pi).getOmgezetOp()).isNotNull();
    Traject traject = trajecten.findById(trajectId).orElseThrow();
    Assertions.assertThat(traject.getKanaal()).isEqualTo(Kanaal.WERKCENTRUM);
    Assertions.assertThat(traject.getRegio()).isEqualTo("AMR15");
    ProcessInstance trajectInstantie = runtimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(trajectId.toString()).singleResult();
    assertThat(trajectInstantie).isWaitingAt("Intake");
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName("trajectId").singleResult().getValue()).isEqualTo(trajectId.toString());
    Assertions.assertThat(EngineTabellen.waarVindtMen(jdbc, bsn)).isEmpty();
  }

  @Test
  void aBsnFailingThe11ProefIsRefusedOnTheFormThenTheGidsClosesWithoutTrajectory() {
    ProcessInstance pi = vraag("gids.amr15", "EIGEN", "UITKERING", ADVIES, "GEMEENTE", true);
    long trajectenVoor = trajecten.count();

    assertThatThrownBy(() -> afronden(pi, "gids.amr15", Map.of("omzetten", true, "bsn", "123456789")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Geen geldig BSN");
    assertThat(pi).isWaitingAt("OmzettenNaarTraject");
    Assertions.assertThat(trajecten.count()).isEqualTo(trajectenVoor);

    afronden(pi, "gids.amr15", Map.of("omzetten", false));
    assertThat(pi).isEnded().hasPassed("GeenTraject").hasNotPassed("TrajectGestart");
    Assertions.assertThat(gesprek(pi).getTrajectId()).isNull();
    Assertions.assertThat(trajecten.count()).isEqualTo(trajectenVoor);
  }

  @Test
  void aPersonWithARunningTrajectoryIsLinkedToItAndTheGidsIsTold() {
    String bsn = TestBsn.random();
    ProcessInstance eerste = vraag("gids.amr15", "EIGEN", "SCHOLING", ADVIES, "ROC", true);
    afronden(eerste, "gids.amr15", Map.of("omzetten", true, "bsn", bsn));
    UUID lopend = gesprek(eerste).getTrajectId();
    ProcessInstance tweede = vraag("gids.amr15", "AMR15", "SCHOLING", ADVIES, "ROC", true);

    afronden(tweede, "gids.amr15", Map.of("omzetten", true, "bsn", bsn));

    Assertions.assertThat(gesprek(tweede).getTrajectId()).isEqualTo(lopend);
    // the walk-in path tells the gids where the running trajectory is
    Assertions.assertThat(taskService().createTaskQuery().taskDefinitionKey("DoorgezetMelden")
        .taskAssignee("gids.amr15").list()).isNotEmpty();
  }

  @Test
  void aFollowUpNobodyCameBackForEndsAfterItsTerm() {
    ProcessInstance pi = vraag("gids.amr15", "EIGEN", "ANDERS", null, "SOCIALE_PARTNERS", true);
    Job timer = job("VervolgVerlopen", pi);
    Assertions.assertThat(timer.getDuedate().toInstant())
        .isCloseTo(Instant.now().plus(Duration.ofDays(30)), within(Duration.ofMinutes(5)));

    execute(timer);

    assertThat(pi).isEnded().hasPassed("NietTeruggekomen").hasNotPassed("Omgezet");
    Assertions.assertThat(gesprek(pi).getTrajectId()).isNull();
  }

  @Test
  void aQuestionInAnotherRegionOrOfAnUnknownTypeIsRefusedAndNothingIsWritten() {
    long voor = gesprekken.count();

    assertThatThrownBy(() -> vraag("gids.amr15", "AMR24", "VACATURES", ADVIES, "GEEN", false))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("eigen regio");
    assertThatThrownBy(() -> vraag("gids.amr15", "EIGEN", "WONEN", ADVIES, "GEEN", false))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("soort vraag");
    assertThatThrownBy(() -> vraag("gids.amr15", "EIGEN", "VACATURES", ADVIES, "KVK", false))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("doorverwijzing");
    assertThatThrownBy(() -> vraag("coordinator.amr15", "EIGEN", "VACATURES", ADVIES, "GEEN", false))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("geen gids");

    Assertions.assertThat(gesprekken.count()).isEqualTo(voor);
    Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCES)
        .count()).isEqualTo(voor);
  }

  private ProcessInstance vraag(String gebruiker, String regio, String vraagsoort, String advies,
      String doorverwijzing, boolean vervolg) {
    String rol = gebruiker.substring(0, gebruiker.indexOf('.'));
    String eigenRegio = gebruiker.substring(gebruiker.indexOf('.') + 1).toUpperCase();
    identityService().setAuthentication(gebruiker, List.of(WerkcentrumRoles.MEDEWERKERS,
        WerkcentrumRoles.regionGroup(rol, eigenRegio)));
    Map<String, Object> velden = new HashMap<>();
    velden.put("regio", regio);
    velden.put("vraagsoort", vraagsoort);
    velden.put("advies", advies);
    velden.put("doorverwijzing", doorverwijzing);
    velden.put("vervolgGewenst", vervolg);
    try {
      return formService().submitStartForm(repositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(PROCES).latestVersion().singleResult().getId(), velden);
    } finally {
      identityService().clearAuthentication();
    }
  }

  private void afronden(ProcessInstance pi, String gids, Map<String, Object> velden) {
    String eigenRegio = gids.substring(gids.indexOf('.') + 1).toUpperCase();
    identityService().setAuthentication(gids, List.of(WerkcentrumRoles.MEDEWERKERS,
        WerkcentrumRoles.regionGroup(WerkcentrumRoles.GIDS, eigenRegio)));
    try {
      taskService().complete(task("OmzettenNaarTraject", pi).getId(), velden);
    } finally {
      identityService().clearAuthentication();
    }
  }

  private Baliegesprek gesprek(ProcessInstance pi) {
    return gesprekken.findByProcessInstanceId(pi.getId()).orElseThrow();
  }
}
