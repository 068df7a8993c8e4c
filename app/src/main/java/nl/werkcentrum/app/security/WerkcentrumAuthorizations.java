package nl.werkcentrum.app.security;

import nl.werkcentrum.contract.Contract;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

/**
 * Makes sure the Werkcentrum's groups, their authorizations and the shared Tasklist filters
 * exist, at every start and idempotently, so a new region or a wiped identity store needs no
 * manual work in Camunda Admin. Creates no users: people are added by an administrator (or by
 * the demo profile).
 */
@Component
@Order(1)
public class WerkcentrumAuthorizations implements ApplicationRunner {

  static final String FILTER_GROUP_TASKS = "Taken van mijn groepen";
  static final String FILTER_MY_TASKS = "Mijn taken";
  static final String WERKGEVERSVRAAG_BERICHT = "Werkgeversvraag.SocialePartners";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final JdbcTemplate jdbc;

  public WerkcentrumAuthorizations(IdentityService identityService,
      AuthorizationService authorizationService, FilterService filterService,
      TaskService taskService, JdbcTemplate jdbc) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    group(WerkcentrumRoles.MEDEWERKERS, "Medewerkers van de Werkcentra");
    // no engine authorizations: the group only opens the actuator endpoints (SecurityConfiguration)
    group(WerkcentrumRoles.BEHEER_OPERATIONS, "Beheer en operations");
    // no engine authorizations either: the inzage reads our own tables (InzageController)
    group(WerkcentrumRoles.PRIVACY_OFFICER, "Privacy officer");
    for (String regio : jdbc.queryForList("select code from wc_arbeidsmarktregio", String.class)) {
      for (String role : WerkcentrumRoles.REGIONAL_ROLES) {
        group(WerkcentrumRoles.regionGroup(role, regio), role + " " + regio);
      }
      // an employer's question is started at the desk by the region's werkgeversadviseurs only
      grant(WerkcentrumRoles.regionGroup(WerkcentrumRoles.WERKGEVERSADVISEUR, regio), Resources.PROCESS_DEFINITION,
          WerkcentrumRoles.WERKGEVERSVRAAG, ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
    grant(WerkcentrumRoles.MEDEWERKERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(WerkcentrumRoles.MEDEWERKERS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    // read to show the process of a task; create instance only for the walk-in start form: the
    // budget approval is started by its trajectory, never by a person
    grant(WerkcentrumRoles.MEDEWERKERS, Resources.PROCESS_DEFINITION, WerkcentrumRoles.TRAJECT,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(WerkcentrumRoles.MEDEWERKERS, Resources.PROCESS_DEFINITION, WerkcentrumRoles.BUDGET_GOEDKEURING,
        ProcessDefinitionPermissions.READ);
    // werkgeversvraag: only the werkgeversadviseurs read and start it (per region, above), so no
    // other caseworker is offered its start form
    // the gids's advice at the desk: its start form refuses anyone who is not a gids of the region
    grant(WerkcentrumRoles.MEDEWERKERS, Resources.PROCESS_DEFINITION, WerkcentrumRoles.VRAAG_AAN_DE_BALIE,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    // a gids announces a job at risk at the desk with its start form
    grant(WerkcentrumRoles.MEDEWERKERS, Resources.PROCESS_DEFINITION, WerkcentrumRoles.VAN_WERK_NAAR_WERK,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);

    for (String worker : WerkcentrumRoles.PARTNER_WORKERS) {
      group(worker, "Systeem " + worker.substring("worker-".length()));
      grant(worker, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
      for (String process : WerkcentrumRoles.PROCESS_KEYS) {
        // fetch-and-lock and message correlation need read and update on the instances;
        // which topics and messages a partner may use is decided by PartnerWorkerAccessFilter
        grant(worker, Resources.PROCESS_DEFINITION, process,
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
            ProcessDefinitionPermissions.UPDATE_INSTANCE);
      }
      // an employer's question starts through the partner's message the contract gives it (the sociale partners')
      boolean startWerkgeversvraag = Contract.werkcentrum().partnerVanGroep(worker)
          .map(partner -> Contract.werkcentrum().berichtenVan(partner).contains(WERKGEVERSVRAAG_BERICHT)).orElse(false);
      if (startWerkgeversvraag) {
        grant(worker, Resources.PROCESS_DEFINITION, WerkcentrumRoles.WERKGEVERSVRAAG,
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
            ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.CREATE_INSTANCE);
      }
      // a partner's sign-up message starts a trajectory, nothing else
      grant(worker, Resources.PROCESS_DEFINITION, WerkcentrumRoles.TRAJECT,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
    // the sociale partners announce a job at risk with their start message; the others never start it
    grant("worker-sociale-partners", Resources.PROCESS_DEFINITION, WerkcentrumRoles.VAN_WERK_NAAR_WERK,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.CREATE_INSTANCE);

    sharedFilter(FILTER_GROUP_TASKS, 1, taskService.createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
    sharedFilter(FILTER_MY_TASKS, 2, taskService.createTaskQuery()
        .taskAssigneeExpression("${currentUser()}"));
  }

  private void group(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      var group = identityService.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
    }
  }

  /** Grants the group exactly these permissions on the resource. */
  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).singleResult();
    Authorization authorization = existing != null
        ? existing : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    // exactly these permissions, so a right taken away here is also taken away in existing databases
    authorization.setPermissions(permissions);
    authorizationService.saveAuthorization(authorization);
  }

  /** Creates the filter, or brings an existing one's query up to date. */
  private void sharedFilter(String name, int priority, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name)
          .setProperties(Map.of("priority", priority, "description", name, "refresh", true));
    }
    filterService.saveFilter(filter.setQuery(query));
    grant(WerkcentrumRoles.MEDEWERKERS, Resources.FILTER, filter.getId(), Permissions.READ);
  }
}
