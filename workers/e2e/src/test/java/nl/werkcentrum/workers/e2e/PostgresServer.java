package nl.werkcentrum.workers.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The local PostgreSQL server, restarted the way an operator (or a failover) would. */
final class PostgresServer {

  private PostgresServer() {
  }

  /**
   * Restarts the Debian cluster with {@code pg_ctlcluster} (fast shutdown: every connection is cut,
   * running transactions are rolled back) and waits until it accepts connections again.
   */
  static void restart() throws IOException, InterruptedException {
    String version;
    try (Stream<Path> versions = Files.list(Path.of("/etc/postgresql"))) {
      version = versions.map(p -> p.getFileName().toString()).sorted().reduce((a, b) -> b)
          .orElseThrow(() -> new IllegalStateException("no PostgreSQL cluster in /etc/postgresql"));
    }
    run(List.of("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart", "-m", "fast"));
    for (int i = 0; i < 60; i++) {
      if (run(List.of("pg_isready", "-q", "-h", PostgresAvailable.env("POSTGRES_HOST", "127.0.0.1"),
          "-p", PostgresAvailable.env("POSTGRES_PORT", "5432")), false) == 0) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("PostgreSQL did not come back within 30 s");
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    if (run(command, true) != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed");
    }
  }

  private static int run(List<String> command, boolean show) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(show ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.to(new File("/dev/null"))).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }
}
