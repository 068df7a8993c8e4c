package nl.werkcentrum.workers.common;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * How a worker treats its tasks, under {@code werkcentrum.worker}. The lock duration is the one the
 * client fetches with ({@code camunda.bpm.client.lock-duration} is set from it) and the heartbeat
 * extends by.
 */
@ConfigurationProperties("werkcentrum.worker")
public record WorkerSettings(
    @DefaultValue("PT30S") Duration lockDuration,
    @DefaultValue({"PT10S", "PT1M", "PT5M"}) List<Duration> retryBackoffs) {

  public RetryPolicy retryPolicy() {
    return new RetryPolicy(retryBackoffs);
  }
}
