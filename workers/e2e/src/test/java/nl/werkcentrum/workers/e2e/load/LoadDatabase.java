package nl.werkcentrum.workers.e2e.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * The PostgreSQL database of a load run: created afresh, and read for the figures the engine does
 * not report itself. Lock latency comes from two triggers on the engine's external task table that
 * note, by the database's clock, when a task row became visible and when it was first locked.
 */
public final class LoadDatabase {

  private final String name;

  private LoadDatabase(String name) {
    this.name = name;
  }

  /** Drops (closing its connections) and creates {@code name}. */
  public static LoadDatabase fresh(String name) {
    try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
      s.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return new LoadDatabase(name);
  }

  /** {@code name} as it is, created empty when it does not exist yet: a prepared population kept between runs. */
  public static LoadDatabase kept(String name) {
    try (Connection c = connect("postgres"); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select count(*) from pg_database where datname = '" + name + "'")) {
      rs.next();
      if (rs.getLong(1) == 0) {
        s.execute("create database " + name);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open database " + name, e);
    }
    return new LoadDatabase(name);
  }

  public String name() {
    return name;
  }

  public static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://" + env("POSTGRES_HOST", "127.0.0.1") + ":"
        + env("POSTGRES_PORT", "5432") + "/" + database, env("POSTGRES_USER", "postgres"), env("POSTGRES_PASSWORD", ""));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** Call once the engine created its schema (after the first node started). */
  public void installLockProbe() {
    execute("""
        create table load_ext_task_lock (id varchar(64) primary key, topic varchar(255),
          visible timestamptz not null, locked timestamptz);
        create function load_ext_task_created() returns trigger language plpgsql as $$
        begin
          insert into load_ext_task_lock (id, topic, visible) values (new.id_, new.topic_name_, clock_timestamp());
          return new;
        end $$;
        create function load_ext_task_locked() returns trigger language plpgsql as $$
        begin
          if new.worker_id_ is not null and old.worker_id_ is null then
            update load_ext_task_lock set locked = clock_timestamp() where id = new.id_ and locked is null;
          end if;
          return new;
        end $$;
        create trigger load_ext_task_created after insert on act_ru_ext_task
          for each row execute function load_ext_task_created();
        create trigger load_ext_task_locked after update on act_ru_ext_task
          for each row execute function load_ext_task_locked();
        """);
  }

  /** Per topic, in topic order: from a task row's insert (about when a worker can first see it) to its first lock. */
  public Map<String, Latencies> lockLatencyByTopic() {
    Map<String, Latencies> byTopic = new TreeMap<>();
    try (Connection c = connect(name); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select topic, extract(epoch from (locked - visible)) * 1000"
             + " from load_ext_task_lock where locked is not null")) {
      while (rs.next()) {
        byTopic.computeIfAbsent(rs.getString(1), t -> new Latencies()).add(Math.max(0, rs.getDouble(2)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return byTopic;
  }

  /** Transactions committed in this database so far (PostgreSQL's own statistics). */
  public long commits() {
    return number("select xact_commit from pg_stat_database where datname = current_database()");
  }

  public long finishedTrajectories() {
    return number("select count(*) from act_hi_procinst where proc_def_key_ = 'werkcentrum-traject' and end_time_ is not null");
  }

  /** Tasks created since the probe was installed and gone again: taken from the probe, not the
   *  history tables, so runs at a lower history level count the same. */
  public long completedExternalTasks() {
    return number("select (select count(*) from load_ext_task_lock) - (select count(*) from act_ru_ext_task)");
  }

  public long incidents() {
    return number("select count(*) from act_ru_incident");
  }

  public long number(String sql) {
    try (Connection c = connect(name); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /**
   * What the running trajectories wait on, for a test that timed out: user tasks, external tasks
   * and jobs by activity, with how many are locked and until when, and the incidents. Rows of the
   * engine's own tables only, no variables, so nothing personal.
   */
  public String stillWaiting() {
    String sql = """
        select 'user task ' || task_def_key_ || ' (' || count(*) || ', '
               || count(assignee_) || ' claimed)'
          from act_ru_task group by task_def_key_
        union all
        select 'external task ' || topic_name_ || ' (' || count(*) || ', ' || count(lock_exp_time_)
               || ' locked until ' || coalesce(max(lock_exp_time_)::text, '-') || ', retries '
               || coalesce(min(retries_)::text, '-') || ')'
          from act_ru_ext_task group by topic_name_
        union all
        select 'job ' || type_ || ' ' || coalesce(act_id_, '') || ' (' || count(*) || ', '
               || count(lock_exp_time_) || ' locked until ' || coalesce(max(lock_exp_time_)::text, '-')
               || ' by ' || coalesce(max(lock_owner_), '-') || ', due ' || coalesce(min(duedate_)::text, '-')
               || ', retries ' || min(retries_) || ')'
          from act_ru_job where process_instance_id_ is not null group by type_, act_id_
        union all
        select 'incident ' || incident_type_ || ' at ' || activity_id_ || ' (' || count(*) || ')'
          from act_ru_incident group by incident_type_, activity_id_
        union all
        select 'database now ' || now()::text
        """;
    StringBuilder waiting = new StringBuilder();
    try (Connection c = connect(name); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        waiting.append(rs.getString(1)).append('\n');
      }
    } catch (SQLException e) {
      return "could not read what is waiting: " + e;
    }
    return waiting.toString();
  }

  public void execute(String sql) {
    try (Connection c = connect(name); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
