package dev.crisisdesk.auth;

import dev.crisisdesk.http.Role;

import dev.crisisdesk.http.Principal;

import dev.crisisdesk.store.Database;
import dev.crisisdesk.store.JsonColumns;
import dev.crisisdesk.store.Sql;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API keys: created with a role and brands, stored as SHA-256 hashes (the secret is shown once),
 * revoked by id. The admin key from {@code CRISISDESK_ADMIN_KEY} is never stored.
 */
public final class KeyStore {
  /** A new key: its id, and the secret, which is not kept. */
  public record Created(String id, String key) {}

  /** A key as listed: never its secret; {@code revokedAt} is null while it is live. */
  public record Key(String id, String name, Role role, List<String> brands, long createdAt, Long revokedAt) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Database db;
  private final Clock clock;
  private final byte[] adminKeyHash;
  // hash to principal; an entry is dropped when its key is revoked
  private final Map<String, Principal> cache = new ConcurrentHashMap<>();

  public KeyStore(Database db, Clock clock, String adminKey) {
    this.db = db;
    this.clock = clock;
    this.adminKeyHash = sha256(adminKey).getBytes(StandardCharsets.US_ASCII);
  }

  public Optional<Principal> authenticate(String key) {
    String hash = sha256(key);
    if (MessageDigest.isEqual(adminKeyHash, hash.getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of(new Principal("admin", "admin key (CRISISDESK_ADMIN_KEY)", Role.ADMIN, Set.of()));
    }
    Principal cached = cache.get(hash);
    if (cached != null) return Optional.of(cached);
    Optional<Principal> found = db.inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT id, name, role, brands FROM api_keys WHERE hash = ? AND revoked_at IS NULL")) {
        select.setString(1, hash);
        try (ResultSet rs = select.executeQuery()) {
          if (!rs.next()) return Optional.<Principal>empty();
          Set<String> brands = new HashSet<>(JsonColumns.strings(rs.getString("brands")));
          return Optional.of(new Principal(rs.getString("id"), rs.getString("name"), Role.valueOf(rs.getString("role")), brands));
        }
      }
    });
    found.ifPresent(principal -> cache.put(hash, principal));
    return found;
  }

  /** Creates a key; the answer holds the secret, which is not kept. */
  public Created create(String name, Role role, List<String> brands) {
    byte[] secret = new byte[24];
    RANDOM.nextBytes(secret);
    String key = "cdk_" + HexFormat.of().formatHex(secret);
    String id = "key_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    long now = clock.millis();
    db.inTransaction(connection -> Sql.update(connection, "INSERT INTO api_keys (id, name, role, brands, hash, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        id, name, role.name(), JsonColumns.write(brands), sha256(key), now));
    return new Created(id, key);
  }

  public List<Key> list() {
    return db.inTransaction(connection -> {
      List<Key> keys = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT id, name, role, brands, created_at, revoked_at FROM api_keys ORDER BY created_at, id");
           ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          long revokedAt = rs.getLong("revoked_at");
          boolean revoked = !rs.wasNull();
          keys.add(new Key(rs.getString("id"), rs.getString("name"), Role.valueOf(rs.getString("role")),
              JsonColumns.strings(rs.getString("brands")), rs.getLong("created_at"), revoked ? revokedAt : null));
        }
      }
      return keys;
    });
  }

  /** Revokes a key; false if there is no such live key. */
  public boolean revoke(String id) {
    long now = clock.millis();
    boolean revoked = db.inTransaction(connection ->
        Sql.update(connection, "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", now, id) == 1);
    if (revoked) cache.values().removeIf(principal -> principal.keyId().equals(id));
    return revoked;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
