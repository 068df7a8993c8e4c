package nl.werkcentrum.workers.e2e;

import nl.werkcentrum.app.WerkcentrumApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

/**
 * The real engine application in this JVM: production "postgres" profile, plus "demo" for the
 * partner systems' users, on database
 * {@link PostgresAvailable#TEST_DATABASE}, on a random port, reachable by the workers only over HTTP.
 */
public final class EngineApp implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private EngineApp(ConfigurableApplicationContext context) {
    this.context = context;
  }

  public static EngineApp start(Path dataFolder, String... extraArgs) {
    return startOn(PostgresAvailable.TEST_DATABASE, dataFolder, extraArgs);
  }

  /** The app on another database of the same server, e.g. a load run's own. */
  public static EngineApp startOn(String database, Path dataFolder, String... extraArgs) {
    String[] args = new String[3 + extraArgs.length];
    args[0] = "--server.port=0";
    args[1] = "--POSTGRES_DB=" + database;
    args[2] = "--WERKCENTRUM_DATA=" + dataFolder;
    System.arraycopy(extraArgs, 0, args, 3, extraArgs.length);
    return new EngineApp(new SpringApplicationBuilder(WerkcentrumApplication.class).profiles("postgres", "demo").run(args));
  }

  public int port() {
    return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
  }

  public String engineRestUrl() {
    return "http://localhost:" + port() + "/engine-rest";
  }

  /** A bean of the app, e.g. the engine's RepositoryService to deploy a test model. */
  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}
