package nl.werkcentrum.workers;

import org.camunda.bpm.client.spring.annotation.ExternalTaskSubscription;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Placeholder worker of the walking skeleton: confirms a sign-up on behalf of the Werkcentrum. */
@Component
@ExternalTaskSubscription(topicName = "werkcentrum.aanmelding-bevestigen", variableNames = {})
public class IntakeBevestigenWorker implements ExternalTaskHandler {

  private static final Logger log = LoggerFactory.getLogger(IntakeBevestigenWorker.class);

  @Override
  public void execute(ExternalTask task, ExternalTaskService service) {
    // the business key is the trajectory id: no personal data in the log
    log.info("Aanmelding bevestigd voor traject {}", task.getBusinessKey());
    service.complete(task, Map.of("aanmeldingBevestigd", true));
  }
}
