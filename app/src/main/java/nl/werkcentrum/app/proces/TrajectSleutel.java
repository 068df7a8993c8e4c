package nl.werkcentrum.app.proces;

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
    return vereist(task.getExecution());
  }
}
