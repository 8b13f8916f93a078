package dev.crisisdesk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SQL database behind a small pool: by default H2 in file mode under {@code --data}, or a
 * PostgreSQL server ({@code --store postgres://USER:PASSWORD@HOST:PORT/DB}) for state shared by
 * several nodes. The same schema, brought up to date by Flyway from {@code db/migration} at open,
 * and the same SQL serve both.
 */
public final class Database implements AutoCloseable {
  // the transaction running on this thread and the event ids it inserted, released when it ends
  private static final ThreadLocal<Transaction> CURRENT = new ThreadLocal<>();

  private record Transaction(Database db, List<Long> events) {}

  private final HikariDataSource pool;
  private final boolean embedded;
  private EventSequence events;

  private Database(HikariDataSource pool, boolean embedded) {
    this.pool = pool;
    this.embedded = embedded;
  }

  /** The embedded database in {@code dataDir}, or the server {@code store} names when it is not null. */
  public static Database open(String store, Path dataDir) {
    return store == null ? open(dataDir) : openPostgres(store);
  }

  public static Database open(Path dataDir) {
    OwnerOnly.folder(dataDir);
    HikariConfig config = new HikariConfig();
    // WRITE_DELAY=0: a commit reaches the file before it returns, so a 202 survives a killed process
    config.setJdbcUrl("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("crisisdesk")
        + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64");
    config.setUsername("crisisdesk");
    config.setPassword("");
    Database database = start(config, true);
    OwnerOnly.files(dataDir);
    return database;
  }

  /** A PostgreSQL server named by {@code postgres://USER:PASSWORD@HOST:PORT/DB} (port and password optional). */
  public static Database openPostgres(String url) {
    StoreUrl parsed = StoreUrl.parse(url);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(parsed.jdbcUrl());
    config.setUsername(parsed.user());
    config.setPassword(parsed.password());
    // a lock wait as bounded as the embedded engine's
    config.setConnectionInitSql("SET lock_timeout = '10s'");
    return start(config, false);
  }

  private static Database start(HikariConfig config, boolean embedded) {
    config.setMaximumPoolSize(8);
    config.setPoolName("store");
    Database database = new Database(new HikariDataSource(config), embedded);
    try {
      database.migrate();
      database.events = new EventSequence(database.inTransaction(Events::highest));
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    return database;
  }

  /**
   * True while every connection is taken and someone waits for one: requests would queue behind
   * the store, so {@code /health} says so.
   */
  public boolean saturated() {
    com.zaxxer.hikari.HikariPoolMXBean bean = pool.getHikariPoolMXBean();
    return bean != null && bean.getIdleConnections() == 0 && bean.getThreadsAwaitingConnection() > 0;
  }

  /** Reports the connection pool's use (active, idle, pending, timeouts) to {@code registry}. */
  public void bindMetrics(MeterRegistry registry) {
    pool.setMetricsTrackerFactory(new com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory(registry));
  }

  /** True for the embedded engine, whose files the service owns (and can back up). */
  public boolean embedded() {
    return embedded;
  }

  /**
   * Writes a consistent copy of the whole database to {@code zip} while the service runs (H2's
   * {@code BACKUP TO}); restoring is unzipping it into an empty data folder.
   */
  public void backupTo(Path zip) {
    if (!embedded) throw new UnsupportedOperationException("a PostgreSQL store is backed up with its own tools (pg_dump)");
    inTransaction(connection -> {
      try (Statement backup = connection.createStatement()) {
        backup.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
      }
      return null;
    });
  }

  public <T> T inTransaction(Work<T> work) {
    Transaction outer = CURRENT.get();
    List<Long> appended = new ArrayList<>();
    CURRENT.set(new Transaction(this, appended));
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(e);
    } finally {
      if (!appended.isEmpty()) events.ended(appended);
      CURRENT.set(outer);
    }
  }

  /** Inserts an event in the transaction running on this thread; see {@link EventSequence}. */
  static long insertEvent(PreparedStatement insert) throws SQLException {
    Transaction transaction = CURRENT.get();
    if (transaction == null) throw new IllegalStateException("events are appended inside a transaction");
    long id = transaction.db().events.insert(insert);
    transaction.events().add(id);
    return id;
  }

  /** Every event up to this id is committed (or rolled back for good): readers stop here. */
  public long stableEvent() {
    return events.stable();
  }

  /** A step of a larger transaction. */
  @FunctionalInterface
  public interface Step {
    void run(Connection connection) throws SQLException;
  }

  /** Work in one transaction; a thrown exception rolls it back. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Makes the calling transaction wait for any other doing the same, on every node of a server store
   * (a PostgreSQL advisory lock held until the transaction ends); one process needs nothing.
   */
  public void serialize(Connection connection) throws SQLException {
    if (embedded) return;
    try (Statement lock = connection.createStatement()) {
      lock.execute("SELECT pg_advisory_xact_lock(7254011)");
    }
  }

  /**
   * Brings the schema up to date with Flyway from {@code db/migration}, on either engine (the
   * scripts write {@code ${clob}} for long text: {@code CLOB} here, {@code TEXT} on PostgreSQL).
   * Flyway serializes nodes migrating one server. A database made before Flyway, which recorded its
   * scripts in {@code schema_version}, is taken as already at that version.
   */
  private void migrate() {
    org.flywaydb.core.api.configuration.FluentConfiguration flyway = org.flywaydb.core.Flyway.configure(Database.class.getClassLoader())
        .dataSource(pool).locations("classpath:db/migration").placeholders(Map.of("clob", embedded ? "CLOB" : "TEXT"))
        .loggers("slf4j");
    int before = versionBeforeFlyway();
    if (before > 0) flyway.baselineOnMigrate(true).baselineVersion(Integer.toString(before)).baselineDescription("schema_version " + before);
    flyway.load().migrate();
  }

  /** The highest script a database made before Flyway ran, or 0 (none, or already under Flyway). */
  private int versionBeforeFlyway() {
    return inTransaction(connection -> {
      DatabaseMetaData meta = connection.getMetaData();
      if (hasTable(meta, "flyway_schema_history") || !hasTable(meta, "schema_version")) return 0;
      try (Statement statement = connection.createStatement();
          ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
        rs.next();
        return rs.getInt(1);
      }
    });
  }

  private static boolean hasTable(DatabaseMetaData meta, String table) throws SQLException {
    for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
      try (ResultSet rs = meta.getTables(null, null, name, new String[] {"TABLE"})) {
        if (rs.next()) return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    pool.close();
  }
}
