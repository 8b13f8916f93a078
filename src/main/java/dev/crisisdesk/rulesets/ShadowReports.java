package dev.crisisdesk.rulesets;

import dev.crisisdesk.store.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
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
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE shadow_reports SET report = ?, updated_at = ? WHERE scope = ? AND version = ? AND node = ?")) {
        update.setString(1, report);
        update.setLong(2, now);
        update.setString(3, scope);
        update.setInt(4, version);
        update.setString(5, node);
        if (update.executeUpdate() == 1) return 1;
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO shadow_reports (scope, version, node, report, updated_at) VALUES (?, ?, ?, ?, ?)")) {
        insert.setString(1, scope);
        insert.setInt(2, version);
        insert.setString(3, node);
        insert.setString(4, report);
        insert.setLong(5, now);
        return insert.executeUpdate();
      }
    });
  }

  /** Every node's report of the scope's shadow version, as saved. */
  public List<String> load(String scope, int version) {
    return db.inTransaction(connection -> {
      List<String> reports = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT report FROM shadow_reports WHERE scope = ? AND version = ? ORDER BY node")) {
        select.setString(1, scope);
        select.setInt(2, version);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) reports.add(rs.getString(1));
        }
      }
      return reports;
    });
  }

  /** Forgets the scope's reports: a new shadow run starts counting. */
  public void clear(String scope) {
    db.inTransaction(connection -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM shadow_reports WHERE scope = ?")) {
        delete.setString(1, scope);
        return delete.executeUpdate();
      }
    });
  }
}
