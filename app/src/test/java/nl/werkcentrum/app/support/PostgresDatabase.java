package nl.werkcentrum.app.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes sure the PostgreSQL test database exists before a {@link PostgresTest} runs, so a
 * developer needs no manual set-up, and decides whether PostgreSQL tests may be skipped.
 */
public class PostgresDatabase implements ExecutionCondition {

  /** {@code werkcentrum_test}, or {@code -Dwerkcentrum.test-database=...} for a run beside another one. */
  public static final String TEST_DATABASE = System.getProperty("werkcentrum.test-database", "werkcentrum_test");

  static final String REQUIRED_PROPERTY = "werkcentrum.require-postgres";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    try {
      ensureDatabase(TEST_DATABASE);
      return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + host() + ":" + port());
    } catch (SQLException e) {
      if (Boolean.getBoolean(REQUIRED_PROPERTY)) {
        throw new IllegalStateException("PostgreSQL is required (" + REQUIRED_PROPERTY
            + "=true) but not reachable at " + host() + ":" + port(), e);
      }
      return ConditionEvaluationResult.disabled("PostgreSQL not reachable: " + e.getMessage());
    }
  }

  /** Creates the database if it is missing; PostgreSQL has no CREATE DATABASE IF NOT EXISTS. */
  public static synchronized void ensureDatabase(String name) throws SQLException {
    try (Connection c = DriverManager.getConnection(url("postgres"), user(), password());
         Statement s = c.createStatement()) {
      var rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'");
      if (!rs.next()) {
        try {
          s.execute("create database " + name);
        } catch (SQLException raced) {
          // another test JVM created it in the meantime
          if (!"42P04".equals(raced.getSQLState())) {
            throw raced;
          }
        }
      }
    }
  }

  public static String url(String database) {
    return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
  }

  static String host() {
    return env("POSTGRES_HOST", "127.0.0.1");
  }

  static String port() {
    return env("POSTGRES_PORT", "5432");
  }

  static String user() {
    return env("POSTGRES_USER", "postgres");
  }

  static String password() {
    return env("POSTGRES_PASSWORD", "");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
