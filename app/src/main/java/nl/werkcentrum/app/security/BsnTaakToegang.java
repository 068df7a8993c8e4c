package nl.werkcentrum.app.security;

import nl.werkcentrum.contract.Contract;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Collection;
import java.util.Optional;

/**
 * Decides whether a partner system may read the BSN for an external task: only for a task of one
 * of its own topics that needs the BSN ({@code bsnNodig} in the contract), and only while the asking worker
 * holds the task's lock. So a partner gets a person's BSN only for the work it is doing now.
 */
@Component
public class BsnTaakToegang {

  private final ExternalTaskService externalTasks;
  private final Contract contract = Contract.werkcentrum();
  private final Clock clock;

  public BsnTaakToegang(ExternalTaskService externalTasks, Clock clock) {
    this.externalTasks = externalTasks;
    this.clock = clock;
  }

  /** What was asked for is unknown: the caller learns nothing more than that. */
  public static class OnbekendeTaakException extends RuntimeException {
    OnbekendeTaakException(String taakId) {
      super("Externe taak " + taakId + " bestaat niet");
    }
  }

  /**
   * The task, when the caller (by its groups) may read its BSN as {@code workerId}.
   *
   * @throws OnbekendeTaakException for an unknown task id
   * @throws AccessDeniedException  with the Dutch reason otherwise
   */
  public ExternalTask toegestaneTaak(String taakId, String workerId, Collection<String> groepen) {
    ExternalTask taak = Optional.ofNullable(
            externalTasks.createExternalTaskQuery().externalTaskId(taakId).singleResult())
        .orElseThrow(() -> new OnbekendeTaakException(taakId));
    String partner = groepen.stream().map(contract::partnerVanGroep).flatMap(Optional::stream).findFirst()
        .orElseThrow(() -> new AccessDeniedException("Alleen een partnersysteem vraagt het BSN op, voor een eigen taak"));
    Contract.Topic topic = contract.topicsVan(partner).get(taak.getTopicName());
    if (topic == null || !topic.bsnNodig()) {
      throw new AccessDeniedException("Taak " + taakId + " is geen taak van deze partner waarvoor het BSN nodig is");
    }
    boolean vastgehouden = workerId != null && workerId.equals(taak.getWorkerId())
        && taak.getLockExpirationTime() != null && taak.getLockExpirationTime().toInstant().isAfter(clock.instant());
    if (!vastgehouden) {
      throw new AccessDeniedException("Taak " + taakId + " is niet vergrendeld door worker " + workerId);
    }
    return taak;
  }
}
