package nl.werkcentrum.workers.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM the tests start from a packaged jar, with its output in a log file: what app nodes and
 * partner workers share. It can be stopped cleanly or crashed.
 */
final class ChildJvm {

  private final Process process;
  private final Path log;
  private final Duration grace;

  private ChildJvm(Process process, Path log, Duration grace) {
    this.process = process;
    this.log = log;
    this.grace = grace;
  }

  /**
   * @param javaArgs  everything after {@code java}, e.g. {@code -Xmx256m -jar worker.jar --spring...}
   * @param directory the working directory, or {@code null} for this one
   * @param grace     how long a clean stop may take before the process is killed
   */
  static ChildJvm start(List<String> javaArgs, Path log, File directory, Duration grace) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(javaArgs);
    Files.createDirectories(log.getParent());
    // every child's log is checked for ERRORs and 5xx after each test
    GeenFoutenInLogs.volg(log);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
        .directory(directory).start();
    return new ChildJvm(process, log, grace);
  }

  String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path logFile() {
    return log;
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  int exitValue() {
    return process.exitValue();
  }

  /** A crash (SIGKILL): no shutdown hook, no transaction finished, no lock given back. */
  void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  /** A clean shutdown, forced once {@code grace} has passed. */
  void stop() {
    if (process.isAlive()) {
      process.destroy();
      waitForExit();
    }
  }

  private void waitForExit() {
    try {
      if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
