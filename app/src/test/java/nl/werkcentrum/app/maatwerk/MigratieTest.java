package nl.werkcentrum.app.maatwerk;

import nl.werkcentrum.app.budget.Financier;
import nl.werkcentrum.app.budget.OntschotBudget;
import nl.werkcentrum.app.security.WerkcentrumRoles;
import nl.werkcentrum.app.support.TestBsn;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.externalTaskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * Every model change is checked against the trajectories already running: the previous released
 * version of werkcentrum-traject (the model as of commit 27a6c8c, a test resource) is deployed, an
 * instance is brought into every wait state on it, the instances are migrated to the current model
 * as a batch, and each then runs to its end on the current model. A version that drops a wait state
 * leaves the instances waiting there on their version, reported, and they still complete.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:migratie;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
class MigratieTest {

  static final String REGIO = "AMR15";
  static final String KEY = "werkcentrum-traject";
  static final List<String> FORMULIEREN = List.of("aanmelding-walk-in", "aanmelding-doorgezet", "herhaalde-aanmelding",
      "intake", "intake-escalatie", "werkplan", "scholing-opvolgen", "plaatsing-bevestigen");

  @Autowired
  ProcessEngine engine;
  @Autowired
  OntschotBudget budget;
  @Autowired
  Clock clock;
  @Autowired
  Migraties migraties;

  @BeforeEach
  void setUp() {
    init(engine);
    int jaar = Year.now(clock).getValue();
    if (budget.overzicht(REGIO, jaar).gestort().signum() == 0) {
      budget.storten(REGIO, jaar, Financier.UWV, 1_000_000, "test");
    }
  }

  @Test
  void instancesInEveryWaitStateOfThePreviousVersionMoveToTheCurrentOneAndComplete() throws IOException {
    ProcessDefinition vorige = deploy("werkcentrum-traject-27a6c8c.bpmn", bron("migratie/werkcentrum-traject-27a6c8c.bpmn20.xml"));
    Map<String, ProcessInstance> wachtend = inElkeWachtstand(vorige);
    ProcessDefinition huidige = deploy("werkcentrum-traject.bpmn", bron("werkcentrum/processes/werkcentrum-traject.bpmn"));

    Migraties.Rapport rapport = migraties.migreer(new Migraties.Verzoek(KEY, vorige.getVersion(), huidige.getVersion(),
        null, false), procesbeheerder(WerkcentrumRoles.PROCESBEHEERDER_LANDELIJK));

    Assertions.assertThat(rapport.geldig()).as(String.valueOf(rapport.fouten())).isTrue();
    Assertions.assertThat(rapport.blijvenStaan()).isEmpty();
    Assertions.assertThat(rapport.teMigreren()).isEqualTo(wachtend.size());
    voerUit(rapport.batchId());
    for (Map.Entry<String, ProcessInstance> instantie : wachtend.entrySet()) {
      ProcessInstance pi = instantie.getValue();
      Assertions.assertThat(definitieVan(pi)).as(instantie.getKey()).isEqualTo(huidige.getId());
      assertThat(pi).as(instantie.getKey()).isWaitingAt(instantie.getKey());
      voltooi(pi);
      assertThat(pi).as(instantie.getKey()).isEnded().hasPassed("TrajectGeplaatst");
    }
  }

  @Test
  void aRegionalProcessOwnerMigratesOnlyTheirRegionsTrajectoriesAndOnlyChecksWhenAsked() throws IOException {
    ProcessDefinition vorige = deploy("werkcentrum-traject-27a6c8c.bpmn", bron("migratie/werkcentrum-traject-27a6c8c.bpmn20.xml"));
    ProcessInstance amsterdam = start(vorige, REGIO);
    ProcessInstance rijnmond = start(vorige, "AMR24");
    ProcessDefinition huidige = deploy("werkcentrum-traject.bpmn", bron("werkcentrum/processes/werkcentrum-traject.bpmn"));
    Authentication amr15 = procesbeheerder("procesbeheerder-AMR15");

    Migraties.Rapport controle = migraties.migreer(new Migraties.Verzoek(KEY, vorige.getVersion(), huidige.getVersion(),
        null, true), amr15);
    Assertions.assertThat(controle.batchId()).isNull();
    Assertions.assertThat(controle.teMigreren()).isEqualTo(1);
    Assertions.assertThat(definitieVan(amsterdam)).isEqualTo(vorige.getId());

    Migraties.Rapport rapport = migraties.migreer(new Migraties.Verzoek(KEY, vorige.getVersion(), huidige.getVersion(),
        null, false), amr15);
    voerUit(rapport.batchId());
    Assertions.assertThat(definitieVan(amsterdam)).isEqualTo(huidige.getId());
    Assertions.assertThat(definitieVan(rijnmond)).isEqualTo(vorige.getId());
  }

