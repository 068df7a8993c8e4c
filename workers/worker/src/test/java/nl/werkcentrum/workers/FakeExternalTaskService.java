package nl.werkcentrum.workers;

import org.camunda.bpm.client.exception.RestException;
import org.camunda.bpm.client.exception.UnknownHttpErrorException;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

/**
 * Records what a handler tells the engine, in place of the REST calls of the real client.
 * {@link #task} builds a fetched task with its business key, retries and fetched variables.
 */
public class FakeExternalTaskService implements ExternalTaskService {

  public record Failure(String message, String details, int retries, long retryTimeout) {
  }

  public record BpmnError(String code, String message, Map<String, Object> variables) {
  }

  public final List<Map<String, Object>> completed = new ArrayList<>();
  public final List<Failure> failures = new ArrayList<>();
  public final List<BpmnError> bpmnErrors = new ArrayList<>();
  public final List<Long> lockExtensions = new ArrayList<>();
  /** How many completions the engine refuses first with a 409, as when another command collides. */
  public int conflictsBeforeComplete;
  public int completeAttempts;

  public static ExternalTask task(String topic, String businessKey, Integer retries, Map<String, Object> variables) {
    ExternalTask task = mock(ExternalTask.class);
    lenient().when(task.getId()).thenReturn("task-" + topic);
    lenient().when(task.getTopicName()).thenReturn(topic);
    lenient().when(task.getBusinessKey()).thenReturn(businessKey);
    lenient().when(task.getRetries()).thenReturn(retries);
    lenient().when(task.getAllVariables()).thenReturn(new HashMap<>(variables));
    lenient().when(task.getVariable(org.mockito.ArgumentMatchers.anyString()))
        .thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    return task;
  }

  /** The one outcome the handler reported; a handler must report exactly one. */
  public Object outcome() {
    List<Object> all = new ArrayList<>();
    all.addAll(completed);
    all.addAll(failures);
    all.addAll(bpmnErrors);
    if (all.size() != 1) {
      throw new AssertionError("expected exactly one outcome, got " + all);
    }
    return all.get(0);
  }

  @Override
  public void complete(ExternalTask task, Map<String, Object> variables) {
    completeAttempts++;
    if (conflictsBeforeComplete > 0) {
      conflictsBeforeComplete--;
      // as the client reports the engine's 409: the status code comes from the cause
      RestException conflict = new RestException("Iemand anders wijzigde dit traject", "about:blank", 1);
      conflict.setHttpStatusCode(409);
      throw new UnknownHttpErrorException("TASK/CLIENT-02009 complete refused", conflict);
    }
    completed.add(Map.copyOf(variables));
  }

  @Override
  public void complete(ExternalTask task) {
    complete(task, Map.of());
  }

  @Override
  public void complete(ExternalTask task, Map<String, Object> variables, Map<String, Object> localVariables) {
    complete(task, variables);
  }

  @Override
  public void complete(String externalTaskId, Map<String, Object> variables, Map<String, Object> localVariables) {
    completed.add(Map.copyOf(variables));
  }

  @Override
  public void handleFailure(ExternalTask task, String message, String details, int retries, long retryTimeout) {
    failures.add(new Failure(message, details, retries, retryTimeout));
  }

  @Override
  public void handleFailure(String id, String message, String details, int retries, long retryTimeout) {
    failures.add(new Failure(message, details, retries, retryTimeout));
  }

  @Override
  public void handleFailure(String id, String message, String details, int retries, long retryTimeout,
      Map<String, Object> variables, Map<String, Object> localVariables) {
    failures.add(new Failure(message, details, retries, retryTimeout));
  }

  @Override
  public void handleBpmnError(ExternalTask task, String code) {
    handleBpmnError(task, code, null, Map.of());
  }

  @Override
  public void handleBpmnError(ExternalTask task, String code, String message) {
    handleBpmnError(task, code, message, Map.of());
  }

  @Override
  public void handleBpmnError(ExternalTask task, String code, String message, Map<String, Object> variables) {
    bpmnErrors.add(new BpmnError(code, message, variables));
  }

  @Override
  public void handleBpmnError(String id, String code, String message, Map<String, Object> variables) {
    bpmnErrors.add(new BpmnError(code, message, variables));
  }

  @Override
  public synchronized void extendLock(ExternalTask task, long newDuration) {
    lockExtensions.add(newDuration);
  }

  @Override
  public synchronized void extendLock(String id, long newDuration) {
    lockExtensions.add(newDuration);
  }

  @Override
  public void lock(String id, long duration) {
    throw new UnsupportedOperationException("handlers get their tasks locked");
  }

  @Override
  public void lock(ExternalTask task, long duration) {
    throw new UnsupportedOperationException("handlers get their tasks locked");
  }

  @Override
  public void unlock(ExternalTask task) {
    throw new UnsupportedOperationException("handlers do not unlock");
  }

  @Override
  public void setVariables(String id, Map<String, Object> variables) {
    throw new UnsupportedOperationException("handlers complete with their variables");
  }

  @Override
  public void setVariables(ExternalTask task, Map<String, Object> variables) {
    throw new UnsupportedOperationException("handlers complete with their variables");
  }
}
