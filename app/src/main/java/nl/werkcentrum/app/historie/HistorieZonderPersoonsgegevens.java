package nl.werkcentrum.app.historie;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the engine's history as the default handler does, except variables that carry data: only
 * the identifiers, routing facts and decision outcomes the contract lists get a variable instance
 * ({@code ACT_HI_VARINST}), variable updates and submitted form fields ({@code ACT_HI_DETAIL}).
 * Everything else (activity history, user operation log, incidents, those variables) stays, so the
 * audit trail is complete. A list of what may be kept, not of what must go: a variable someone
 * adds to a model tomorrow stays out of the history until the contract calls it a routing fact.
 *
 * <p>Decisions likewise: a decision's history keeps which decision ran, when, and the outputs that
 * are routing facts (the regie partner, the approval route), but not its inputs, which are lent
 * data such as the attention group (GGZ is health data), nor other outputs (the regie hint that
 * names it).
 *
 * <p>This is the one class that uses the engine's history impl types: the history event handler SPI and its
 * event entities live in {@code org.camunda.bpm.engine.impl.history}, and there is no public API
 * to leave single variables out of the history at level FULL. A custom history level could, but
 * it would change the level stored in {@code ACT_GE_PROPERTY}, which an existing database refuses.
 */
public class HistorieZonderPersoonsgegevens implements HistoryEventHandler {

  private final HistoryEventHandler database;
  private final Set<String> bewaard;

  public HistorieZonderPersoonsgegevens(Set<String> routering) {
    this(routering, true);
  }

  /**
   * @param wijzigingen whether every change of a routing fact gets its own row ({@code ACT_HI_DETAIL}: who
   *     changed the budget amount, when); without, the history keeps each variable's last value only
   */
  public HistorieZonderPersoonsgegevens(Set<String> routering, boolean wijzigingen) {
    this.bewaard = Set.copyOf(routering);
    this.database = wijzigingen ? new DbHistoryEventHandler() : new DbHistoryEventHandler() {
      @Override
      protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
        return false;
      }
    };
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
    if (event instanceof HistoricDecisionEvaluationEvent besluit) {
      Stream.concat(Stream.of(besluit.getRootHistoricDecisionInstance()),
              besluit.getRequiredHistoricDecisionInstances() == null ? Stream.empty()
                  : besluit.getRequiredHistoricDecisionInstances().stream())
          .forEach(this::alleenRoutering);
      return false;
    }
    if (event instanceof HistoricVariableUpdateEventEntity variabele) {
      return !bewaard.contains(variabele.getVariableName());
    }
    // a submitted start form (the walk-in) is also recorded field by field, value included
    if (event instanceof HistoricFormPropertyEventEntity formulierveld) {
      return !bewaard.contains(formulierveld.getPropertyId());
    }
    return false;
  }

  private void alleenRoutering(HistoricDecisionInstanceEntity besluit) {
    if (besluit == null) {
      return;
    }
    // empty lists, not null: the engine's insert walks both
    besluit.setInputs(new ArrayList<>());
    List<HistoricDecisionOutputInstance> alle;
    try {
      alle = besluit.getOutputs();
    } catch (ProcessEngineException geenUitkomsten) { // no rule matched: the engine never set the list
      alle = List.of();
    }
    besluit.setOutputs(new ArrayList<>(alle.stream().filter(o -> bewaard.contains(o.getVariableName())).toList()));
  }
}
