package nl.werkcentrum.workers.e2e;

import nl.werkcentrum.workers.e2e.load.Caseworkers;
import nl.werkcentrum.workers.e2e.load.Latencies;
import nl.werkcentrum.workers.e2e.load.LoadDatabase;
import nl.werkcentrum.workers.e2e.load.Nodes;
import nl.werkcentrum.workers.e2e.load.PartnerData;
import nl.werkcentrum.workers.e2e.load.Persoon;
import nl.werkcentrum.workers.e2e.load.Stack;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scale-out the Camunda 7 way: several engine nodes (the app's jar, each its own JVM) on one
 * PostgreSQL database, each with its job executor on; nothing else is shared. Partner workers and
 * caseworkers reach the nodes over HTTP. A load of trajectories must finish whatever happens to a
 * node or to the database, with nothing lost and nothing booked twice.
 */
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
class ScaleOutOnPostgresIT {

  static final String DATABASE = "werkcentrum_scaleout";
  /** Workers ask often: a long poll waits on one node and does not hear of tasks made on another. */
  static final List<String> WORKER_ARGS = List.of("--camunda.bpm.client.async-response-timeout=1000",
      "--camunda.bpm.client.lock-duration=5000");

  Stack stack;

  @AfterEach
  void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  private Stack stack(String test, List<String> appArgs) {
    stack = new Stack(LoadDatabase.fresh(DATABASE), Path.of("target", "scale-out", test), List.of("-Xmx512m"), appArgs);
    return stack;
  }

  @Test
  @VerwachtFout(value = "(?s)ENGINE-16004 .*deadlock detected",
      reden = "two nodes updating the same executions in opposite order: PostgreSQL aborts one of them as a"
          + " deadlock, which the engine (unlike a lost optimistic lock) logs as an ERROR; the caller gets a 409 and"
          + " submits again")
  @VerwachtFout(value = "(?s)(ENGINE-16004|ENGINE-20009) .*ENGINE-03077",
      reden = "a command read an execution whose parent another node had just removed (the escalation branch"
          + " beside it ended); the engine logs it as an ERROR (ENGINE-20009 when it met it while ending the"
          + " branch), the caller gets a 409 and submits again; a partner's fetch that met it gets no tasks and"
          + " polls again")
  @VerwachtFout(value = "(?s)(ENGINE-16004|ENGINE-REST-HTTP500) .*NullPointerException.*\"execution\" is null",
      reden = "a caseworker's complete read a task of the main branch just before another request committed the"
          + " end of the escalation branch beside it; the engine then prunes the concurrent execution and moves the task"
          + " to the process instance, so the first command finds no execution for the task and fails with a"
          + " NullPointerException in the engine where it would otherwise report a lost optimistic lock. Nothing is"
          + " written and the caller submits again. A completion now reports it as a lost lock first"
          + " (UitvoeringVerdwenen); this stays declared for the engine's other commands on a task")
  @VerwachtFout(value = "(?s)ENGINE-16004 .*OptimisticLockingException: Taak \\S+ is tegelijk"
      + " door een ander verzoek verplaatst",
      reden = "the same race met by a completion: the check on every completion (UitvoeringVerdwenen) or a note's"
          + " listener finds the execution gone before the engine does and reports the lost optimistic lock, which the"
          + " engine logs as an ERROR; the caller gets a 409 and submits again")
  void twoNodesShareTheLoadAndEveryTimerFiresOnce() {
    // the intake deadline passes while the intakes wait, so each trajectory has one timer to fire
    Stack stack = stack("two-nodes", List.of("--TERMIJN_INTAKE=PT5S"));
    AppProcess a = stack.startNode("node-a");
    AppProcess b = stack.startNode("node-b");
    List<Persoon> mensen = Persoon.populatie(30, 1);
    PartnerData data = PartnerData.write(Path.of("target", "scale-out", "two-nodes", "partners"), mensen);
    stack.startWorkers(a, List.of("uwv", "roc"), data, WORKER_ARGS);
    stack.startWorkers(b, List.of("gemeente", "sociale-partners"), data, WORKER_ARGS);
    stack.deposit(100_000);

    Map<String, String> trajecten = stack.signUp(mensen, 2, new Latencies());
    assertThat(trajecten.values()).doesNotHaveDuplicates().hasSize(mensen.size());
    await("every intake deadline passed").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
        .until(() -> stack.database().number("select count(*) from act_ru_task where task_def_key_ = 'IntakeEscaleren'")
            == mensen.size());

    try (Caseworkers caseworkers = new Caseworkers(stack.inbox())) {
      awaitAllFinished(mensen.size(), Duration.ofMinutes(5));
      assertThat(caseworkers.errors()).as(caseworkers.firstError()).isZero();
    }

    LoadDatabase db = stack.database();
    assertThat(db.number("select count(*) from act_hi_actinst where act_id_ = 'IntakeSlaVerlopen'"))
        .as("intake timers fired").isEqualTo(mensen.size());
    assertThat(db.number("select count(*) from (select proc_inst_id_ from act_hi_actinst where act_id_ = 'IntakeSlaVerlopen'"
        + " group by proc_inst_id_ having count(*) > 1) twice")).as("timers fired twice").isZero();
    assertThat(db.number("select count(*) from act_hi_taskinst where task_def_key_ = 'IntakeEscaleren'"))
        .isEqualTo(mensen.size());
    // both job executors worked, on jobs of the same trajectories
    assertThat(db.number("select count(distinct hostname_) from act_hi_job_log where job_state_ = 2"
        + " and hostname_ in ('node-a', 'node-b')")).as("nodes that executed jobs").isEqualTo(2);
    assertNothingLostOrDoubled(mensen.size());
  }

  @Test
  @VerwachtFout(value = "(?s)ENGINE-16004 .*deadlock detected",
      reden = "two nodes updating the same executions in opposite order: PostgreSQL aborts one of them as a"
          + " deadlock, which the engine (unlike a lost optimistic lock) logs as an ERROR; the caller gets a 409 and"
          + " submits again")
  void optimisticLockingBetweenNodesIsRetriedNotLost() throws Exception {
    Stack stack = stack("optimistic-locking", List.of());
    stack.startNode("node-a");
    stack.startNode("node-b");
    Nodes admin = stack.admin();
    byte[] probe;
    try (var in = getClass().getResourceAsStream("/probes/parallel-join-probe.bpmn20.xml")) {
      probe = in.readAllBytes();
    }
    admin.call(rest -> rest.deploy("parallel-join-probe.bpmn", probe));

    int n = 60; // started alternately on both nodes, so both job executors pick up branches of the same instance
    for (int i = 0; i < n; i++) {
      admin.call(rest -> rest.startProcess("parallel-join-probe", UUID.randomUUID().toString(), Map.of()));
    }
    LoadDatabase db = stack.database();
    await(n + " probes joined and ended").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
        .until(() -> db.number("select count(*) from act_hi_procinst where proc_def_key_ = 'parallel-join-probe'"
            + " and end_time_ is not null") == n);

    assertThat(db.incidents()).as("incidents").isZero();
    assertThat(db.number("select count(*) from act_ru_job where process_instance_id_ is not null")).as("jobs left")
        .isZero();
    assertThat(db.number("select count(*) from act_hi_actinst where act_id_ = 'Eind'")).as("joined once each")
        .isEqualTo(n);
    // the engine retries a job that lost a collision without using up its retries, and logs each one
    long collisions = stack.nodes().stream().mapToLong(node -> node.log().lines()
        .filter(line -> line.contains("ENGINE-14006") && line.contains("OptimisticLockingException")).count()).sum();
    assertThat(collisions).as("optimistic-locking failures provoked at the joins").isPositive();
    System.out.printf("%s: %d optimistic-locking failures at the joins, all retried to the end%n", db.name(),
        collisions);
  }

  @Test
  @VerwachtFout(value = "(?s)ENGINE-16004 .*deadlock detected",
      reden = "two nodes updating the same executions in opposite order: PostgreSQL aborts one of them as a"
          + " deadlock, which the engine (unlike a lost optimistic lock) logs as an ERROR; the caller gets a 409 and"
          + " submits again")
  void killingANodeMidLoadLosesNothing() throws Exception {
    // a dead node's job locks run out after 10 s instead of the default 5 minutes
    Stack stack = stack("kill-node", List.of("--camunda.bpm.job-execution.lock-time-in-millis=10000"));
    AppProcess survivor = stack.startNode("node-a");
    AppProcess victim = stack.startNode("node-b");
    List<Persoon> mensen = Persoon.populatie(40, 2);
    stack.startWorkers(survivor, PartnerData.write(Path.of("target", "scale-out", "kill-node", "partners"), mensen),
        WORKER_ARGS);
    stack.deposit(100_000);

    try (Caseworkers caseworkers = new Caseworkers(stack.inbox())) {
      CompletableFuture<Map<String, String>> signUps = CompletableFuture.supplyAsync(
          () -> stack.signUp(mensen, 2, new Latencies()));
      await("load under way").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
          .until(() -> stack.database().finishedTrajectories() >= 5);
      victim.kill();
      assertThat(signUps.get().values()).doesNotHaveDuplicates().hasSize(mensen.size());
      awaitAllFinished(mensen.size(), Duration.ofMinutes(5));
    }
    assertNothingLostOrDoubled(mensen.size());
  }

  @Test
  @VerwachtFout(value = "(?s)ERROR.*(terminating connection due to administrator command|the database system is "
      + "(shutting down|starting up)|Connection refused|An I/O error occurred while sending to the backend"
      + "|This connection has been closed|Connection is not available, request timed out)",
      reden = "the app loses its database connections while PostgreSQL restarts")
  @VerwachtFout(value = "(?s)^worker-[a-z-]+\\.log: .*TASK/CLIENT-(\\d+ .*status code '?5\\d\\d|0300[1-4] )",
      reden = "while the database is down the engine answers the workers' calls with 500")
  @VerwachtFout(value = "(?s)^app-node-[a-z]+-\\d+\\.log: .*(persistence layer|overridden by rollback exception"
      + "|Unable to rollback against JDBC|Servlet\\.service\\(\\) for servlet|Hibernate transaction: Unable to"
      + "|DataAccessResourceFailureException)",
      reden = "requests in flight while PostgreSQL restarts fail in the persistence layer (500, the caller retries)")
  void theAppRecoversFromADatabaseRestartUnderLoad() throws Exception {
    // a job executing when the connections were cut cannot record its failure, so it stays locked until its
    // lock runs out: after 10 s here instead of the default 5 minutes, which is the whole time this test waits
    Stack stack = stack("pg-restart", List.of("--camunda.bpm.job-execution.lock-time-in-millis=10000"));
    AppProcess node = stack.startNode("node-a");
    List<Persoon> mensen = Persoon.populatie(30, 3);
    stack.startWorkers(node, PartnerData.write(Path.of("target", "scale-out", "pg-restart", "partners"), mensen),
        WORKER_ARGS);
    stack.deposit(100_000);
    stack.signUp(mensen, 2, new Latencies());

    try (Caseworkers caseworkers = new Caseworkers(stack.inbox())) {
      await("load under way").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
          .until(() -> stack.database().finishedTrajectories() >= 5);
      PostgresServer.restart();
      awaitAllFinished(mensen.size(), Duration.ofMinutes(5));
    }
    assertThat(node.isAlive()).isTrue();
    assertThat(node.healthy()).as("health after the restart").isTrue();
    assertNothingLostOrDoubled(mensen.size());
  }

  private void awaitAllFinished(int n, Duration within) {
    try {
      await(n + " trajectories placed").atMost(within).pollInterval(Duration.ofSeconds(1))
          .until(() -> stack.database().finishedTrajectories() == n);
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(e.getMessage() + "; " + stack.database().finishedTrajectories() + " placed, still"
          + " waiting:\n" + stack.database().stillWaiting(), e);
    }
  }

  /** Every trajectory placed once, its budget reserved and spent once, no incident, nothing running. */
  private void assertNothingLostOrDoubled(int n) {
    LoadDatabase db = stack.database();
    assertThat(db.incidents()).as("incidents").isZero();
    assertThat(db.number("select count(*) from act_ru_execution")).as("executions still running").isZero();
    assertThat(db.number("select count(*) from act_ru_job where process_instance_id_ is not null")).as("jobs left")
        .isZero();
    assertThat(db.number("select count(*) from act_ru_ext_task")).as("external tasks left").isZero();
    assertThat(db.number("select count(*) from wc_traject")).as("trajectories").isEqualTo(n);
    assertThat(db.number("select count(*) from wc_traject where status <> 'GEPLAATST'")).as("not placed").isZero();
    assertThat(db.number("select count(*) from wc_plaatsing")).as("placements").isEqualTo(n);
    assertThat(db.number("select count(*) from (select traject_id from wc_budget_mutatie where soort = 'BESTEDING'"
        + " group by traject_id having count(*) > 1) twice")).as("budget spent twice").isZero();
    assertThat(db.number("select count(distinct traject_id) from wc_budget_mutatie where soort = 'BESTEDING'"))
        .as("trajectories with their budget spent").isEqualTo(n);
    // a failed job (optimistic locking between nodes, a dead node, a lost connection) was retried until it succeeded
    assertThat(db.number("select count(*) from act_hi_job_log f where f.job_state_ = 1 and not exists"
        + " (select 1 from act_hi_job_log s where s.job_id_ = f.job_id_ and s.job_state_ = 2)"))
        .as("failed jobs never retried to success").isZero();
    System.out.printf("%s: %d jobs failed and were retried (%d of them on optimistic locking)%n", stack.database().name(),
        db.number("select count(*) from act_hi_job_log where job_state_ = 1"),
        db.number("select count(*) from act_hi_job_log where job_state_ = 1 and job_exception_msg_ like '%OptimisticLocking%'"));
  }
}
