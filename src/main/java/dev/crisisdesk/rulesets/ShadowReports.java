package dev.crisisdesk.rulesets;

import dev.crisisdesk.store.Database;
import dev.crisisdesk.store.Sql;
import java.time.Clock;
import java.util.List;

/**
 * Each node's report of a shadow run, when several nodes share the work: each one sees only its
 * brands' comments, so the report a strategist reads sums every node's row.
 */
public final class ShadowReports {
  private final Database db;
  private final Clock clock;

  public ShadowReports(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Stores this node's report of the scope's shadow version, replacing its last one. */
  public void save(String scope, int version, String node, String report) {
    long now = clock.millis();
    db.inTransaction(connection -> {
      if (Sql.update(connection, "UPDATE shadow_reports SET report = ?, updated_at = ? WHERE scope = ? AND version = ? AND node = ?",
          report, now, scope, version, node) == 1) {
        return 1;
      }
      return Sql.update(connection, "INSERT INTO shadow_reports (scope, version, node, report, updated_at) VALUES (?, ?, ?, ?, ?)",
          scope, version, node, report, now);
    });
  }

  /** Every node's report of the scope's shadow version, as saved. */
  public List<String> load(String scope, int version) {
    return db.inTransaction(connection -> Sql.list(connection,
        "SELECT report FROM shadow_reports WHERE scope = ? AND version = ? ORDER BY node", rs -> rs.getString(1), scope, version));
  }

  /** Forgets the scope's reports: a new shadow run starts counting. */
  public void clear(String scope) {
    db.inTransaction(connection -> Sql.update(connection, "DELETE FROM shadow_reports WHERE scope = ?", scope));
  }
}
