package dev.crisisdesk.brands;

import dev.crisisdesk.store.Database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;

/** Each brand's own settings: the JSON document given to {@code PUT /v1/brands/{brand}}, kept as its text. */
public final class BrandSettingsStore {
  private final Database db;
  private final Clock clock;

  public BrandSettingsStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public Optional<String> get(String brand) {
    return db.inTransaction(connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT settings FROM brand_settings WHERE brand = ?")) {
        select.setString(1, brand);
        try (ResultSet rs = select.executeQuery()) {
          return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
      }
    });
  }

  public void put(String brand, String settings) {
    long now = clock.millis();
    db.inTransaction(connection -> {
      try (PreparedStatement update = connection.prepareStatement("UPDATE brand_settings SET settings = ?, updated_at = ? WHERE brand = ?")) {
        update.setString(1, settings);
        update.setLong(2, now);
        update.setString(3, brand);
        if (update.executeUpdate() == 1) return 1;
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO brand_settings (brand, settings, updated_at) VALUES (?, ?, ?)")) {
        insert.setString(1, brand);
        insert.setString(2, settings);
        insert.setLong(3, now);
        return insert.executeUpdate();
      }
    });
  }
}
