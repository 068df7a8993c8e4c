package nl.werkcentrum.app.maatwerk;

import nl.werkcentrum.app.security.WerkcentrumRoles;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

/**
 * At every start, idempotently: a tenant per arbeidsmarktregio, the process owners' groups
 * ({@code procesbeheerder-AMRnn} and {@code procesbeheerder-landelijk}) as members of their tenants,
 * and their rights in the engine. Deploying is the only thing in the engine they may change, and
 * only process owners may: CREATE on DEPLOYMENT (before the demo users, which join these groups). For which tenant is checked at the door
 * (DeploymentDeur), since the engine's CREATE cannot be limited to a tenant. They may read the
 * models, deployments and batches in Cockpit; no instance, so no person's data.
 */
@Component
@Order(1)
class ProcesbeheerInrichting implements ApplicationRunner {

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final RegioTenants regioTenants;

  ProcesbeheerInrichting(IdentityService identityService, AuthorizationService authorizationService,
      RegioTenants regioTenants) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.regioTenants = regioTenants;
  }

  @Override
  public void run(ApplicationArguments args) {
    group(WerkcentrumRoles.PROCESBEHEERDER_LANDELIJK, "Procesbeheer landelijk");
    rechten(WerkcentrumRoles.PROCESBEHEERDER_LANDELIJK);
    for (String regio : regioTenants.regios().stream().sorted().toList()) {
      if (identityService.createTenantQuery().tenantId(regio).count() == 0) {
        var tenant = identityService.newTenant(regio);
        tenant.setName("Arbeidsmarktregio " + regio);
        identityService.saveTenant(tenant);
      }
      String groep = WerkcentrumRoles.regionGroup(WerkcentrumRoles.PROCESBEHEERDER, regio);
      group(groep, "Procesbeheer " + regio);
      rechten(groep);
      lid(regio, groep);
      lid(regio, WerkcentrumRoles.PROCESBEHEERDER_LANDELIJK);
    }
  }

  private void rechten(String groep) {
    grant(groep, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ);
    grant(groep, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    grant(groep, Resources.DECISION_DEFINITION, "*", Permissions.READ);
    grant(groep, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
    // the migrations they start (Migraties) run as batches; Cockpit shows their progress
    grant(groep, Resources.BATCH, "*", BatchPermissions.READ);
    grant(groep, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
  }

  private void lid(String tenant, String groep) {
    if (identityService.createTenantQuery().tenantId(tenant).groupMember(groep).count() == 0) {
      identityService.createTenantGroupMembership(tenant, groep);
    }
  }

  private void group(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      var group = identityService.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
    }
  }

  /** Exactly these permissions on the resource, also in an existing database. */
  private void grant(String groep, Resource resource, String resourceId, Permission... permissions) {
    Authorization bestaand = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groep).resourceType(resource).resourceId(resourceId).singleResult();
    Authorization recht = bestaand != null ? bestaand : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    recht.setGroupId(groep);
    recht.setResource(resource);
    recht.setResourceId(resourceId);
    recht.setPermissions(permissions);
    authorizationService.saveAuthorization(recht);
  }
}
