package nl.werkcentrum.app.maatwerk;

import nl.werkcentrum.app.security.WerkcentrumRoles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * One tenant per arbeidsmarktregio, its code as tenant id. The national models are shared
 * definitions; an instance of one still belongs to its region, so this gives every instance started
 * for a region that region's tenant: a trajectory from its {@code regio} variable, a called process
 * (the budget approval) and a decision from the instance that calls it. That tenant id is what
 * {@link Maatwerk} resolves the region's own models with, and what a migration is scoped by.
 *
 * <p>The engine offers this hook only in its impl package (documented as the way to give instances of
 * shared definitions a tenant); there is no public alternative.
 */
@Component
public class RegioTenants implements TenantIdProvider {

  /** What the walk-in start form sends for "the gids's own region" (AanmeldingRegistreren). */
  static final String EIGEN_REGIO = "EIGEN";

  private final JdbcTemplate jdbc;
  private final IdentityService identityService;
  private volatile Set<String> regios;

  /** The identity service lazily: this provider is built before the engine it is part of. */
  public RegioTenants(JdbcTemplate jdbc, @Lazy IdentityService identityService) {
    this.jdbc = jdbc;
    this.identityService = identityService;
  }

  /** The 35 region codes, read once: the table is reference data that Flyway fills. */
  public Set<String> regios() {
    Set<String> bekend = regios;
    if (bekend == null) {
      bekend = Set.copyOf(jdbc.queryForList("select code from wc_arbeidsmarktregio", String.class));
      regios = bekend;
    }
    return bekend;
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    DelegateExecution aanroeper = ctx.getSuperExecution();
    if (aanroeper != null) {
      return aanroeper.getTenantId();
    }
    Object regio = ctx.getVariables() == null ? null : ctx.getVariables().get("regio");
    if (regio == null || EIGEN_REGIO.equals(regio)) {
      regio = regioVanDeGids();
    }
    // an unknown region gets no tenant; the sign-up refuses it (AanmeldingRegistreren) before anything runs
    return regio instanceof String code && regios().contains(code) ? code : null;
  }

  /**
   * At the desk the start form says "EIGEN": the gids's own region, as AanmeldingRegistreren resolves
   * it later in the same transaction (and refuses a gids of none or of several regions).
   */
  private String regioVanDeGids() {
    Authentication gids = identityService.getCurrentAuthentication();
    if (gids == null || gids.getGroupIds() == null) {
      return null;
    }
    List<String> eigen = gids.getGroupIds().stream().filter(groep -> groep.startsWith(WerkcentrumRoles.GIDS + "-"))
        .map(groep -> groep.substring(WerkcentrumRoles.GIDS.length() + 1)).distinct().toList();
    return eigen.size() == 1 ? eigen.get(0) : null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null; // no CMMN here
  }
}
