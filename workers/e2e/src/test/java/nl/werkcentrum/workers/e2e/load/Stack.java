package nl.werkcentrum.workers.e2e.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.werkcentrum.workers.e2e.AppProcess;
import nl.werkcentrum.workers.e2e.EngineRest;
import nl.werkcentrum.workers.e2e.WorkerProcess;

import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The whole system as in production, on one machine: engine nodes (the app's jar, each its own JVM)
 * on one PostgreSQL database, and the four partner workers (the worker's jar, each its own JVM)
 * polling a node over HTTP. Loads talk to it only over HTTP too.
 */
public final class Stack implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  public static final List<String> PARTNERS = List.of("uwv", "gemeente", "roc", "sociale-partners");

  private final LoadDatabase database;
  private final Path logs;
  private final List<AppProcess> nodes = new ArrayList<>();
  private final List<WorkerProcess> workers = new ArrayList<>();
  private final String adminUser = "load-admin";
  private final String adminPassword = UUID.randomUUID().toString();
  private final String secondApproverPassword = UUID.randomUUID().toString();
  private final List<String> appJvmArgs;
  private final List<String> appArgs;
  private final Path demo;

  public Stack(LoadDatabase database, Path logs, List<String> appJvmArgs, List<String> appArgs) {
    this.database = database;
    this.logs = logs;
    this.appJvmArgs = appJvmArgs;
    this.appArgs = appArgs;
    this.demo = logs.resolve("demo-registers-" + UUID.randomUUID());
  }

  /** Starts another engine node; the first one creates the schema and the users. */
  public AppProcess startNode(String name) {
    AppProcess node = AppProcess.start(name, database.name(), adminUser, adminPassword, logs, appJvmArgs, appArgs);
    synchronized (nodes) {
      nodes.add(node);
    }
    return node;
  }

  /** Starts the four partner workers against {@code node}, with the load's partner data. */
  public void startWorkers(AppProcess node, PartnerData data, List<String> workerArgs) {
    startWorkers(node, PARTNERS, data, workerArgs);
  }

  /** Starts some partners' workers against {@code node}. */
  public void startWorkers(AppProcess node, List<String> partners, PartnerData data, List<String> workerArgs) {
    String jar = System.getProperty("werkcentrum.worker-jar");
    partners.parallelStream().forEach(partner -> {
      List<String> args = new ArrayList<>(List.of(data.argument(partner),
          "--werkcentrum.partner.demo-data=" + demo.toAbsolutePath(),
          // the demo ROC reports the course's end itself, over the engine REST API
          "--werkcentrum.partner.demo-scholing-afronden-na=PT1S"));
      args.addAll(workerArgs);
      WorkerProcess worker = WorkerProcess.start(Path.of(jar), partner, node.engineRestUrl(),
          logs.resolve("worker-" + partner + "-" + node.node() + ".log"), args);
      synchronized (workers) {
        workers.add(worker);
      }
    });
  }

  public List<AppProcess> nodes() {
    synchronized (nodes) {
      return List.copyOf(nodes);
    }
  }

  public List<WorkerProcess> workers() {
    synchronized (workers) {
      return List.copyOf(workers);
    }
  }

  public LoadDatabase database() {
    return database;
  }

  public String adminUser() {
    return adminUser;
  }

  public String adminPassword() {
    return adminPassword;
  }

  /** The engine REST API of every node, as {@code user}. */
  public Nodes engineRest(String user, String password) {
    return new Nodes(nodes().stream().map(n -> new EngineRest(n.engineRestUrl(), user, password)).toList());
  }

  /** Our own API of every node, as {@code user}. */
  public Nodes api(String user, String password) {
    return new Nodes(nodes().stream().map(n -> new EngineRest(n.baseUrl(), user, password)).toList());
  }

  public Nodes admin() {
    return engineRest(adminUser, adminPassword);
  }

  /** The caseworkers' inbox: the administrator, and a second administrator for the four-eyes approval. */
  public Takenbak inbox() {
    Nodes admin = admin();
    String second = "load-tweede-beoordelaar";
    if (admin.call(rest -> rest.get("/user/count?id=" + second)).get("count").asInt() == 0) {
      ObjectNode user = JSON.createObjectNode();
      user.putObject("profile").put("id", second).put("firstName", "Tweede").put("lastName", "Beoordelaar")
          .put("email", "tweede@example.org");
      user.putObject("credentials").put("password", secondApproverPassword);
      admin.call(rest -> rest.post("/user/create", user));
      admin.call(rest -> rest.send("PUT", "/group/camunda-admin/members/" + second));
    }
    return new RestTakenbak(admin, engineRest(second, secondApproverPassword));
  }

  /** Each region's budget holder deposits {@code bedrag} into this year's ontschot budget. */
  public void deposit(long bedrag) {
    Nodes api = api(adminUser, adminPassword);
    for (int r = 1; r <= 35; r++) {
      String regio = String.format("AMR%02d", r);
      ObjectNode body = JSON.createObjectNode().put("financier", "UWV").put("bedrag", bedrag)
          .put("jaar", Year.now().getValue());
      api.call(rest -> rest.post("/api/regios/" + regio + "/budget/stortingen", body));
    }
  }

  /** {@link #signUp(List, int, Latencies, double)} as fast as {@code threads} allow. */
  public Map<String, String> signUp(List<Persoon> mensen, int threads, Latencies latency) {
    return signUp(mensen, threads, latency, 0);
  }

  /**
   * Signs everybody up through their own door (the partner system's user), {@code threads} at a
   * time and at most {@code perSecond} a second (0: no limit); returns bsn to trajectId. A sign-up
   * repeated after a lost answer finds the running trajectory (200) instead of starting a second one.
   */
  public Map<String, String> signUp(List<Persoon> mensen, int threads, Latencies latency, double perSecond) {
    Pace pace = new Pace(perSecond);
    Map<String, Nodes> doors = new ConcurrentHashMap<>();
    Map<String, String> trajecten = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (Persoon p : mensen) {
        pace.next();
        done.add(pool.submit(() -> {
          Nodes door = doors.computeIfAbsent(p.aanmelder(), user -> api(user, "demo"));
          ObjectNode body = JSON.createObjectNode().put("bsn", p.bsn()).put("regio", p.regio()).put("kanaal", p.kanaal());
          long start = System.nanoTime();
          String traject = door.call(rest -> rest.post("/api/aanmeldingen", body)).get("trajectId").asText();
          latency.addNanos(System.nanoTime() - start);
          trajecten.put(p.bsn(), traject);
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("sign-up failed: " + e.getMessage(), e);
    } finally {
      pool.shutdown();
    }
    return trajecten;
  }

  @Override
  public void close() {
    workers().forEach(WorkerProcess::close);
    nodes().forEach(AppProcess::close);
  }
}
