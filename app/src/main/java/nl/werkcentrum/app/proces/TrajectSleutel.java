package nl.werkcentrum.app.proces;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

import java.util.Optional;
import java.util.UUID;

/**
 * The trajectory an execution works for: its process instance's business key, which the sign-up
 * sets to the trajectory id and the budget approval inherits from its call activity. No variable
 * copies it.
 */
final class TrajectSleutel {

  private TrajectSleutel() {
  }

  /**
   * Empty for an instance that is no trajectory of its own: a sign-up passed on to the running
   * trajectory ({@code dubbeleAanmelding}), or a process that is not a trajectory at all.
   */
  static Optional<UUID> van(DelegateExecution execution) {
    if (Boolean.TRUE.equals(execution.getVariable("dubbeleAanmelding"))) {
      return Optional.empty();
    }
    String sleutel = execution.getProcessBusinessKey();
    try {
      return sleutel == null ? Optional.empty() : Optional.of(UUID.fromString(sleutel));
    } catch (IllegalArgumentException geenTraject) {
      return Optional.empty();
    }
  }

  /** The trajectory of a step that exists only in a trajectory. */
  static UUID vereist(DelegateExecution execution) {
    return van(execution).orElseThrow(() -> new IllegalStateException(
        "Proces " + execution.getProcessInstanceId() + " hoort bij geen traject"));
  }

  static UUID vereist(DelegateTask task) {
    return vereist(uitvoering(task));
  }

  /**
   * The task's execution, which another node may have pruned between this command reading the task
   * and completing it (a parallel branch beside the task ended). The command cannot succeed then; it
   * says so the way the engine says it of any other concurrent change, so the caller submits again.
   */
  static DelegateExecution uitvoering(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    if (execution == null) {
      throw new OptimisticLockingException("Taak " + task.getId() + " is tegelijk door een ander verzoek"
          + " verplaatst naar een andere uitvoering van proces " + task.getProcessInstanceId());
    }
    return execution;
  }
}
