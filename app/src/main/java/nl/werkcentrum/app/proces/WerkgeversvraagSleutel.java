package nl.werkcentrum.app.proces;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import java.util.Optional;
import java.util.UUID;

/** The employer's question an execution works for: its business key, as a trajectory's is. */
final class WerkgeversvraagSleutel {

  private WerkgeversvraagSleutel() {
  }

  static UUID vereist(DelegateExecution execution) {
    return UUID.fromString(execution.getProcessBusinessKey());
  }

  /** An identifier the process keeps (openVacatureId, voordrachtId), if set. */
  static Optional<UUID> id(DelegateExecution execution, String variabele) {
    Object waarde = execution.getVariable(variabele);
    return waarde == null ? Optional.empty() : Optional.of(UUID.fromString(waarde.toString()));
  }
}
