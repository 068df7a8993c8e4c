package nl.werkcentrum.app.proces;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

/**
 * The check for a vanished execution hears every user task of every model through the starter's
 * task eventing, without a listener in the models, and lets an ordinary completion through.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:uitvoeringverdwenen;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
class UitvoeringVerdwenenTest {

  @MockitoSpyBean
  UitvoeringVerdwenen controle;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Test
  void everyUserTasksCompletionIsChecked() {
    List<String> gehoord = new CopyOnWriteArrayList<>();
    doAnswer(call -> {
      DelegateTask task = call.getArgument(0);
      gehoord.add(task.getTaskDefinitionKey() + ":" + task.getEventName());
      return call.callRealMethod();
    }).when(controle).bijAfronden(any());
    repositoryService.createDeployment().addModelInstance("zonder-luisteraar.bpmn",
        Bpmn.createExecutableProcess("zonder-luisteraar").camundaHistoryTimeToLive(1)
            .startEvent().userTask("taak").endEvent().done()).deploy();
    String instance = runtimeService.startProcessInstanceByKey("zonder-luisteraar").getId();

    taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());

    assertThat(gehoord).contains("taak:complete");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
  }
}
