package nl.werkcentrum.workers.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * An engine node as its own JVM, started from the app's executable jar as in production (profile
 * "postgres", plus "demo" for the partner systems' users), so a test can kill it like a crashed
 * server. Several of them on one database are a cluster in the Camunda 7 sense: nothing is shared
 * but the database.
 */
public final class AppProcess implements AutoCloseable {

  /** Where failsafe puts the app's executable jar; see the e2e pom. */
  public static final String APP_JAR_PROPERTY = "werkcentrum.app-jar";

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String node;
  private final ChildJvm jvm;
  private final int port;

  private AppProcess(String node, ChildJvm jvm, int port) {
    this.node = node;
    this.jvm = jvm;
    this.port = port;
  }

  /**
   * @param node     the node's name: the engine's host name in the job log and the metrics
   * @param database a PostgreSQL database on {@code POSTGRES_HOST}
   * @param jvmArgs  e.g. {@code -Xmx1g}
   * @param args     Spring Boot arguments, e.g. {@code --TERMIJN_INTAKE=PT2S}
   */
  public static AppProcess start(String node, String database, String adminUser, String adminPassword,
                                 Path logFolder, List<String> jvmArgs, List<String> args) {
    String jar = System.getProperty(APP_JAR_PROPERTY);
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException("app jar not found at " + jar + ": package the app first (mvn verify does)");
    }
    int port = freePort();
    List<String> command = new ArrayList<>(jvmArgs);
    command.addAll(List.of("-jar", jar,
        "--spring.profiles.active=postgres,demo",
        "--server.port=" + port,
        "--POSTGRES_DB=" + database,
        "--WERKCENTRUM_ADMIN_USER=" + adminUser,
        "--WERKCENTRUM_ADMIN_PASSWORD=" + adminPassword,
        "--camunda.bpm.generic-properties.properties.hostname=" + node));
    command.addAll(args);
    Path log = logFolder.resolve("app-" + node + "-" + System.currentTimeMillis() + ".log");
    try {
      ChildJvm jvm = ChildJvm.start(command, log, Files.createDirectories(logFolder.resolve("data-" + node)).toFile(),
          Duration.ofSeconds(30));
      AppProcess app = new AppProcess(node, jvm, port);
      app.awaitHealthy();
      return app;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start app node " + node, e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitHealthy() {
    await("app node " + node + " healthy (log: " + jvm.logFile() + ")").atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> {
          if (!jvm.isAlive()) {
            throw new IllegalStateException("app node " + node + " exited with " + jvm.exitValue() + "; log: "
                + jvm.logFile());
          }
          return healthy();
        });
  }

  /** What a load balancer's health check asks. */
  public boolean healthy() {
    try {
      var response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
          .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("\"UP\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public String node() {
    return node;
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  public String engineRestUrl() {
    return baseUrl() + "/engine-rest";
  }

  public String log() {
    return jvm.log();
  }

  public boolean isAlive() {
    return jvm.isAlive();
  }

  /** The operating system's process id, for the benchmark's CPU accounting. */
  public long pid() {
    return jvm.pid();
  }

  /** A crash (SIGKILL): no shutdown hook, no transaction finished, no lock given back. */
  public void kill() {
    jvm.kill();
  }

  @Override
  public void close() {
    jvm.stop();
  }
}
