package nl.werkcentrum.app.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Indexes the engine's schema lacks for the queries it runs on every task it ends. Completing or
 * deleting a user task asks for its subtasks ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_
 * = ?}), and without an index that is a scan of every open task: at 30,000 open tasks it cost more
 * than the rest of the completion (docs/performance.md, "National volume"). A partner's
 * fetch-and-lock asks for the oldest tasks first ({@code order by PRIORITY_ desc, CREATE_TIME_}); in
 * that order the query can stop after the few it locks instead of sorting the topic's whole backlog
 * (docs/performance.md, "Oldest task first"). The job executor asks, every time it looks for work,
 * for jobs that are due ({@code DUEDATE_ is null or DUEDATE_ <= ?}); without an index on the due
 * date that reads every timer still waiting, and a national population keeps about 110,000 of them
 * (a person's deadlines for intake, scholing and placement): a scan of 100 ms or more on each
 * look, instead of a fraction of a millisecond (docs/performance.md, "National volume, second look"). Every task
 * query with authorization checks (a caseworker's inbox and its count) reads the caller's
 * authorizations by user or group ({@code USER_ID_ in (?, '*') or GROUP_ID_ in (...)}); the engine
 * indexes the group but not the user on its own, so that became a scan of every authorization, and
 * the engine keeps one per open task and candidate group (30,000 at national volume). Created once, after
 * the engine made or updated its schema (so not a Flyway migration, which may run first on an empty
 * database), and on PostgreSQL without blocking writes, so a node that starts beside running ones
 * on a large database does not hold up their tasks.
 */
@Component
public class EngineIndexen extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexen.class);

  /** Name and columns; the names are ours ({@code WC_}), so an engine upgrade cannot clash with them. */
  static final List<Index> INDEXEN = List.of(new Index("WC_IDX_TASK_PARENT", "ACT_RU_TASK (PARENT_TASK_ID_)"),
      new Index("WC_IDX_EXT_TASK_FETCH", "ACT_RU_EXT_TASK (PRIORITY_ DESC, CREATE_TIME_)"),
      new Index("WC_IDX_JOB_DUEDATE", "ACT_RU_JOB (DUEDATE_)"),
      new Index("WC_IDX_AUTH_USER", "ACT_RU_AUTHORIZATION (USER_ID_)"));

  record Index(String naam, String kolommen) {
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    DataSource dataSource = processEngine.getProcessEngineConfiguration().getDataSource();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      c.setAutoCommit(true); // CREATE INDEX CONCURRENTLY cannot run inside a transaction
      for (Index index : INDEXEN) {
        s.execute("create index " + (postgres ? "concurrently " : "") + "if not exists " + index.naam() + " on "
            + index.kolommen());
      }
    } catch (SQLException e) {
      // a missing index costs speed, not correctness: the engine runs on without it
      LOG.warn("Could not create the engine indexes {}: {}", INDEXEN.stream().map(Index::naam).toList(), e.getMessage());
    }
  }
}
