package nl.werkcentrum.workers.e2e.load;

import nl.werkcentrum.workers.e2e.PostgresAvailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The benchmark's CPU accounting finds what it claims to: the work of a named process, the work of
 * the PostgreSQL server on this machine, and the machine's busy time around both. No timing is
 * asserted, only that work done shows up in the part that did it.
 */
@ExtendWith(PostgresAvailable.class)
class CpuMeterIT {

  @Test
  void workShowsUpInThePartThatDidIt() throws Exception {
    assumeTrue(CpuMeter.available(), "no /proc on this machine");
    String host = System.getenv().getOrDefault("POSTGRES_HOST", "127.0.0.1");
    assumeTrue(host.isBlank() || host.equals("127.0.0.1") || host.equals("localhost"),
        "PostgreSQL runs elsewhere, so its processes are not on this machine");

    CpuMeter meter = CpuMeter.start(Map.<String, Supplier<List<Long>>>of("test JVM", CpuMeter::thisJvm));
    long spin = busyJava();
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:"
        + System.getenv().getOrDefault("POSTGRES_PORT", "5432") + "/" + PostgresAvailable.TEST_DATABASE,
        System.getenv().getOrDefault("POSTGRES_USER", "postgres"), System.getenv().getOrDefault("POSTGRES_PASSWORD", ""));
         Statement s = c.createStatement();
         // work that only the server does: a few million rows counted, nothing sent back but the count
         ResultSet rs = s.executeQuery("select count(*) from generate_series(1, 20000000)")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(20_000_000L);
    }
    CpuMeter.CpuUse use = meter.stop();

    assertThat(spin).isNotZero();
    assertThat(use.secondsByPart()).containsKeys("test JVM", "PostgreSQL", "test JVM (JIT)", "test JVM (GC)");
    assertThat(use.secondsByPart().get("test JVM")).isPositive();
    assertThat(use.secondsByPart().get("PostgreSQL")).isPositive();
    assertThat(use.machineBusySeconds()).isGreaterThanOrEqualTo(use.secondsByPart().get("test JVM"));
    assertThat(use.attributedSeconds())
        .isCloseTo(use.secondsByPart().get("test JVM") + use.secondsByPart().get("PostgreSQL"), within(1e-9));
    assertThat(use.perTrajectory(1)).contains("test JVM").contains("PostgreSQL").contains("cores busy");
    assertThat(use.perTrajectory(0)).isEqualTo("not measured");
  }

  /** Keeps one core busy until the process has used at least a few clock ticks of its own. */
  private static long busyJava() {
    long cpuBefore = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toMillis();
    long x = 0;
    while (ProcessHandle.current().info().totalCpuDuration().orElseThrow().toMillis() - cpuBefore < 300) {
      for (int i = 0; i < 1_000_000; i++) {
        x += i ^ (x >>> 3);
      }
    }
    return x | 1;
  }
}
