package nl.werkcentrum.app.proces;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every user task's completion, through the Spring Boot starter's task eventing: a task whose
 * execution another node pruned after this command read the task (a parallel branch beside it
 * ended) is reported as the lost optimistic lock it is, before the engine reaches for that
 * execution and fails with a NullPointerException. The engine API then answers 409 and the caller
 * submits again; otherwise it answered 500. A task outside any process has no execution to lose.
 */
@Component
class UitvoeringVerdwenen {

  @EventListener
  public void bijAfronden(DelegateTask task) {
    if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName()) && task.getExecutionId() != null) {
      TrajectSleutel.uitvoering(task);
    }
  }
}
