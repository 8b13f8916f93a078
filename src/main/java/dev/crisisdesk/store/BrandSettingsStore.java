package dev.crisisdesk.store;

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
    db.inTransaction(connection -> {
      try (PreparedStatement merge = connection.prepareStatement(
          "MERGE INTO brand_settings (brand, settings, updated_at) KEY (brand) VALUES (?, ?, ?)")) {
        merge.setString(1, brand);
        merge.setString(2, settings.encode());
        merge.setLong(3, clock.millis());
        return merge.executeUpdate();
      }
    });
  }
}
