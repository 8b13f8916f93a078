package dev.crisisdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
  @TempDir Path folder;

  @Test
  void aNewStoreIsMigratedByFlywayToTheLastScript() {
    try (Database db = Database.open(folder)) {
      assertEquals(10, appliedVersion(db));
    }
  }

  @Test
  void aStoreMadeBeforeFlywayKeepsItsDataAndIsTakenAtItsRecordedVersion() {
    try (Database db = Database.open(folder)) {
      db.inTransaction(connection -> {
        try (Statement statement = connection.createStatement()) {
          // what the hand-run migrations left: every table, a schema_version row per script, no Flyway history
          statement.execute("DROP TABLE \"flyway_schema_history\"");
          statement.execute("ALTER TABLE comments DROP COLUMN signals");
          statement.execute("ALTER TABLE items DROP COLUMN assigned_to");
          statement.execute("DROP TABLE item_notes");
          statement.execute("DROP TABLE saved_replies");
          statement.execute("CREATE TABLE schema_version (version INT NOT NULL)");
          for (int version = 1; version <= 8; version++) statement.execute("INSERT INTO schema_version VALUES (" + version + ")");
          statement.execute("INSERT INTO audit (at, key_id, role, brand, action, details) VALUES (1, 'k', 'admin', 'acme', 'test', '{}')");
        }
        return null;
      });
    }
    try (Database db = Database.open(folder)) {
      assertEquals(10, appliedVersion(db), "baselined at 8, then V9 and V10 applied");
      assertEquals(1, (int) db.inTransaction(connection -> count(connection.createStatement(), "SELECT COUNT(*) FROM audit")));
    }
  }

  private static int appliedVersion(Database db) {
    return db.inTransaction(connection -> count(connection.createStatement(),
        "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\""));
  }

  private static int count(Statement statement, String sql) throws java.sql.SQLException {
    try (statement; ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