  @Test
  void anInstanceWaitingInAnActivityTheNewVersionLacksIsReportedAndStaysWhereItCanStillComplete() throws IOException {
    ProcessDefinition huidige = deploy("werkcentrum-traject.bpmn", bron("werkcentrum/processes/werkcentrum-traject.bpmn"));
    ProcessInstance bijIntake = start(huidige, REGIO);
    ProcessInstance bijWerkplan = totWerkplan(start(huidige, REGIO));
    // the next version renames the werkplan task: nothing maps to it any more
    String zonderWerkplan = new String(bron("werkcentrum/processes/werkcentrum-traject.bpmn"), StandardCharsets.UTF_8)
        .replace("\"WerkplanOpstellen\"", "\"WerkplanMaken\"");
    ProcessDefinition volgende = deploy("werkcentrum-traject.bpmn", zonderWerkplan.getBytes(StandardCharsets.UTF_8));

    Migraties.Rapport rapport = migraties.migreer(new Migraties.Verzoek(KEY, huidige.getVersion(), volgende.getVersion(),
        null, false), procesbeheerder(WerkcentrumRoles.PROCESBEHEERDER_LANDELIJK));
    voerUit(rapport.batchId());

    Assertions.assertThat(rapport.blijvenStaan()).singleElement().satisfies(blijft -> {
      Assertions.assertThat(blijft.processInstanceId()).isEqualTo(bijWerkplan.getId());
      Assertions.assertThat(blijft.activiteiten()).containsExactly("WerkplanOpstellen");
    });
    Assertions.assertThat(definitieVan(bijIntake)).isEqualTo(volgende.getId());
    Assertions.assertThat(definitieVan(bijWerkplan)).isEqualTo(huidige.getId());
    voltooi(bijWerkplan);
    assertThat(bijWerkplan).isEnded().hasPassed("TrajectGeplaatst");
  }

  // ------------------------------------------------------------------ the wait states

  /** One instance per wait state of the trajectory, by the activity it waits in. */
  private Map<String, ProcessInstance> inElkeWachtstand(ProcessDefinition versie) {
    Map<String, ProcessInstance> wachtend = new HashMap<>();
    wachtend.put("Intake", start(versie, REGIO));
    wachtend.put("WerkplanOpstellen", totWerkplan(start(versie, REGIO)));

    ProcessInstance budget = totWerkplan(start(versie, REGIO));
    werkplan(budget, true, 3_000L);
    assertThat(aanvraag(budget)).isWaitingAt("BudgetBeoordelen");
    wachtend.put("OntschotBudgetGoedkeuring", budget);

    ProcessInstance scholing = totWerkplan(start(versie, REGIO));
    werkplan(scholing, true, 500L);
    extern(scholing, "uwv.verwijzen", Map.of("verwijzingKenmerk", "V-1"));
    extern(scholing, "roc.inschrijven", Map.of("inschrijvingKenmerk", "I-1", "verwachteEinddatum", "2027-06-30"));
    wachtend.put("WachtOpRoc", scholing);

    ProcessInstance matchen = totWerkplan(start(versie, REGIO));
    werkplan(matchen, false, 500L);
    extern(matchen, "uwv.verwijzen", Map.of("verwijzingKenmerk", "V-2"));
    wachtend.put("VacaturesMatchen", matchen);

    ProcessInstance bevestigen = totWerkplan(start(versie, REGIO));
    werkplan(bevestigen, false, 500L);
    extern(bevestigen, "uwv.verwijzen", Map.of("verwijzingKenmerk", "V-3"));
    extern(bevestigen, "sociale-partners.vacatures-matchen", vacature());
    wachtend.put("PlaatsingBevestigen", bevestigen);

    wachtend.forEach((activiteit, pi) -> assertThat(pi).as(activiteit).isWaitingAt(activiteit));
    return wachtend;
  }

  /** Plays every person and partner until the trajectory ends in a placement. */
  private void voltooi(ProcessInstance pi) {
    for (int stap = 0; stap < 40 && runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count() > 0; stap++) {
      List<Job> vervolg = managementService().createJobQuery().processInstanceId(pi.getId()).messages().list();
      if (!vervolg.isEmpty()) {
        execute(vervolg.get(0));
        continue;
      }
      var extern = externalTaskService().createExternalTaskQuery().processInstanceId(pi.getId()).notLocked().list();
      if (!extern.isEmpty()) {
        extern(pi, extern.get(0).getTopicName(), uitkomst(extern.get(0).getTopicName()));
        continue;
      }
      ProcessInstance aanvraag = aanvraag(pi);
      if (aanvraag != null) {
        Task beoordelen = task(aanvraag);
        taskService().claim(beoordelen.getId(), "anna");
        taskService().complete(beoordelen.getId(), Map.of("budgetGoedgekeurd", true, "budgetToelichting", "Akkoord"));
        continue;
      }
      List<String> actief = runtimeService().getActiveActivityIds(pi.getId());
      if (actief.contains("WachtOpRoc")) {
        runtimeService().createMessageCorrelation("ScholingAfgerond").processInstanceId(pi.getId())
            .setVariable("diploma", "Verzorgende IG").correlate();
      } else if (actief.contains("Intake")) {
        intake(pi);
      } else if (actief.contains("WerkplanOpstellen")) {
        werkplan(pi, false, 500L);
      } else if (actief.contains("PlaatsingBevestigen")) {
        complete(task("PlaatsingBevestigen", pi), withVariables("plaatsingBevestigd", true, "besteedBedrag", 100L,
            "startdatum", "2027-01-04"));
      } else {
        throw new AssertionError("no next step for " + actief);
      }
    }
  }

