package nl.werkcentrum.app.historie;

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
 * built. The history level stays FULL: only the values of the variables named in
 * {@code werkcentrum.historie.gevoelige-variabelen} are left out.
 */
@Component
public class HistoriePlugin extends AbstractProcessEnginePlugin {

  private final Set<String> gevoeligeVariabelen;

  public HistoriePlugin(@Value("${werkcentrum.historie.gevoelige-variabelen:bsn}") List<String> gevoeligeVariabelen) {
    this.gevoeligeVariabelen = Set.copyOf(gevoeligeVariabelen);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // without the default handler, the engine writes history through the custom handlers only
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    List<org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(new HistorieZonderPersoonsgegevens(gevoeligeVariabelen));
    configuration.setCustomHistoryEventHandlers(handlers);
  }
}
