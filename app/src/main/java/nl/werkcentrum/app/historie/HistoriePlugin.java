package nl.werkcentrum.app.historie;

import nl.werkcentrum.contract.Contract;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Puts {@link HistorieZonderPersoonsgegevens} in place of the engine's default database history
 * handler. The Spring Boot starter applies every ProcessEnginePlugin bean before the engine is
 * built. The history level stays FULL (the audit trail: activity history and user operation log);
 * of the variables, only the routing facts the contract lists are recorded.
 */
@Component
public class HistoriePlugin extends AbstractProcessEnginePlugin {

  private final Set<String> routering = Set.copyOf(Contract.werkcentrum().procesvariabelen().routering());
  private final boolean wijzigingen;

  /**
   * @param wijzigingen {@code werkcentrum.historie.variabele-wijzigingen}: true (the default) records every
   *     change of a routing fact, false only its last value (fewer writes; docs/performance.md)
   */
  public HistoriePlugin(@Value("${werkcentrum.historie.variabele-wijzigingen:true}") boolean wijzigingen) {
    this.wijzigingen = wijzigingen;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // without the default handler, the engine writes history through the custom handlers only
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(new HistorieZonderPersoonsgegevens(routering, wijzigingen));
    configuration.setCustomHistoryEventHandlers(handlers);
  }
}
