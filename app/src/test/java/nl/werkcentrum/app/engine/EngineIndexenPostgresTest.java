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
 * index instead of reading every open task (a plan, not a timing: docs/performance.md has the
 * figures).
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
    // as the planner sees a large table: no sequential scan where an index can answer
    List<String> plan = jdbc.execute((ConnectionCallback<List<String>>) c -> {
      try (Statement s = c.createStatement()) {
        s.execute("set enable_seqscan = off");
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("explain select * from act_ru_task where parent_task_id_ = 'x'")) {
          while (rs.next()) {
            rows.add(rs.getString(1));
          }
        } finally {
          s.execute("reset enable_seqscan");
        }
        return rows;
      }
    });
    assertThat(String.join("\n", plan)).contains("wc_idx_task_parent");
  }
}
