package dev.crisisdesk.store;

import dev.crisisdesk.rules.RuleFiles;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Versions of rule sets, per scope (a brand, or the default set), one of them active. */
public final class RuleVersions {
  public static final String DEFAULT_SCOPE = "";

  private final Database db;
  private final Clock clock;

  public RuleVersions(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** A stored version: its number and files. */
  public record Version(int number, RuleFiles files) {}

  public Optional<Version> active(String scope) {
    return db.inTransaction(connection -> active(connection, scope));
  }

  /** Makes these files the active version of the scope, unless they already are; returns it. */
  public Version activateIfChanged(String scope, RuleFiles files, String by) {
    return db.inTransaction(connection -> {
      Optional<Version> current = active(connection, scope);
      if (current.isPresent() && current.get().files().digest().equals(files.digest())) return current.get();
      int next = nextNumber(connection, scope);
      try (PreparedStatement deactivate = connection.prepareStatement(
               "UPDATE rule_versions SET active = FALSE WHERE scope = ? AND active");
           PreparedStatement insert = connection.prepareStatement(
               "INSERT INTO rule_versions (scope, version, files, digest, created_at, created_by, active) "
                   + "VALUES (?, ?, ?, ?, ?, ?, TRUE)")) {
        deactivate.setString(1, scope);
        deactivate.executeUpdate();
        insert.setString(1, scope);
        insert.setInt(2, next);
        insert.setString(3, new JsonObject(Map.copyOf(files.files())).encode());
        insert.setString(4, files.digest());
        insert.setLong(5, clock.millis());
        insert.setString(6, by);
        insert.executeUpdate();
      }
      return new Version(next, files);
    });
  }

  private Optional<Version> active(Connection connection, String scope) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT version, files FROM rule_versions WHERE scope = ? AND active")) {
      select.setString(1, scope);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        Map<String, String> files = new TreeMap<>();
        new JsonObject(rs.getString("files")).forEach(e -> files.put(e.getKey(), (String) e.getValue()));
        return Optional.of(new Version(rs.getInt("version"), new RuleFiles(files)));
      }
    }
  }

  private static int nextNumber(Connection connection, String scope) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT COALESCE(MAX(version), 0) + 1 FROM rule_versions WHERE scope = ?")) {
      select.setString(1, scope);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
