package nl.werkcentrum.workers.common;

import java.util.Map;

/**
 * A business refusal by the partner system (course full, ...): the model handles it as the BPMN
 * error {@link #getErrorCode()}; it is no fault, so it is never retried.
 */
public class PartnerWeigering extends RuntimeException {

  private final String errorCode;
  private final Map<String, Object> variables;

  public PartnerWeigering(String errorCode, String message, Map<String, Object> variables) {
    super(message);
    this.errorCode = errorCode;
    this.variables = Map.copyOf(variables);
  }

  public String getErrorCode() {
    return errorCode;
  }

  public Map<String, Object> getVariables() {
    return variables;
  }
}
