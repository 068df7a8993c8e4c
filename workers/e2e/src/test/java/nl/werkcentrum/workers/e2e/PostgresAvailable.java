package nl.werkcentrum.workers.e2e;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the test database {@link #TEST_DATABASE} when missing and skips the test where PostgreSQL
 * is not reachable, unless {@code -Dwerkcentrum.require-postgres=true} (CI): then it fails. The same
 * rule as the app's own PostgreSQL tests, whose helper lives in the app's test sources.
 */
public class PostgresAvailable implements ExecutionCondition {

  public static final String TEST_DATABASE = System.getProperty("werkcentrum.test-database", "werkcentrum_test");

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String server = env("POSTGRES_HOST", "127.0.0.1") + ":" + env("POSTGRES_PORT", "5432");
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + server + "/postgres",
        env("POSTGRES_USER", "postgres"), env("POSTGRES_PASSWORD", ""));
         Statement s = c.createStatement()) {
      if (!s.executeQuery("select 1 from pg_database where datname = '" + TEST_DATABASE + "'").next()) {
        try {
          s.execute("create database " + TEST_DATABASE);
        } catch (SQLException raced) {
          if (!"42P04".equals(raced.getSQLState())) { // created by another test JVM meanwhile
            throw raced;
          }
        }
      }
      return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + server);
    } catch (SQLException e) {
      if (Boolean.getBoolean("werkcentrum.require-postgres")) {
        throw new IllegalStateException("PostgreSQL is required but not reachable at " + server, e);
      }
      return ConditionEvaluationResult.disabled("PostgreSQL not reachable: " + e.getMessage());
    }
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
