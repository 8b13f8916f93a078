package dev.crisisdesk.rules;

import io.vertx.core.json.JsonObject;

/**
 * A change an API call makes to a brand's live state: its rule session and its incident book. The
 * store already holds it; the node that runs the brand's session applies it on the brand's lane.
 * Alone, that is this node; with a log, it is the node reading the brand's partition, which gets
 * the change through the log after the comments written before it. Applying one twice does no harm.
 */
public sealed interface BrandChange {
  String brand();

  /** An incident was resolved: the rules stop seeing it, and its rule may open another from {@code coolUntil}. */
  record Resolved(String brand, String incident, long coolUntil) implements BrandChange {}

  /** The brand's settings changed in the store: the session reads them again. */
  record SettingsChanged(String brand) implements BrandChange {}

  /** A comment was erased: its words leave the session's windows (it still counts in them). */
  record Erased(String brand, String commentKey) implements BrandChange {}

  /** The change is stored, but the log did not take it for the brand's node in time. */
  final class Undelivered extends RuntimeException {
    public Undelivered(BrandChange change, Throwable cause) {
      super("the change to brand " + change.brand() + " is saved, but the node running the brand was not told in time: "
          + "its rules may not see it until the brand moves or the node restarts; retry shortly", cause);
    }
  }

  default JsonObject json() {
    JsonObject json = new JsonObject().put("brand", brand());
    if (this instanceof Resolved r) return json.put("type", "resolved").put("incident", r.incident()).put("coolUntil", r.coolUntil());
    if (this instanceof Erased e) return json.put("type", "erased").put("comment", e.commentKey());
    return json.put("type", "settings");
  }

  static BrandChange of(JsonObject json) {
    String brand = json.getString("brand");
    return switch (json.getString("type", "")) {
      case "resolved" -> new Resolved(brand, json.getString("incident"), json.getLong("coolUntil"));
      case "erased" -> new Erased(brand, json.getString("comment"));
      case "settings" -> new SettingsChanged(brand);
      default -> throw new IllegalArgumentException("unknown brand change " + json.encode());
    };
  }
}
