package dev.crisisdesk.brands;

import dev.crisisdesk.store.Database;

import io.vertx.core.json.JsonObject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;

/** Each brand's own settings, as given to {@code PUT /v1/brands/{brand}}. */
public final class BrandSettingsStore {
  private final Database db;
  private final Clock clock;

  public BrandSettingsStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public Optional<JsonObject> get(String brand) {
    return db.inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT settings FROM brand_settings WHERE brand = ?")) {
        select.setString(1, brand);
        try (ResultSet rs = select.executeQuery()) {
          return rs.next() ? Optional.of(new JsonObject(rs.getString(1))) : Optional.empty();
        }
      }
    });
  }

  public void put(String brand, JsonObject settings) {
    long now = clock.millis();
    db.inTransaction(connection -> {
      try (PreparedStatement update = connection.prepareStatement("UPDATE brand_settings SET settings = ?, updated_at = ? WHERE brand = ?")) {
        update.setString(1, settings.encode());
        update.setLong(2, now);
        update.setString(3, brand);
        if (update.executeUpdate() == 1) return 1;
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO brand_settings (brand, settings, updated_at) VALUES (?, ?, ?)")) {
        insert.setString(1, brand);
        insert.setString(2, settings.encode());
        insert.setLong(3, now);
        return insert.executeUpdate();
      }
    });
  }
}
