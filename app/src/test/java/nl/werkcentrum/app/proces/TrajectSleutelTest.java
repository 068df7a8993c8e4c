package nl.werkcentrum.app.proces;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A task whose execution another node pruned mid-command (a parallel branch beside it ended) is a
 * lost optimistic lock, which the caller retries, not a NullPointerException in our listener or in
 * the engine.
 */
class TrajectSleutelTest {

  @Test
  void aTaskWhoseExecutionIsGoneIsAConcurrentChange() {
    DelegateTask task = mock(DelegateTask.class);
    when(task.getId()).thenReturn("taak-1");
    when(task.getProcessInstanceId()).thenReturn("proces-1");
    when(task.getExecution()).thenReturn(null);

    assertThatThrownBy(() -> TrajectSleutel.uitvoering(task))
        .isInstanceOf(OptimisticLockingException.class)
        .hasMessageContaining("Taak taak-1 is tegelijk door een ander verzoek verplaatst");
    assertThatThrownBy(() -> TrajectSleutel.vereist(task)).isInstanceOf(OptimisticLockingException.class);
  }

  @Test
  void everyCompletionChecksThatItsExecutionIsStillThere() {
    DelegateTask verplaatst = mock(DelegateTask.class);
    when(verplaatst.getEventName()).thenReturn("complete");
    when(verplaatst.getExecutionId()).thenReturn("uitvoering-1");
    when(verplaatst.getExecution()).thenReturn(null);
    assertThatThrownBy(() -> new UitvoeringVerdwenen().bijAfronden(verplaatst))
        .isInstanceOf(OptimisticLockingException.class);

    DelegateTask losseTaak = mock(DelegateTask.class);
    when(losseTaak.getEventName()).thenReturn("complete");
    when(losseTaak.getExecutionId()).thenReturn(null);
    new UitvoeringVerdwenen().bijAfronden(losseTaak);
  }

  @Test
  void aTaskWithItsExecutionBelongsToTheTrajectoryOfItsBusinessKey() {
    UUID traject = UUID.randomUUID();
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getProcessBusinessKey()).thenReturn(traject.toString());
    DelegateTask task = mock(DelegateTask.class);
    when(task.getExecution()).thenReturn(execution);

    assertThat(TrajectSleutel.uitvoering(task)).isSameAs(execution);
    assertThat(TrajectSleutel.vereist(task)).isEqualTo(traject);
  }
}
