package nl.werkcentrum.workers.common;

import java.time.Duration;
import java.util.List;

/**
 * Decreasing retries with a growing back-off: the n-th failure waits {@code backoffs[n-1]}; after
 * the last back-off the next failure leaves 0 retries, which the engine turns into an incident.
 */
public record RetryPolicy(List<Duration> backoffs) {

  public RetryPolicy {
    if (backoffs == null || backoffs.isEmpty()) {
      throw new IllegalArgumentException("at least one back-off is needed");
    }
    backoffs = List.copyOf(backoffs);
  }

  /** Attempts in all: the first one and one per back-off. */
  public int maxAttempts() {
    return backoffs.size() + 1;
  }

  /**
   * What to tell the engine after a failure.
   *
   * @param retriesNow the task's retries as fetched: {@code null} before its first failure
   */
  public Attempt after(Integer retriesNow) {
    int left = (retriesNow == null ? maxAttempts() : retriesNow) - 1;
    if (left <= 0) {
      return new Attempt(0, Duration.ZERO);
    }
    int failuresSoFar = maxAttempts() - left;
    // retries raised by an operator (Cockpit) count as a fresh start: the shortest back-off
    int index = Math.max(0, Math.min(failuresSoFar, backoffs.size()) - 1);
    return new Attempt(left, backoffs.get(index));
  }

  public record Attempt(int retriesLeft, Duration backoff) {
  }
}
