package nl.werkcentrum.workers.common;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

  private final RetryPolicy policy = new RetryPolicy(
      List.of(Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(5)));

  @Test
  void retriesDecreaseWhileTheBackOffGrows() {
    assertThat(policy.maxAttempts()).isEqualTo(4);
    assertThat(policy.after(null)).isEqualTo(new RetryPolicy.Attempt(3, Duration.ofSeconds(10)));
    assertThat(policy.after(3)).isEqualTo(new RetryPolicy.Attempt(2, Duration.ofMinutes(1)));
    assertThat(policy.after(2)).isEqualTo(new RetryPolicy.Attempt(1, Duration.ofMinutes(5)));
  }

  @Test
  void theLastFailureLeavesNoRetrySoTheEngineRaisesAnIncident() {
    assertThat(policy.after(1)).isEqualTo(new RetryPolicy.Attempt(0, Duration.ZERO));
    assertThat(policy.after(0)).isEqualTo(new RetryPolicy.Attempt(0, Duration.ZERO));
  }

  @Test
  void retriesRaisedByAnOperatorStartAtTheShortestBackOff() {
    // Cockpit's "retry" may give a task more retries than the policy knows
    assertThat(policy.after(10)).isEqualTo(new RetryPolicy.Attempt(9, Duration.ofSeconds(10)));
    assertThat(new RetryPolicy(List.of(Duration.ofSeconds(1))).after(null))
        .isEqualTo(new RetryPolicy.Attempt(1, Duration.ofSeconds(1)));
  }

  @Test
  void refusesAPolicyWithoutBackOff() {
    assertThatThrownBy(() -> new RetryPolicy(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
