package nl.werkcentrum.workers.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A partner worker as its own JVM, started from the packaged worker jar as in production, with
 * its output in a log file under {@code target/e2e-logs}.
 */
public final class WorkerProcess implements AutoCloseable {

  private final String partner;
  private final Process process;
  private final Path log;

  private WorkerProcess(String partner, Process process, Path log) {
    this.partner = partner;
    this.process = process;
    this.log = log;
  }

  /**
   * @param args Spring Boot arguments on top of profile and engine URL, e.g.
   *             {@code --werkcentrum.partner.url=...} or {@code --camunda.bpm.client.lock-duration=4000}
   */
  public static WorkerProcess start(Path jar, String partner, String engineRestUrl, Path log, List<String> args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-jar", jar.toString(),
        "--spring.profiles.active=" + partner,
        "--camunda.bpm.client.base-url=" + engineRestUrl));
    command.addAll(args);
    try {
      Files.createDirectories(log.getParent());
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      WorkerProcess worker = new WorkerProcess(partner, process, log);
      worker.awaitStarted();
      return worker;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start worker " + partner, e);
    }
  }

  private void awaitStarted() {
    await("worker " + partner + " started (log: " + log + ")").atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> {
          if (!process.isAlive()) {
            throw new IllegalStateException("worker " + partner + " exited with " + process.exitValue()
                + "; log: " + log);
          }
          return log().contains("Started WorkerApplication");
        });
  }

  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String partner() {
    return partner;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** A crash: no shutdown hook runs, no lock is given back. */
  public void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      waitForExit();
    }
  }

  private void waitForExit() {
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
