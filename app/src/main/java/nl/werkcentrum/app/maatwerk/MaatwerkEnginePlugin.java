package nl.werkcentrum.app.maatwerk;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives instances of the shared (national) models their region's tenant ({@link RegioTenants}), and
 * switches the engine's tenant check off, deliberately.
 *
 * <p>Why off: with authorization on, the engine would also hide every instance, task and message
 * subscription of a tenant from a caller who is no member of it, in delegate code too. The Werkcentrum
 * works across regions on purpose: a gids of AMR24 at whose desk someone signs up who already has a
 * trajectory in AMR15 passes the sign-up on to that trajectory (AanmeldingDoorzetten, a message
 * correlation in the gids's own transaction); a partner system works for all 35 regions. Who sees
 * and does what stays decided as before, by the engine's authorizations (candidate groups per role
 * and region, partner grants) and by our doors. The tenant decides which model a region's
 * trajectory uses and what a regional process owner may deploy and migrate (DeploymentDeur, Migraties).
 */
@Component
class MaatwerkEnginePlugin extends AbstractProcessEnginePlugin {

  private final RegioTenants regioTenants;

  MaatwerkEnginePlugin(RegioTenants regioTenants) {
    this.regioTenants = regioTenants;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(regioTenants);
    configuration.setTenantCheckEnabled(false);
  }
}
