package nl.werkcentrum.app.werkgever;

import nl.werkcentrum.app.support.Procesdekking;
import nl.werkcentrum.app.budget.Financier;
import nl.werkcentrum.app.budget.MutatieSoort;
import nl.werkcentrum.app.budget.BudgetMutatieRepository;
import nl.werkcentrum.app.budget.OntschotBudget;
import nl.werkcentrum.app.rapportage.Rapportage;
import nl.werkcentrum.app.rapportage.RapportageService;
import nl.werkcentrum.app.security.WerkcentrumRoles;
import nl.werkcentrum.app.support.TestBsn;
import nl.werkcentrum.app.traject.Traject;
import nl.werkcentrum.app.traject.TrajectRepository;
import nl.werkcentrum.app.traject.TrajectStatus;
import nl.werkcentrum.app.verloop.Plaatsing;
import nl.werkcentrum.app.verloop.PlaatsingRepository;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/**
 * Every path of the employer's question on the application itself, with its real delegates, the
 * candidate query on our tables and real trajectories as candidates (H2), as TrajectProcesTest does
 * for the trajectory. Coverage of the werkgeversvraag model must be 100% of flow nodes and sequence
 * flows; the trajectory's own paths (its two steps for an employer's question included) are
 * TrajectProcesTest's, so they are left out of this class's coverage.
 * <p>
 * Each test works in a region of its own, so the candidates of one test are no candidates of
 * another: the tests share the database.
 */
@Import(Procesdekking.Plugin.class)
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:werkgeversvraagproces;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
class WerkgeversvraagProcesTest {

  @RegisterExtension
  @Order(2)
  static final ProcessEngineCoverageExtension DEKKING =
      Procesdekking.volledig(WerkcentrumRoles.TRAJECT, WerkcentrumRoles.BUDGET_GOEDKEURING);

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
  BudgetMutatieRepository mutaties;
  @Autowired
  TrajectRepository trajecten;
  @Autowired
  PlaatsingRepository plaatsingen;
  @Autowired
  WerkgeversvraagRepository vragen;
  @Autowired
  VacatureRepository vacatures;
  @Autowired
  VoordrachtRepository voordrachten;
  @Autowired
  WerkgeversvraagService service;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  RapportageService rapportage;

  @BeforeEach
  void setUp() {
    init(engine);
    int jaar = Year.now(clock).getValue();
    for (String regio : List.of("AMR15", "AMR24", "AMR07", "AMR08", "AMR09")) {
      if (budget.overzicht(regio, jaar).gestort().signum() == 0) {
        budget.storten(regio, jaar, Financier.UWV, 1_000_000, "test");
      }
    }
  }

  @AfterEach
  void tearDown() {
    identityService().clearAuthentication();
  }

  // ------------------------------------------------------------------ doors

