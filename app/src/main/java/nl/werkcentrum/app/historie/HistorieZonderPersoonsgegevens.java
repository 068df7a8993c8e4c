package nl.werkcentrum.app.historie;

import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

import java.util.List;
import java.util.Set;

/**
 * Writes the engine's history as the default handler does, except variables that carry data: only
 * the identifiers, routing facts and decision outcomes the contract lists get a variable instance
 * ({@code ACT_HI_VARINST}), variable updates and submitted form fields ({@code ACT_HI_DETAIL}).
 * Everything else (activity history, user operation log, incidents, those variables) stays, so the
 * audit trail is complete. A list of what may be kept, not of what must go: a variable someone
 * adds to a model tomorrow stays out of the history until the contract calls it a routing fact.
 *
 * <p>This is the one class that uses the engine's history impl types: the history event handler SPI and its
 * event entities live in {@code org.camunda.bpm.engine.impl.history}, and there is no public API
 * to leave single variables out of the history at level FULL. A custom history level could, but
 * it would change the level stored in {@code ACT_GE_PROPERTY}, which an existing database refuses.
 */
public class HistorieZonderPersoonsgegevens implements HistoryEventHandler {

  private final HistoryEventHandler database = new DbHistoryEventHandler();
  private final Set<String> bewaard;

  public HistorieZonderPersoonsgegevens(Set<String> routering) {
    this.bewaard = Set.copyOf(routering);
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!gevoelig(event)) {
      database.handleEvent(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  boolean gevoelig(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variabele) {
      return !bewaard.contains(variabele.getVariableName());
    }
    // a submitted start form (the walk-in) is also recorded field by field, value included
    if (event instanceof HistoricFormPropertyEventEntity formulierveld) {
      return !bewaard.contains(formulierveld.getPropertyId());
    }
    return false;
  }
}
