package nl.werkcentrum.app.maatwerk;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Moves running instances from one version of a process to another with the engine's migration API.
 * The plan maps every activity to the one with the same id in the new version
 * ({@code mapEqualActivities}) and is validated first; an invalid plan migrates nothing and says why.
 * An instance waiting in an activity the new version no longer has cannot be mapped: it is reported
 * and left on its version, untouched, to run out there. The others are migrated as a batch
 * ({@code executeAsync}): the job executor does it in chunks, and Cockpit and
 * {@code /engine-rest/batch/statistics} show its progress. Timers keep their due date (no
 * {@code updateEventTriggers}): a trajectory that waited three weeks for its intake has not started
 * waiting anew.
 *
 * <p>A regional process owner migrates the trajectories of their region only: an instance of a
 * national model carries its region as tenant id (RegioTenants). The engine calls run as the
 * application itself: process owners have no migration rights in the engine, whose rights could not
 * be limited to a region; this is their door.
 */
@Service
public class Migraties {

  private static final Logger log = LoggerFactory.getLogger(Migraties.class);

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;

  public Migraties(RepositoryService repositoryService, RuntimeService runtimeService,
      ManagementService managementService) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
  }

  /** What a process owner asks: a process, two of its versions, optionally of a region's own tenant. */
  public record Verzoek(String procesDefinitieKey, int vanVersie, int naarVersie, String tenant,
      boolean alleenControleren) {
  }

  /** An instance that stays on its version, and the activities it waits in that the new one lacks. */
  public record BlijftStaan(String processInstanceId, String businessKey, List<String> activiteiten) {
  }

  /**
   * The outcome: with {@code fouten} the plan is invalid and nothing moved; otherwise how many
   * instances go (in the batch {@code batchId}, unless only checked) and which stay.
   */
  public record Rapport(String van, String naar, boolean geldig, List<String> fouten, int teMigreren,
      List<BlijftStaan> blijvenStaan, String batchId) {
  }

  /** Progress of a migration batch. */
  public record Voortgang(String batchId, int totaal, int klaar, int mislukt, int resterend, boolean afgerond) {
  }

  /** A version that does not exist; {@code veld} is the request's field. */
  public static class OnbekendeVersieException extends RuntimeException {
    private final String veld;

    OnbekendeVersieException(String veld, String reden) {
      super(reden);
      this.veld = veld;
    }

    public String getVeld() {
      return veld;
    }
  }

  public Rapport migreer(Verzoek verzoek, Authentication door) {
    Procesbeheer beheer = Procesbeheer.van(door);
    if (!beheer.isProcesbeheerder()) {
      throw new AccessDeniedException("Alleen procesbeheerders migreren lopende instanties");
    }
    if (verzoek.tenant() != null && !beheer.mag(verzoek.tenant())) {
      throw new AccessDeniedException("Een procesbeheerder migreert alleen de modellen van de eigen regio, niet van "
          + verzoek.tenant());
    }
    ProcessDefinition van = versie(verzoek, verzoek.vanVersie(), "vanVersie");
    ProcessDefinition naar = versie(verzoek, verzoek.naarVersie(), "naarVersie");

    MigrationPlan plan;
    try {
      plan = runtimeService.createMigrationPlan(van.getId(), naar.getId()).mapEqualActivities().build();
    } catch (MigrationPlanValidationException ongeldig) {
      return new Rapport(van.getId(), naar.getId(), false, fouten(ongeldig.getValidationReport()), 0, List.of(), null);
    }

    List<BlijftStaan> blijvenStaan = new ArrayList<>();
    List<String> teMigreren = new ArrayList<>();
    Set<String> nietInNieuw = nietGemapt(van, plan);
    for (ProcessInstance instantie : instanties(van, beheer).list()) {
      List<String> vast = nietInNieuw.isEmpty() ? List.of()
          : activiteiten(runtimeService.getActivityInstance(instantie.getId())).filter(nietInNieuw::contains).distinct().toList();
      if (vast.isEmpty()) {
        teMigreren.add(instantie.getId());
      } else {
        blijvenStaan.add(new BlijftStaan(instantie.getId(), instantie.getBusinessKey(), vast));
      }
    }
    String batchId = null;
    if (!verzoek.alleenControleren() && !teMigreren.isEmpty()) {
      Batch batch = runtimeService.newMigration(plan).processInstanceIds(teMigreren).executeAsync();
      batchId = batch.getId();
      log.info("Migratie {} -> {} door {}: {} instanties in batch {}, {} blijven staan", van.getId(), naar.getId(),
          door.getName(), teMigreren.size(), batchId, blijvenStaan.size());
    }
    return new Rapport(van.getId(), naar.getId(), true, List.of(), teMigreren.size(), blijvenStaan, batchId);
  }

  public Optional<Voortgang> voortgang(String batchId, Authentication door) {
    if (!Procesbeheer.van(door).isProcesbeheerder()) {
      throw new AccessDeniedException("Alleen procesbeheerders volgen migraties");
    }
    BatchStatistics lopend = managementService.createBatchStatisticsQuery().batchId(batchId).singleResult();
    if (lopend != null) {
      return Optional.of(new Voortgang(batchId, lopend.getTotalJobs(), lopend.getCompletedJobs(),
          lopend.getFailedJobs(), lopend.getRemainingJobs(), false));
    }
    return Optional.empty();
  }

  private ProcessDefinition versie(Verzoek verzoek, int versie, String veld) {
    var query = repositoryService.createProcessDefinitionQuery().processDefinitionKey(verzoek.procesDefinitieKey())
        .processDefinitionVersion(versie);
    ProcessDefinition definitie = (verzoek.tenant() == null ? query.withoutTenantId() : query.tenantIdIn(verzoek.tenant()))
        .singleResult();
    if (definitie == null) {
      throw new OnbekendeVersieException(veld, veld + ": versie " + versie + " van " + verzoek.procesDefinitieKey()
          + (verzoek.tenant() == null ? " (landelijk)" : " voor " + verzoek.tenant()) + " bestaat niet");
    }
    return definitie;
  }

  /** The running instances the caller may move: a region's own only, for a regional process owner. */
  private ProcessInstanceQuery instanties(ProcessDefinition van, Procesbeheer beheer) {
    ProcessInstanceQuery query = runtimeService.createProcessInstanceQuery().processDefinitionId(van.getId());
    if (!beheer.landelijk()) {
      query.tenantIdIn(beheer.regios().toArray(String[]::new));
    }
    return query;
  }

  /** The flow nodes of the old version that the plan maps to nothing: an instance waiting there stays. */
  private Set<String> nietGemapt(ProcessDefinition van, MigrationPlan plan) {
    Set<String> gemapt = new HashSet<>();
    for (MigrationInstruction instructie : plan.getInstructions()) {
      gemapt.add(instructie.getSourceActivityId());
    }
    Set<String> niet = new HashSet<>();
    for (FlowNode knoop : repositoryService.getBpmnModelInstance(van.getId()).getModelElementsByType(FlowNode.class)) {
      if (!gemapt.contains(knoop.getId())) {
        niet.add(knoop.getId());
      }
    }
    return niet;
  }

  /** Every activity the instance is in, scopes (subprocesses) included, and asynchronous continuations. */
  private static Stream<String> activiteiten(ActivityInstance instantie) {
    if (instantie == null) {
      return Stream.empty();
    }
    return Stream.concat(
        Stream.concat(Stream.of(instantie.getActivityId()),
            Stream.of(instantie.getChildTransitionInstances()).map(TransitionInstance::getActivityId)),
        Stream.of(instantie.getChildActivityInstances()).flatMap(Migraties::activiteiten));
  }

  private static List<String> fouten(MigrationPlanValidationReport rapport) {
    return Stream.concat(
        rapport.getInstructionReports().stream().flatMap(instructie -> instructie.getFailures().stream()
            .map(fout -> instructie.getMigrationInstruction().getSourceActivityId() + " -> "
                + instructie.getMigrationInstruction().getTargetActivityId() + ": " + fout)),
        rapport.getVariableReports().values().stream().flatMap(variabele -> variabele.getFailures().stream()))
        .toList();
  }
}
