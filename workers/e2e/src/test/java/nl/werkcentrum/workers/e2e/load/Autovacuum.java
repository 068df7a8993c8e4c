package nl.werkcentrum.workers.e2e.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes a load run see the database server as production runs it: with autovacuum on. A CI server
 * may switch it off to save time; the engine's runtime tables then keep the statistics of the moment
 * they were empty, and the planner picks plans for empty tables while they grow to tens of thousands
 * of rows (docs/performance.md: measured as half the throughput at N = 10,000). When it is off, it is
 * switched on for the run ({@code ALTER SYSTEM}, which takes effect on a reload) and back off after.
 */
public final class Autovacuum implements AutoCloseable {

  private final boolean switchedOn;

  private Autovacuum(boolean switchedOn) {
    this.switchedOn = switchedOn;
  }

  /** Autovacuum on for as long as this is open; says so when it had to switch it on. */
  public static Autovacuum on() {
    try (Connection c = LoadDatabase.connect("postgres"); Statement s = c.createStatement()) {
      if (isOn(s)) {
        return new Autovacuum(false);
      }
      s.execute("alter system set autovacuum = on");
      s.execute("select pg_reload_conf()");
      System.out.println("  (this PostgreSQL server runs with autovacuum off; switched on for the benchmark, as in production)");
      return new Autovacuum(true);
    } catch (SQLException e) {
      throw new IllegalStateException("the benchmark needs autovacuum on (as in production) and could not switch it on: "
          + e.getMessage(), e);
    }
  }

  private static boolean isOn(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("show autovacuum")) {
      rs.next();
      return rs.getString(1).equals("on");
    }
  }

  @Override
  public void close() {
    if (!switchedOn) {
      return;
    }
    try (Connection c = LoadDatabase.connect("postgres"); Statement s = c.createStatement()) {
      s.execute("alter system reset autovacuum");
      s.execute("select pg_reload_conf()");
    } catch (SQLException e) {
      System.out.println("  (could not switch autovacuum back off: " + e.getMessage() + ")");
    }
  }
}
