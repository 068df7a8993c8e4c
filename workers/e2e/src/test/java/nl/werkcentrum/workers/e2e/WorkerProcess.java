package nl.werkcentrum.workers.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * A partner worker as its own JVM, started from the packaged worker jar as in production, with
 * its output in a log file under {@code target/e2e-logs}.
 */
public final class WorkerProcess implements AutoCloseable {

  private final String partner;
  private final ChildJvm jvm;

  private WorkerProcess(String partner, ChildJvm jvm) {
    this.partner = partner;
    this.jvm = jvm;
  }

  /**
   * @param args Spring Boot arguments on top of profile and engine URL, e.g.
   *             {@code --werkcentrum.partner.url=...} or {@code --camunda.bpm.client.lock-duration=4000}
   */
  public static WorkerProcess start(Path jar, String partner, String engineRestUrl, Path log, List<String> args) {
    List<String> command = new ArrayList<>(List.of(
        "-Xmx256m", "-jar", jar.toString(),
        "--spring.profiles.active=" + partner,
        "--camunda.bpm.client.base-url=" + engineRestUrl));
    command.addAll(args);
    try {
      WorkerProcess worker = new WorkerProcess(partner, ChildJvm.start(command, log, null, Duration.ofSeconds(20)));
      worker.awaitStarted();
      return worker;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start worker " + partner, e);
    }
  }

  private void awaitStarted() {
    await("worker " + partner + " started (log: " + jvm.logFile() + ")").atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> {
          if (!jvm.isAlive()) {
            throw new IllegalStateException("worker " + partner + " exited with " + jvm.exitValue()
                + "; log: " + jvm.logFile());
          }
          return log().contains("Started WorkerApplication");
        });
  }

  public String log() {
    return jvm.log();
  }

  /** The operating system's process id, for the benchmark's CPU accounting. */
  public long pid() {
    return jvm.pid();
  }

  public String partner() {
    return partner;
  }

  public boolean isAlive() {
    return jvm.isAlive();
  }

  /** A crash: no shutdown hook runs, no lock is given back. */
  public void kill() {
    jvm.kill();
  }

  @Override
  public void close() {
    jvm.stop();
  }
}
