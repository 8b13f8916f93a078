package dev.crisisdesk.http;

import java.time.Instant;

/** How the API writes what the stores return: times as ISO-8601 instants in UTC. */
public final class Json {
  private Json() {}

  public static String time(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis).toString();
  }

  /** {@link #time(long)}, or null for none. */
  public static String time(Long epochMillis) {
    return epochMillis == null ? null : time(epochMillis.longValue());
  }
}
