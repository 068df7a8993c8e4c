package nl.werkcentrum.workers.e2e;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What an end-to-end test works with: the running engine app, its REST API, and partner worker
 * processes it can start, kill and restart. Each test gets a fresh demo data folder for the
 * workers' demo partner systems, shared by the workers it starts (so a restarted worker finds what
 * its predecessor booked).
 */
public final class E2eEnvironment implements ExtensionContext.Store.CloseableResource {

  /** Where failsafe puts the packaged worker jar; see the e2e pom. */
  static final String WORKER_JAR_PROPERTY = "werkcentrum.worker-jar";

  private final EngineApp app;
  private final EngineRest rest;
  private final Path workerJar;
  private final Path target = Path.of("target");
  private final List<WorkerProcess> workers = new ArrayList<>();
  private Path demoData;

  private E2eEnvironment(EngineApp app, Path workerJar) {
    this.app = app;
    this.workerJar = workerJar;
    this.rest = administrator(app);
    newDemoData();
  }

  /** A fresh administrator: the database is shared with other test runs and their passwords. */
  private static EngineRest administrator(EngineApp app) {
    IdentityService identity = app.bean(IdentityService.class);
    String id = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
    String password = UUID.randomUUID().toString();
    var user = identity.newUser(id);
    user.setPassword(password);
    identity.saveUser(user);
    identity.createMembership(id, "camunda-admin");
    return new EngineRest(app.engineRestUrl(), id, password);
  }

  static E2eEnvironment start() {
    String jar = System.getProperty(WORKER_JAR_PROPERTY);
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException("worker jar not found at " + jar + ": run the e2e tests with 'mvn verify' "
          + "(failsafe), which packages the worker first");
    }
    Path data = Path.of("target", "e2e-app-data", UUID.randomUUID().toString());
    return new E2eEnvironment(EngineApp.start(data.toAbsolutePath()), Path.of(jar));
  }

  public EngineApp app() {
    return app;
  }

  public EngineRest rest() {
    return rest;
  }

  /** The demo partner systems' folder of the current test. */
  public Path demoData() {
    return demoData;
  }

  /** Deploys a BPMN from the test classpath, e.g. a probe or the trajectory under test. */
  public void deploy(String classpathResource) {
    app.bean(RepositoryService.class).createDeployment().name("e2e " + classpathResource)
        .enableDuplicateFiltering(true).addClasspathResource(classpathResource).deploy();
  }

  /**
   * Lets the partner systems' groups work on a test-only process, as the app grants them on the
   * trajectory's processes at start (engine authorizations are on).
   */
  public void grantWorkers(String processKey) {
    AuthorizationService authorizations = app.bean(AuthorizationService.class);
    for (String group : List.of("worker-uwv", "worker-gemeente", "worker-roc", "worker-sociale-partners")) {
      if (authorizations.createAuthorizationQuery().groupIdIn(group)
          .resourceType(Resources.PROCESS_DEFINITION).resourceId(processKey).count() == 0) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId(processKey);
        grant.addPermission(ProcessDefinitionPermissions.READ);
        grant.addPermission(ProcessDefinitionPermissions.READ_INSTANCE);
        grant.addPermission(ProcessDefinitionPermissions.UPDATE_INSTANCE);
        authorizations.saveAuthorization(grant);
      }
    }
  }

  /**
   * Starts a worker process for {@code partner} (uwv, gemeente, roc, sociale-partners) against this
   * app, with the test's demo data folder, and waits until it runs.
   */
  public WorkerProcess startWorker(String partner, String... args) {
    List<String> all = new ArrayList<>(List.of("--werkcentrum.partner.demo-data=" + demoData.toAbsolutePath()));
    all.addAll(List.of(args));
    Path log = target.resolve("e2e-logs").resolve(partner + "-" + System.currentTimeMillis() + ".log");
    WorkerProcess worker = WorkerProcess.start(workerJar, partner, app.engineRestUrl(), log, all);
    synchronized (workers) {
      workers.add(worker);
    }
    return worker;
  }

  /** Starts all four partners' workers at once. */
  public List<WorkerProcess> startAllWorkers(String... args) {
    return List.of("uwv", "gemeente", "roc", "sociale-partners").parallelStream()
        .map(p -> startWorker(p, args)).toList();
  }

  void stopWorkers() {
    synchronized (workers) {
      workers.forEach(WorkerProcess::close);
      workers.clear();
    }
    newDemoData();
  }

  private void newDemoData() {
    try {
      demoData = Files.createDirectories(target.resolve("e2e-demo-data").resolve(UUID.randomUUID().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    stopWorkers();
    app.close();
  }
}