  private static Map<String, Object> uitkomst(String topic) {
    return switch (topic) {
      case "uwv.uitkering-controleren" -> Map.of("uwvUitkering", "WW");
      case "gemeente.uitkering-controleren" -> Map.of("gemeenteUitkering", "GEEN");
      case "uwv.verwijzen" -> Map.of("verwijzingKenmerk", "V-9");
      case "roc.inschrijven" -> Map.of("inschrijvingKenmerk", "I-9", "verwachteEinddatum", "2027-06-30");
      case "sociale-partners.vacatures-matchen" -> vacature();
      default -> throw new AssertionError("unexpected topic " + topic);
    };
  }

  // ------------------------------------------------------------------ helpers

  private ProcessDefinition deploy(String naam, byte[] model) throws IOException {
    var deployment = repositoryService().createDeployment().name("migratietest")
        .addInputStream(naam, new ByteArrayInputStream(model));
    for (String formulier : FORMULIEREN) {
      deployment.addInputStream(formulier + ".form", new ByteArrayInputStream(bron("werkcentrum/forms/" + formulier + ".form")));
    }
    String id = deployment.deploy().getId();
    return repositoryService().createProcessDefinitionQuery().deploymentId(id).singleResult();
  }

  private static byte[] bron(String pad) throws IOException {
    try (InputStream in = MigratieTest.class.getClassLoader().getResourceAsStream(pad)) {
      Assertions.assertThat(in).as(pad).isNotNull();
      return in.readAllBytes();
    }
  }

  /** Runs the batch the way the job executor would: seed, the migration jobs, the monitor. */
  private static void voerUit(String batchId) {
    Batch batch = managementService().createBatchQuery().batchId(batchId).singleResult();
    for (String definitie : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
        batch.getMonitorJobDefinitionId())) {
      for (Job job : new ArrayList<>(managementService().createJobQuery().jobDefinitionId(definitie).list())) {
        managementService().executeJob(job.getId());
      }
    }
    Assertions.assertThat(managementService().createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId())
        .withException().count()).isZero();
  }

  private static Authentication procesbeheerder(String groep) {
    return new UsernamePasswordAuthenticationToken("procesbeheerder", null, AuthorityUtils.createAuthorityList(groep));
  }

  private static String definitieVan(ProcessInstance pi) {
    return runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getProcessDefinitionId();
  }

  private ProcessInstance start(ProcessDefinition versie, String regio) {
    return runtimeService().startProcessInstanceById(versie.getId(), Map.of("bsn", TestBsn.random(), "regio", regio));
  }

  private ProcessInstance totWerkplan(ProcessInstance pi) {
    intake(pi);
    extern(pi, "uwv.uitkering-controleren", Map.of("uwvUitkering", "WW"));
    extern(pi, "gemeente.uitkering-controleren", Map.of("gemeenteUitkering", "GEEN"));
    execute(job("UwvUitkeringControleren", pi));
    execute(job("GemeenteUitkeringControleren", pi));
    assertThat(pi).isWaitingAt("WerkplanOpstellen");
    return pi;
  }

  private static void intake(ProcessInstance pi) {
    complete(task("Intake", pi), withVariables("werksituatie", "WERKZOEKEND", "doelgroep", "GEEN",
        "sector", "ZORG", "intakeVerslag", "verslag"));
  }

  private static void werkplan(ProcessInstance pi, boolean scholing, long bedrag) {
    Map<String, Object> v = new HashMap<>(Map.of("activiteiten", "Sollicitatietraining",
        "scholingNodig", scholing, "budgetBedrag", bedrag));
    if (scholing) {
      v.put("opleiding", "VZ-MBO3-AMR15");
    }
    complete(task("WerkplanOpstellen", pi), v);
  }

  private static Map<String, Object> vacature() {
    return Map.of("vacatureGevonden", true, "vacatureId", "VAC-0043", "werkgever", "Zorggroep", "functie", "Verzorgende IG");
  }

  private static void extern(ProcessInstance pi, String topic, Map<String, Object> resultaat) {
    var taken = externalTaskService().fetchAndLock(1, "test").topic(topic, 10_000)
        .businessKey(pi.getBusinessKey()).execute();
    Assertions.assertThat(taken).as("external task on " + topic).hasSize(1);
    externalTaskService().complete(taken.get(0).getId(), "test", resultaat);
  }

  private static ProcessInstance aanvraag(ProcessInstance traject) {
    return runtimeService().createProcessInstanceQuery().superProcessInstanceId(traject.getId()).singleResult();
  }
}
