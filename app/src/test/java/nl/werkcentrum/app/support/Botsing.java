package nl.werkcentrum.app.support;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

import java.util.concurrent.CompletableFuture;

/**
 * A collision made certain instead of left to timing: when armed, the next completion of the
 * process {@link #PROCES}'s first task has another thread suspend and activate its instance, which
 * commits a newer revision of what the completion is about to write, so the completion loses its
 * optimistic lock. Import {@link Config} to have it; the bean is named {@code botsing}.
 */
public class Botsing {

  public static final String PROCES = "botsing-test";

  private final RuntimeService runtimeService;
  private volatile boolean gewapend;

  Botsing(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** Deploys the process once: its first task (assigned to {@code ${toegewezen}}) calls the hook. */
  public static void deploy(RepositoryService repositoryService) {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCES).count() == 0) {
      repositoryService.createDeployment().addModelInstance(PROCES + ".bpmn", Bpmn.createExecutableProcess(PROCES)
          .name("Botsingstest")
          .camundaHistoryTimeToLive(1)
          .startEvent()
          .userTask("eerste").name("Eerste stap").camundaAssignee("${toegewezen}")
          .camundaTaskListenerExpression("complete", "${botsing.eenmaal(task)}")
          .userTask("tweede").name("Tweede stap").camundaAssignee("${toegewezen}")
          .endEvent()
          .done()).deploy();
    }
  }

  public void volgende() {
    gewapend = true;
  }

  public void eenmaal(DelegateTask task) {
    if (!gewapend) {
      return;
    }
    gewapend = false;
    String instance = task.getProcessInstanceId();
    CompletableFuture.runAsync(() -> {
      runtimeService.suspendProcessInstanceById(instance);
      runtimeService.activateProcessInstanceById(instance);
    }).join();
  }

  @TestConfiguration
  public static class Config {

    @Bean
    Botsing botsing(@Lazy RuntimeService runtimeService) {
      return new Botsing(runtimeService);
    }
  }
}
