package nl.werkcentrum.workers.common;

import org.camunda.bpm.client.exception.RestException;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.Map;

/**
 * The one place where a partner's answer becomes an engine outcome, so every handler only says
 * what it asks the partner system and which variables come back:
 * <ul>
 *   <li>an answer completes the task with the result variables, sent again when it collides with
 *   another change of the same trajectory (409);</li>
 *   <li>a {@link PartnerWeigering} (a business refusal) becomes a BPMN error the model handles;</li>
 *   <li>anything else is a technical fault: {@code handleFailure} with the {@link RetryPolicy},
 *   ending in an incident with the fault's message once the retries are used up.</li>
 * </ul>
 * While the partner works, a {@link LockHeartbeat} keeps the task locked; when this process dies
 * the heartbeat stops and the engine hands the task to another worker after the lock expires.
 */
public abstract class PartnerTaskHandler implements ExternalTaskHandler {

  private static final Logger log = LoggerFactory.getLogger(PartnerTaskHandler.class);
  private static final int POGINGEN_BIJ_CONFLICT = 3;

  private final WorkerSettings settings;

  protected PartnerTaskHandler(WorkerSettings settings) {
    this.settings = settings;
  }

  /**
   * Asks the partner system and returns the variables to complete the task with. The partner call
   * must be keyed on {@code trajectId}: a redelivered task calls it again with the same key.
   */
  protected abstract Map<String, Object> handle(String trajectId, ExternalTask task);

  @Override
  public final void execute(ExternalTask task, ExternalTaskService service) {
    String trajectId = task.getBusinessKey();
    try (var ignored = MDC.putCloseable("traject", trajectId);
         var ignored2 = MDC.putCloseable("topic", task.getTopicName());
         var heartbeat = LockHeartbeat.start(task, service, settings.lockDuration())) {
      if (trajectId == null || trajectId.isBlank()) {
        // a model error, not a passing fault: retrying cannot help, so go straight to an incident
        service.handleFailure(task, "Taak " + task.getTopicName() + " heeft geen business key (trajectId)",
            null, 0, 0);
        return;
      }
      Map<String, Object> result;
      try {
        result = handle(trajectId, task);
      } catch (PartnerWeigering refusal) {
        log.info("Partner weigert: {} ({})", refusal.getErrorCode(), refusal.getMessage());
        heartbeat.stop();
        service.handleBpmnError(task, refusal.getErrorCode(), refusal.getMessage(), refusal.getVariables());
        return;
      } catch (RuntimeException fault) {
        heartbeat.stop();
        fail(task, service, fault);
        return;
      }
      heartbeat.stop();
      if (rondAf(task, service, result)) {
        log.info("Taak afgerond");
        afgerond(trajectId, task);
      }
    }
  }

  /**
   * A 409 is the engine's word that another command changed the trajectory at the same moment and
   * nothing was written, so the same completion is sent again. Should it keep colliding, the lock
   * runs out and the task comes back to a worker; the partner call is keyed on the trajectory.
   */
  private static boolean rondAf(ExternalTask task, ExternalTaskService service, Map<String, Object> result) {
    for (int poging = 1; ; poging++) {
      try {
        service.complete(task, result);
        return true;
      } catch (RestException refused) {
        if (poging > 1 && Integer.valueOf(404).equals(refused.getHttpStatusCode())) {
          // the change we collided with ended this task (the trajectory moved on): nothing left to do
          log.info("Taak bestaat niet meer na een gelijktijdige wijziging; het traject is verder gegaan");
          return false;
        }
        if (!Integer.valueOf(409).equals(refused.getHttpStatusCode())) {
          throw refused;
        }
        if (poging == POGINGEN_BIJ_CONFLICT) {
          log.warn("Afronden botst {} keer met een gelijktijdige wijziging; de taak komt terug na het verlopen"
              + " van de lock", poging);
          return false;
        }
        log.info("Afronden botst met een gelijktijdige wijziging; opnieuw ({} van {})", poging + 1,
            POGINGEN_BIJ_CONFLICT);
      }
    }
  }

  /**
   * Called once the engine accepted the task's completion, so the trajectory has moved on; e.g.
   * for what the partner does next, which must not reach the engine before that.
   */
  protected void afgerond(String trajectId, ExternalTask task) {
  }

  private void fail(ExternalTask task, ExternalTaskService service, RuntimeException fault) {
    RetryPolicy.Attempt next = settings.retryPolicy().after(task.getRetries());
    String message = Foutmelding.of(fault);
    if (next.retriesLeft() > 0) {
      log.warn("Technische fout, nog {} poging(en) over {}: {}", next.retriesLeft(), next.backoff(), message);
    } else {
      log.error("Technische fout, geen pogingen meer: incident. {}", message);
    }
    service.handleFailure(task, message, Foutmelding.details(fault), next.retriesLeft(), next.backoff().toMillis());
  }
}
