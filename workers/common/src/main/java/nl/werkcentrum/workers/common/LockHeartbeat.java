package nl.werkcentrum.workers.common;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Extends the task's lock every half lock duration while slow partner work runs. The lock itself
 * stays short, so a crashed worker's task is free again soon; a live worker never loses it.
 */
final class LockHeartbeat implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LockHeartbeat.class);

  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "lock-heartbeat");
    t.setDaemon(true);
    return t;
  });

  private final ScheduledFuture<?> beat;

  private LockHeartbeat(ScheduledFuture<?> beat) {
    this.beat = beat;
  }

  static LockHeartbeat start(ExternalTask task, ExternalTaskService service, Duration lockDuration) {
    long every = Math.max(lockDuration.toMillis() / 2, 1);
    return new LockHeartbeat(TIMER.scheduleAtFixedRate(() -> {
      try {
        service.extendLock(task, lockDuration.toMillis());
        log.info("Lock verlengd met {}", lockDuration);
      } catch (RuntimeException e) {
        // the task may just have been completed; the worker's own call reports real trouble
        log.warn("Lock verlengen mislukt: {}", e.getMessage());
      }
    }, every, every, TimeUnit.MILLISECONDS));
  }

  void stop() {
    beat.cancel(false);
  }

  @Override
  public void close() {
    stop();
  }
}
