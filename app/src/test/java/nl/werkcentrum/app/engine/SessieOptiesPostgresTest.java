package nl.werkcentrum.app.engine;

import nl.werkcentrum.app.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's connections reach PostgreSQL with parallel plans switched off (application-postgres.yaml):
 * a setting in the URL's options that the driver drops is a silent loss, so the server is asked.
 */
@PostgresTest
@SpringBootTest
class SessieOptiesPostgresTest {

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theEnginesQueriesArePlannedWithoutParallelWorkers() {
    assertThat(jdbc.queryForObject("show max_parallel_workers_per_gather", String.class)).isEqualTo("0");
  }

  @Test
  void randomReadsArePricedAsOnSsd() {
    assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
  }
}
