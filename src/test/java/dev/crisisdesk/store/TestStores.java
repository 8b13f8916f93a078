package dev.crisisdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The store's engines for tests: the embedded one in a folder, and a fresh database on the PostgreSQL
 * server named by {@code CRISISDESK_TEST_POSTGRES} (for example
 * {@code postgres://crisisdesk:crisisdesk@127.0.0.1:5432/postgres}; {@code .ci/run} starts Debian's
 * PostgreSQL on loopback and sets it). Without it the PostgreSQL cases are skipped, except under CI,
 * where they fail.
 */
public final class TestStores {
  public enum Engine { H2, POSTGRES }

  /** A database for one test; closing it closes the pool and drops a PostgreSQL database. */
  public record TestStore(Database db, Runnable drop) implements AutoCloseable {
    @Override
    public void close() {
      db.close();
      drop.run();
    }
  }

  private TestStores() {}

  public static TestStore open(Engine engine, Path folder) {
    if (engine == Engine.H2) return new TestStore(Database.open(folder), () -> { });
    String url = freshPostgres();
    return new TestStore(Database.openPostgres(url), () -> dropPostgres(url));
  }

  /** A new, empty database on the test server: its store URL. Drop it with {@link #dropPostgres}. */
  public static String freshPostgres() {
    String server = System.getenv("CRISISDESK_TEST_POSTGRES");
    if (System.getenv("CI") == null) Assumptions.assumeTrue(server != null, "CRISISDESK_TEST_POSTGRES is not set");
    if (server == null) throw new IllegalStateException("CI runs the PostgreSQL cases: set CRISISDESK_TEST_POSTGRES (.ci/run does)");
    String name = "crisisdesk_test_" + UUID.randomUUID().toString().replace("-", "");
    admin(server, "CREATE DATABASE " + name);
    return server.substring(0, server.lastIndexOf('/') + 1) + name;
  }

  public static void dropPostgres(String url) {
    String server = System.getenv("CRISISDESK_TEST_POSTGRES");
    String name = url.substring(url.lastIndexOf('/') + 1);
    // not DROP ... WITH (FORCE): on PostgreSQL 15 it refuses when an autovacuum worker happens to be
    // in the database ("must be a member of the role whose process is being terminated"); a plain
    // DROP stops autovacuum itself, once our own leftover connections are gone
    admin(server, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name
        + "' AND usename = current_user AND pid <> pg_backend_pid()");
    admin(server, "DROP DATABASE IF EXISTS " + name);
  }

  private static void admin(String server, String sql) {
    StoreUrl parsed = StoreUrl.parse(server);
    try (Connection connection = DriverManager.getConnection(parsed.jdbcUrl(), parsed.user(), parsed.password());
         Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + parsed.jdbcUrl() + ": " + e.getMessage(), e);
    }
  }
}
