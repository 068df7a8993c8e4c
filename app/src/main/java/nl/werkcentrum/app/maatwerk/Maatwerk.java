package nl.werkcentrum.app.maatwerk;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Which version of a called process or decision a region's instance uses: the region's own, when
 * its process owners deployed one for its tenant, otherwise the national (shared) one. The models
 * ask it in {@code camunda:calledElementTenantId} and {@code camunda:decisionRefTenantId}, e.g.
 * {@code ${maatwerk.beslissing(execution, 'budget-goedkeuring')}}; {@code null} is the engine's
 * "no tenant", the shared definition.
 *
 * <p>The engine on its own would look in the caller's definition's tenant only, i.e. in the shared
 * definitions for a national model, so a region's version would never be picked.
 */
@Component("maatwerk")
public class Maatwerk {

  private final RepositoryService repositoryService;

  public Maatwerk(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  /** The tenant of the process definition {@code key} this execution calls. */
  public String proces(DelegateExecution execution, String key) {
    String regio = execution.getTenantId();
    return regio != null && repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
        .tenantIdIn(regio).count() > 0 ? regio : null;
  }

  /** The tenant of the decision definition {@code key} this execution evaluates. */
  public String beslissing(DelegateExecution execution, String key) {
    String regio = execution.getTenantId();
    return regio != null && heeftBeslissing(regio, key) ? regio : null;
  }

  boolean heeftBeslissing(String regio, String key) {
    return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key)
        .tenantIdIn(regio).count() > 0;
  }
}