  @Test
  void aQuestionAtTheDeskIsFilledByOurOwnCandidateWhoseTrajectoryEndsPlacedWithItsBudgetSettled() {
    ProcessInstance kandidaat = trajectInPlaatsing("AMR15", "ZORG");

    ProcessInstance vraag = aanDeBalie("AMR15", "EIGEN", "12345678", 1);
    assertThat(vraag).isWaitingAt("VraagKwalificeren").hasPassed("WerkgeversvraagBalie", "WerkgeversvraagRegistreren");
    assertThat(task(vraag)).hasCandidateGroup("werkgeversadviseur-AMR15");
    Werkgeversvraag opgeslagen = vraag(vraag);
    Assertions.assertThat(opgeslagen.getKvkNummer()).isEqualTo("12345678");
    Assertions.assertThat(opgeslagen.getRegio()).isEqualTo("AMR15");
    Assertions.assertThat(vacatures.findByWerkgeversvraagIdOrderByVolgnummer(opgeslagen.getId()))
        .extracting(Vacature::getFunctie, Vacature::getAantal, Vacature::isLeerbaanBbl)
        .containsExactly(tuple("Helpende zorg", 1, true));
    // the engine keeps the id and routing facts; the employer and vacancy live in our tables
    assertThat(vraag).variables().containsEntry("regio", "AMR15").containsEntry("sector", "ZORG")
        .doesNotContainKeys("kvkNummer", "werkgeverNaam", "functie", "eisen", "vacatures");
    Assertions.assertThat(taskService().getVariableLocal(task(vraag).getId(), "vraagKop").toString())
        .contains("AMR15", "ZORG", "Zorggroep Amstel", "12345678");

    complete(task(vraag), withVariables("vraagKansrijk", true, "kwalificatieNotitie", "Goede werkgever"));
    assertThat(vraag).isWaitingAt("KandidaatVoordragen");
    Assertions.assertThat(vraag(vraag).getKwalificatie()).isEqualTo("Goede werkgever");
    String kandidaten = taskService().getVariableLocal(task(vraag).getId(), "kandidaten").toString();
    Assertions.assertThat(kandidaten).contains(kandidaat.getBusinessKey(), Traject.nummer(id(kandidaat)), "plaatsing");

    complete(task(vraag), withVariables("kandidaatTrajectId", kandidaat.getBusinessKey()));
    assertThat(vraag).isWaitingAt("InstemmingAfwachten");
    assertThat(kandidaat).isWaitingAt("VacaturesMatchen", "VoordrachtBespreken");
    Assertions.assertThat(taskService().getVariableLocal(task("VoordrachtBespreken", kandidaat).getId(), "werkgever"))
        .isEqualTo("Zorggroep Amstel");

    complete(task("VoordrachtBespreken", kandidaat), withVariables("kandidaatAkkoord", true));
    assertThat(vraag).isWaitingAt("WerkgeverAntwoordVastleggen");
    Assertions.assertThat(taskService().getVariableLocal(task(vraag).getId(), "kandidaatKop"))
        .isEqualTo(Traject.nummer(id(kandidaat)));

    complete(task(vraag), withVariables("werkgeverNeemtAan", true, "startdatum", "2027-03-01"));
    // the only vacancy is filled: the question closes, and the hire waits in the trajectory's Plaatsing
    assertThat(vraag).isEnded().hasPassed("AannameDoorgeven", "VraagAfsluiten", "VraagAfgesloten");
    Assertions.assertThat(vraag(vraag).getUitkomst()).isEqualTo(Uitkomst.VERVULD);
    Assertions.assertThat(vacatures.findByWerkgeversvraagIdOrderByVolgnummer(opgeslagen.getId()))
        .extracting(Vacature::getVervuld).containsExactly(1);
    Assertions.assertThat(voordrachten.findAll()).filteredOn(v -> v.getTrajectId().equals(id(kandidaat)))
        .extracting(Voordracht::getStatus).containsExactly(VoordrachtStatus.AANGENOMEN);

    assertThat(kandidaat).isWaitingAt("AannameBevestigen");
    complete(task("AannameBevestigen", kandidaat), withVariables("besteedBedrag", 700L, "startdatum", "2027-03-01"));
    assertThat(kandidaat).isEnded().hasPassed("AangenomenDoorWerkgever", "BudgetAfrekenen", "TrajectGeplaatst");
    Assertions.assertThat(trajecten.findById(id(kandidaat)).orElseThrow().getStatus()).isEqualTo(TrajectStatus.GEPLAATST);
    Assertions.assertThat(plaatsingen.findByTrajectId(id(kandidaat)))
        .extracting(Plaatsing::getWerkgever, Plaatsing::getBesteedBedrag).containsExactly(tuple("Zorggroep Amstel", 700L));
    Assertions.assertThat(geboekt(id(kandidaat))).containsEntry(MutatieSoort.BESTEDING, euro(700))
        .containsEntry(MutatieSoort.VRIJGAVE, euro(200));

    // the Regionaal Beraad sees the question, the filled place and the time it took
    LocalDate vandaag = LocalDate.now(clock);
    Rapportage rapport = rapportage.voor("AMR15", vandaag.minusDays(1), vandaag.plusDays(1));
    Assertions.assertThat(rapport.werkgeversvragenPerSector()).containsEntry("ZORG", 1L);
    Assertions.assertThat(rapport.vacaturesVervuld()).isEqualTo(1);
    Assertions.assertThat(rapport.tijdTotVervulling().aantal()).isEqualTo(1);
    Assertions.assertThat(rapport.tijdTotVervulling().mediaanUren()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void theSocialePartnersMessageWithTwoVacanciesGoesThroughRefusalsAWiderSearchAndTheOntwikkelpad() {
    ProcessInstance weigert = trajectInPlaatsing("AMR24", "TECHNIEK");
    ProcessInstance afgewezen = trajectInPlaatsing("AMR24", "TECHNIEK");

    ProcessInstance vraag = viaSocialePartners("AMR24", "TECHNIEK", """
        [{"functie": "Monteur warmtepompen", "aantal": 2, "urenPerWeek": 36, "startdatum": "2027-04-01",
          "eisen": "VCA", "jobcarving": true},
         {"functie": "Leerling elektromonteur", "aantal": 1, "urenPerWeek": 32, "leerbaanBbl": true}]""");
    assertThat(vraag).isWaitingAt("VraagKwalificeren").hasPassed("WerkgeversvraagSocialePartners");
    Assertions.assertThat(vacatures.findByWerkgeversvraagIdOrderByVolgnummer(vraag(vraag).getId()))
        .extracting(Vacature::getFunctie, Vacature::getAantal, Vacature::isJobcarving, Vacature::isLeerbaanBbl)
        .containsExactly(tuple("Monteur warmtepompen", 2, true, false), tuple("Leerling elektromonteur", 1, false, true));
    complete(task(vraag), withVariables("vraagKansrijk", true));

    // the first candidate does not want to be proposed
    complete(task(vraag), withVariables("kandidaatTrajectId", weigert.getBusinessKey()));
    complete(task("VoordrachtBespreken", weigert), withVariables("kandidaatAkkoord", false));
    assertThat(vraag).isWaitingAt("KandidaatVoordragen").hasPassed("StemtIn");
    String opties = taskService().getVariableLocal(task(vraag).getId(), "kandidaten").toString();
    Assertions.assertThat(opties).contains(afgewezen.getBusinessKey()).doesNotContain(weigert.getBusinessKey());
    // a choice that is no candidate is refused on the form
    String voordragen = task(vraag).getId();
    assertThatThrownBy(() -> taskService().complete(voordragen, Map.of("kandidaatTrajectId", weigert.getBusinessKey())))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("voorgestelde kandidaten");

    // the second agrees, the employer does not take them
    complete(task(vraag), withVariables("kandidaatTrajectId", afgewezen.getBusinessKey()));
    complete(task("VoordrachtBespreken", afgewezen), withVariables("kandidaatAkkoord", true));
    complete(task(vraag), withVariables("werkgeverNeemtAan", false));
    assertThat(vraag).isWaitingAt("GeenKandidaatBesluiten").hasPassed("Aangenomen");
    assertThat(afgewezen).isWaitingAt("VacaturesMatchen");

    // a wider search (any sector) finds nobody either; the vacancies take the ontwikkelpad
    String besluit = task(vraag).getId();
    assertThatThrownBy(() -> taskService().complete(besluit, Map.of("vervolg", "AFSLUITEN")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("reden");
    complete(task(vraag), withVariables("vervolg", "BREDER_ZOEKEN"));
    assertThat(vraag).isWaitingAt("GeenKandidaatBesluiten");
    assertThat(vraag).variables().containsEntry("zoekBreed", true);
    complete(task(vraag), withVariables("vervolg", "ONTWIKKELPAD", "toelichting", "BBL-traject met ROC"));

    assertThat(vraag).isEnded().hasPassed("OntwikkelpadStarten", "OntwikkelpadGestart");
    Assertions.assertThat(vraag(vraag).getUitkomst()).isEqualTo(Uitkomst.ONTWIKKELPAD);
    // the vacancies stay open for the trajectories' vacancy matching
    Assertions.assertThat(service.openVacatures("AMR24")).extracting(Vacature::getFunctie, Vacature::isOntwikkelpad)
        .contains(tuple("Monteur warmtepompen", true), tuple("Leerling elektromonteur", true));

    // the vacancy matching offers one to a trajectory (as the sociale partners' worker does from our API):
    // its placement fills the place
    Vacature leerbaan = vacatures.findByWerkgeversvraagIdOrderByVolgnummer(vraag(vraag).getId()).get(1);
    ProcessInstance later = trajectInPlaatsing("AMR24", "TECHNIEK");
    extern(later, "sociale-partners.vacatures-matchen", Map.of("vacatureGevonden", true,
        "vacatureId", leerbaan.getId().toString(), "werkgever", "Installatiebedrijf Rijnmond", "functie", leerbaan.getFunctie()));
    complete(task("PlaatsingBevestigen", later), withVariables("plaatsingBevestigd", true, "besteedBedrag", 0L,
        "startdatum", "2027-05-01"));
    assertThat(later).isEnded();
    Assertions.assertThat(vacatures.findById(leerbaan.getId()).orElseThrow().getVervuld()).isEqualTo(1);
    Assertions.assertThat(service.openVacatures("AMR24")).extracting(Vacature::getFunctie)
        .contains("Monteur warmtepompen").doesNotContain("Leerling elektromonteur");
  }

  @Test
  void aQuestionThatIsNotKansrijkIsClosedWithItsReason() {
    ProcessInstance vraag = aanDeBalie("AMR07", "AMR07", "87654321", 2);
    String kwalificeren = task(vraag).getId();
    assertThatThrownBy(() -> taskService().complete(kwalificeren, Map.of("vraagKansrijk", false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("reden");

    complete(task(vraag), withVariables("vraagKansrijk", false, "afsluitreden", "WERKGEVER_TREKT_IN"));

    assertThat(vraag).isEnded().hasPassed("VraagAfsluiten").hasNotPassed("KandidatenZoeken");
    Assertions.assertThat(vraag(vraag).getUitkomst()).isEqualTo(Uitkomst.AFGESLOTEN);
    Assertions.assertThat(vraag(vraag).getAfsluitreden()).isEqualTo(Afsluitreden.WERKGEVER_TREKT_IN);
  }

  @Test
  void noCandidateAndClosingRecordsTheReason() {
    ProcessInstance vraag = aanDeBalie("AMR08", "AMR08", "11223344", 1);
    complete(task(vraag), withVariables("vraagKansrijk", true));
    assertThat(vraag).isWaitingAt("GeenKandidaatBesluiten");

    complete(task(vraag), withVariables("vervolg", "AFSLUITEN", "afsluitreden", "GEEN_KANDIDAAT"));

    assertThat(vraag).isEnded().hasPassed("VraagAfgesloten");
    Assertions.assertThat(vraag(vraag).getAfsluitreden()).isEqualTo(Afsluitreden.GEEN_KANDIDAAT);
  }

  @Test
  void aCandidateFinishingScholingIsProposedButHiredOnlyOnceInPlacement() {
    ProcessInstance kandidaat = trajectInScholing("AMR09", "ZORG", "2027-01-31");
    ProcessInstance vraag = aanDeBalie("AMR09", "AMR09", "55667788", 1);
    complete(task(vraag), withVariables("vraagKansrijk", true));
    Assertions.assertThat(taskService().getVariableLocal(task(vraag).getId(), "kandidaten").toString())
        .contains(kandidaat.getBusinessKey(), "rondt scholing af");
    complete(task(vraag), withVariables("kandidaatTrajectId", kandidaat.getBusinessKey()));
    complete(task("VoordrachtBespreken", kandidaat), withVariables("kandidaatAkkoord", true));

    String antwoord = task(vraag).getId();
    assertThatThrownBy(() -> taskService().complete(antwoord, Map.of("werkgeverNeemtAan", true, "startdatum", "2027-03-01")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("plaatsingsfase");
    assertThat(vraag).isWaitingAt("WerkgeverAntwoordVastleggen");
  }

  @Test
  void anInvalidQuestionIsRefusedAtEveryDoorAndNothingIsWritten() {
    long voor = vragen.count();

    assertThatThrownBy(() -> aanDeBalie("AMR15", "EIGEN", "00000000", 1))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("KvK-nummer");
    assertThatThrownBy(() -> aanDeBalie("AMR15", "EIGEN", "1234567", 1))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("acht cijfers");
    assertThatThrownBy(() -> aanDeBalie("AMR15", "AMR24", "12345678", 1))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("eigen regio");
    assertThatThrownBy(() -> aanDeBalie("AMR15", "EIGEN", "12345678", 0))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Aantal personen");
    assertThatThrownBy(() -> viaSocialePartners("AMR24", "ZORG", "[]"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("ten minste één vacature");
    assertThatThrownBy(() -> viaSocialePartners("AMR24", "BAKKERIJ", "[{\"functie\": \"x\", \"aantal\": 1, \"urenPerWeek\": 8}]"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("sector");

    Assertions.assertThat(vragen.count()).isEqualTo(voor);
  }

  // ------------------------------------------------------------------ helpers

  /** The werkgeversadviseur of {@code eigenRegio} submits the desk's start form with one vacancy. */
  private ProcessInstance aanDeBalie(String eigenRegio, String regio, String kvk, int aantal) {
    identityService().setAuthentication("werkgeversadviseur." + eigenRegio.toLowerCase(), List.of(
        WerkcentrumRoles.MEDEWERKERS, WerkcentrumRoles.regionGroup(WerkcentrumRoles.WERKGEVERSADVISEUR, eigenRegio)));
    try {
      Map<String, Object> velden = new HashMap<>();
      velden.put("kvkNummer", kvk);
      velden.put("werkgeverNaam", "Zorggroep Amstel");
      velden.put("regio", regio);
      velden.put("sector", "ZORG");
      velden.put("functie", "Helpende zorg");
      velden.put("aantal", (long) aantal);
      velden.put("urenPerWeek", 24L);
      velden.put("vacatureStartdatum", "2027-03-01");
      velden.put("eisen", "Diploma helpende niveau 2");
      velden.put("leerbaanBbl", true);
      velden.put("jobcarving", false);
      velden.put("banenafspraak", false);
      return formService().submitStartForm(repositoryService().createProcessDefinitionQuery()
          .processDefinitionKey("werkgeversvraag").latestVersion().singleResult().getId(), velden);
    } finally {
      identityService().clearAuthentication();
    }
  }

  private ProcessInstance viaSocialePartners(String regio, String sector, String vacaturesJson) {
    return runtimeService().createMessageCorrelation("Werkgeversvraag.SocialePartners")
        .setVariables(Map.of("kvkNummer", "24681357", "werkgeverNaam", "Installatiebedrijf Rijnmond", "regio", regio,
            "sector", sector, "kanaal", "SOCIALE_PARTNERS", "vacatures", vacaturesJson))
        .correlateStartMessage();
  }

  /** A trajectory of a person with WW in the region, waiting in its Plaatsing with EUR 900 reserved. */
  private ProcessInstance trajectInPlaatsing(String regio, String sector) {
    ProcessInstance pi = totWerkplan(regio, sector);
    complete(task("WerkplanOpstellen", pi), withVariables("activiteiten", "Sollicitatietraining",
        "scholingNodig", false, "budgetBedrag", 900L));
    extern(pi, "uwv.verwijzen", Map.of("verwijzingKenmerk", "V-W"));
    assertThat(pi).isWaitingAt("VacaturesMatchen");
    return pi;
  }

  private ProcessInstance trajectInScholing(String regio, String sector, String einddatum) {
    ProcessInstance pi = totWerkplan(regio, sector);
    String opleiding = jdbc.queryForObject("select code from wc_opleiding where regio = ?", String.class, regio);
    complete(task("WerkplanOpstellen", pi), withVariables("activiteiten", "Opleiding", "scholingNodig", true,
        "opleiding", opleiding, "budgetBedrag", 900L));
    extern(pi, "uwv.verwijzen", Map.of("verwijzingKenmerk", "V-S"));
    extern(pi, "roc.inschrijven", Map.of("inschrijvingKenmerk", "I-S", "verwachteEinddatum", einddatum));
    assertThat(pi).isWaitingAt("WachtOpRoc");
    return pi;
  }

  private ProcessInstance totWerkplan(String regio, String sector) {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("werkcentrum-traject",
        Map.of("bsn", TestBsn.random(), "regio", regio));
    complete(task("Intake", pi), withVariables("werksituatie", "WERKZOEKEND", "doelgroep", "GEEN", "sector", sector,
        "intakeVerslag", "verslag"));
    extern(pi, "uwv.uitkering-controleren", Map.of("uwvUitkering", "WW"));
    extern(pi, "gemeente.uitkering-controleren", Map.of("gemeenteUitkering", "GEEN"));
    execute(job("UwvUitkeringControleren", pi));
    execute(job("GemeenteUitkeringControleren", pi));
    assertThat(pi).isWaitingAt("WerkplanOpstellen");
    return pi;
  }

  private void extern(ProcessInstance pi, String topic, Map<String, Object> resultaat) {
    List<LockedExternalTask> taken = externalTaskService().fetchAndLock(1, "test")
        .topic(topic, 10_000).businessKey(pi.getBusinessKey()).execute();
    Assertions.assertThat(taken).as("external task on " + topic).hasSize(1);
    externalTaskService().complete(taken.get(0).getId(), "test", resultaat);
  }

  private Werkgeversvraag vraag(ProcessInstance pi) {
    return vragen.findById(UUID.fromString(pi.getBusinessKey())).orElseThrow();
  }

  private static UUID id(ProcessInstance pi) {
    return UUID.fromString(pi.getBusinessKey());
  }

  private Map<MutatieSoort, BigDecimal> geboekt(UUID trajectId) {
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
}
