package dev.crisisdesk.brands;

import dev.crisisdesk.store.Database;
import dev.crisisdesk.store.Sql;

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
    return db.inTransaction(connection -> Sql.first(connection, "SELECT settings FROM brand_settings WHERE brand = ?", rs -> rs.getString(1), brand));
  }

  public void put(String brand, String settings) {
    long now = clock.millis();
    db.inTransaction(connection -> {
      if (Sql.update(connection, "UPDATE brand_settings SET settings = ?, updated_at = ? WHERE brand = ?", settings, now, brand) == 1) return 1;
      return Sql.update(connection, "INSERT INTO brand_settings (brand, settings, updated_at) VALUES (?, ?, ?)", brand, settings, now);
    });
  }
}
