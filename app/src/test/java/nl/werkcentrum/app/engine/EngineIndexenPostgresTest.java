package nl.werkcentrum.app.engine;

import nl.werkcentrum.app.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's question for a task's subtasks, asked whenever a task ends, finds them through our
 * index instead of reading every open task; a partner's fetch of its oldest tasks reads them in
 * index order instead of sorting its whole backlog; the job executor finds due jobs without reading
 * every waiting timer; a caseworker's inbox reads only their own authorizations (plans, not timings: docs/performance.md has the figures).
 */
@PostgresTest
@SpringBootTest
class EngineIndexenPostgresTest {

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void subtasksAreFoundThroughTheIndex() {
    assertThat(jdbc.queryForObject("select count(*) from pg_indexes where indexname = 'wc_idx_task_parent'"
        + " and tablename = 'act_ru_task'", Long.class)).isEqualTo(1);
    assertThat(plan("explain select * from act_ru_task where parent_task_id_ = 'x'")).contains("wc_idx_task_parent");
  }

  @Test
  void aFetchOfTheOldestTasksReadsThemInIndexOrder() {
    // the shape of the engine's fetch-and-lock query without authorization checks, as a partner's worker asks it
    assertThat(plan("""
        explain select * from act_ru_ext_task res
         where (res.lock_exp_time_ is null or res.lock_exp_time_ <= now())
           and (res.suspension_state_ is null or res.suspension_state_ = 1)
           and (res.retries_ is null or res.retries_ > 0)
           and (res.topic_name_ = 'uwv.uitkering-controleren' or res.topic_name_ = 'uwv.verwijzen')
         order by res.priority_ desc, res.create_time_ asc limit 5""")).contains("wc_idx_ext_task_fetch")
        .doesNotContain("Sort");
  }

  @Test
  void theJobExecutorFindsDueJobsWithoutReadingTheWaitingTimers() {
    // the shape of the engine's job acquisition query (selectNextJobsToExecute), as the job executor asks it
    assertThat(plan("""
        explain select res.id_, res.rev_, res.duedate_, res.process_instance_id_, res.exclusive_ from act_ru_job res
         where (res.retries_ > 0)
           and (res.duedate_ is null or res.duedate_ <= now())
           and (res.lock_owner_ is null or res.lock_exp_time_ < now())
           and res.suspension_state_ = 1
           and ((res.exclusive_ = true and not exists (select j2.id_ from act_ru_job j2
                  where j2.process_instance_id_ = res.process_instance_id_ and j2.exclusive_ = true
                    and j2.lock_owner_ is not null and j2.lock_exp_time_ >= now()))
                or res.exclusive_ = false)
         limit 3""")).contains("wc_idx_job_duedate");
  }

  @Test
  void aCaseworkersOwnAuthorizationsAreFoundByUserId() {
    // the engine's authorization subquery asks for USER_ID_ in (?, '*') or GROUP_ID_ in (...): both
    // sides need an index of their own, or the planner reads every authorization (one per open task)
    assertThat(plan("explain select * from act_ru_authorization a where a.user_id_ in ('gids.amr15', '*')"))
        .contains("wc_idx_auth_user");
  }

  /** The plan as the planner makes it for a large table: no sequential scan or sort where an index can answer. */
  private String plan(String explain) {
    return jdbc.execute((ConnectionCallback<String>) c -> {
      try (Statement s = c.createStatement()) {
        s.execute("set enable_seqscan = off");
        s.execute("set enable_sort = off");
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(explain)) {
          while (rs.next()) {
            rows.add(rs.getString(1));
          }
        } finally {
          s.execute("reset enable_seqscan");
          s.execute("reset enable_sort");
        }
        return String.join("\n", rows);
      }
    });
  }
}
