package dev.crisisdesk.rulesets;

import dev.crisisdesk.rules.RuleFiles;
import dev.crisisdesk.store.Database;
import dev.crisisdesk.store.JsonColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Versions of rule sets per scope (a brand, or {@link #DEFAULT_SCOPE} for the default set): each
 * kept with who created it and when, at most one active (with who activated it and when) and at
 * most one running in shadow.
 */
public final class RuleVersions {
  public static final String DEFAULT_SCOPE = "";
  private static final String COLUMNS = "version, files, created_at, created_by, active, activated_at, activated_by, shadow";

  private final Database db;
  private final Clock clock;

  public RuleVersions(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** A stored version: its number and files. */
  public record Version(int number, RuleFiles files) {}

  public Optional<Version> active(String scope) {
    return db.inTransaction(connection -> one(connection, scope, "active"));
  }

  public Optional<Version> shadow(String scope) {
    return db.inTransaction(connection -> one(connection, scope, "shadow"));
  }

  public Optional<Version> get(String scope, int version) {
    return db.inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT version, files FROM rule_versions WHERE scope = ? AND version = ?")) {
        select.setString(1, scope);
        select.setInt(2, version);
        return version(select);
      }
    });
  }

  /** The brands that have a rule set of their own. */
  public List<String> brandScopes() {
    return db.inTransaction(connection -> {
      List<String> scopes = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT scope FROM rule_versions WHERE active AND scope <> '' ORDER BY scope");
           ResultSet rs = select.executeQuery()) {
        while (rs.next()) scopes.add(rs.getString(1));
      }
      return scopes;
    });
  }

  /** Which version of a scope is active and which runs in shadow (null: none). */
  public record Flags(Integer active, Integer shadow) {}

  /** Every scope with an active or shadow version, as the store holds them now. */
  public Map<String, Flags> flags() {
    return db.inTransaction(connection -> {
      Map<String, Flags> flags = new TreeMap<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT scope, version, active, shadow FROM rule_versions WHERE active OR shadow");
           ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          int version = rs.getInt("version");
          Flags old = flags.getOrDefault(rs.getString("scope"), new Flags(null, null));
          flags.put(rs.getString("scope"), new Flags(rs.getBoolean("active") ? Integer.valueOf(version) : old.active(),
              rs.getBoolean("shadow") ? Integer.valueOf(version) : old.shadow()));
        }
      }
      return flags;
    });
  }

  /** Stores a new version of the scope, not active; returns its number. */
  public int create(String scope, RuleFiles files, String by) {
    return db.inTransaction(connection -> insert(connection, scope, files, by));
  }

  /** Makes a stored version the scope's active one; false if there is no such version. */
  public boolean activate(String scope, int version, String by) {
    return db.inTransaction(connection -> setFlag(connection, scope, version, "active", by));
  }

  /** Runs a stored version in shadow, or none with {@code version} null; false if there is no such version. */
  public boolean shadow(String scope, Integer version) {
    return db.inTransaction(connection -> setFlag(connection, scope, version, "shadow", null));
  }

  /** Makes these files the active version of the scope, unless they already are; returns it. */
  public Version activateIfChanged(String scope, RuleFiles files, String by) {
    // nodes starting together on one server store take turns, so only one of them stores the set
    return db.inTransaction(connection -> {
      db.serialize(connection);
      Optional<Version> current = one(connection, scope, "active");
      if (current.isPresent() && current.get().files().digest().equals(files.digest())) return current.get();
      int version = insert(connection, scope, files, by);
      setFlag(connection, scope, version, "active", by);
      return new Version(version, files);
    });
  }

  /** A stored version as listed: who made it when, whether it is active or in shadow, and when it was last activated. */
  public record Listed(int version, long createdAt, String createdBy, boolean active, boolean shadow, Long activatedAt,
      String activatedBy) {}

  public List<Listed> list(String scope) {
    return db.inTransaction(connection -> {
      List<Listed> versions = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT " + COLUMNS + " FROM rule_versions WHERE scope = ? ORDER BY version DESC")) {
        select.setString(1, scope);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            long activatedAt = rs.getLong("activated_at");
            boolean everActive = !rs.wasNull();
            versions.add(new Listed(rs.getInt("version"), rs.getLong("created_at"), rs.getString("created_by"), rs.getBoolean("active"),
                rs.getBoolean("shadow"), everActive ? activatedAt : null, rs.getString("activated_by")));
          }
        }
      }
      return versions;
    });
  }

  private int insert(Connection connection, String scope, RuleFiles files, String by) throws SQLException {
    int next;
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT COALESCE(MAX(version), 0) + 1 FROM rule_versions WHERE scope = ?")) {
      select.setString(1, scope);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        next = rs.getInt(1);
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO rule_versions (scope, version, files, digest, created_at, created_by, active, shadow) "
            + "VALUES (?, ?, ?, ?, ?, ?, FALSE, FALSE)")) {
      insert.setString(1, scope);
      insert.setInt(2, next);
      insert.setString(3, JsonColumns.write(new TreeMap<>(files.files())));
      insert.setString(4, files.digest());
      insert.setLong(5, clock.millis());
      insert.setString(6, by);
      insert.executeUpdate();
    }
    return next;
  }

  private boolean setFlag(Connection connection, String scope, Integer version, String flag, String by) throws SQLException {
    if (version != null) {
      try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM rule_versions WHERE scope = ? AND version = ?")) {
        exists.setString(1, scope);
        exists.setInt(2, version);
        try (ResultSet rs = exists.executeQuery()) {
          if (!rs.next()) return false;
        }
      }
    }
    try (PreparedStatement clear = connection.prepareStatement("UPDATE rule_versions SET " + flag + " = FALSE WHERE scope = ?")) {
      clear.setString(1, scope);
      clear.executeUpdate();
    }
    if (version == null) return true;
    String extra = flag.equals("active") ? ", activated_at = ?, activated_by = ?" : "";
    try (PreparedStatement set = connection.prepareStatement(
        "UPDATE rule_versions SET " + flag + " = TRUE" + extra + " WHERE scope = ? AND version = ?")) {
      int i = 1;
      if (flag.equals("active")) {
        set.setLong(i++, clock.millis());
        set.setString(i++, by);
      }
      set.setString(i++, scope);
      set.setInt(i, version);
      set.executeUpdate();
    }
    return true;
  }

  private static Optional<Version> one(Connection connection, String scope, String flag) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT version, files FROM rule_versions WHERE scope = ? AND " + flag)) {
      select.setString(1, scope);
      return version(select);
    }
  }

  private static Optional<Version> version(PreparedStatement select) throws SQLException {
    try (ResultSet rs = select.executeQuery()) {
      if (!rs.next()) return Optional.empty();
      Map<String, String> files = new TreeMap<>();
      JsonColumns.object(rs.getString("files")).forEach((name, text) -> files.put(name, (String) text));
      return Optional.of(new Version(rs.getInt("version"), new RuleFiles(files)));
    }
  }
}
