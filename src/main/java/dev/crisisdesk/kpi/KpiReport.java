package dev.crisisdesk.kpi;

import dev.crisisdesk.http.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A brand's key figures over a period: first-response time (from when crisisdesk received the
 * comment to the reply, the same basis as SLAs), response rate, SLA breaches, and volume and
 * sentiment per hour of {@code createdAt}.
 */
public record KpiReport(String brand, long from, long to, Double p50Seconds, Double p90Seconds, int items,
    int replied, Double responseRate, int slaBreaches, List<KpiStore.Hour> hourly) {

  /** The figures of a period read at {@code now}: an open item is breached once it is past due. */
  public static KpiReport of(String brand, long from, long to, KpiStore.Period period, long now) {
    List<Long> firstResponses = new ArrayList<>();
    int breaches = 0;
    for (KpiStore.Item item : period.items()) {
      if ("replied".equals(item.state())) firstResponses.add(item.closedAt() - item.receivedAt());
      if (item.closedAt() == null ? item.dueAt() < now : item.closedAt() > item.dueAt()) breaches++;
    }
    Collections.sort(firstResponses);
    int items = period.items().size();
    int replied = firstResponses.size();
    return new KpiReport(brand, from, to, percentile(firstResponses, 0.5), percentile(firstResponses, 0.9), items, replied,
        items == 0 ? null : Math.round(1000.0 * replied / items) / 1000.0, breaches, period.hours());
  }

  /** The nearest-rank percentile in seconds, or null without data. */
  static Double percentile(List<Long> sortedMillis, double p) {
    if (sortedMillis.isEmpty()) return null;
    int rank = (int) Math.ceil(p * sortedMillis.size());
    return sortedMillis.get(Math.max(0, rank - 1)) / 1000.0;
  }

  public JsonObject json() {
    JsonArray hours = new JsonArray();
    for (KpiStore.Hour hour : hourly) {
      hours.add(new JsonObject().put("hour", Json.time(hour.hour())).put("comments", hour.comments())
          .put("negative", hour.negative()).put("neutral", hour.neutral()).put("positive", hour.positive())
          .put("averageScore", hour.averageScore() == null ? null : Math.round(hour.averageScore() * 1000) / 1000.0));
    }
    return new JsonObject().put("brand", brand).put("from", Json.time(from)).put("to", Json.time(to))
        .put("firstResponseSeconds", new JsonObject().put("p50", p50Seconds).put("p90", p90Seconds).put("count", replied))
        .put("items", items).put("replied", replied).put("responseRate", responseRate)
        .put("slaBreaches", slaBreaches).put("hourly", hours);
  }
}
