package dev.crisisdesk.ops;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The service's counters, written by ingest, the pipeline and the error handler, read by
 * {@code GET /metrics} in Prometheus text format. Lock-free: recording costs an addition.
 */
public final class ServiceMetrics {
  /** Upper bounds (seconds) of the processing latency histogram. */
  static final double[] BUCKETS = {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};

  private final LongAdder accepted = new LongAdder();
  private final LongAdder duplicates = new LongAdder();
  private final Map<String, LongAdder> processed = new ConcurrentHashMap<>();
  private final Map<Integer, LongAdder> errors = new ConcurrentHashMap<>();
  private final LongAdder[] latency = new LongAdder[BUCKETS.length + 1];
  private final LongAdder latencyMillis = new LongAdder();

  public ServiceMetrics() {
    for (int i = 0; i < latency.length; i++) latency[i] = new LongAdder();
  }

  public void ingested(int acceptedCount, int duplicateCount) {
    accepted.add(acceptedCount);
    duplicates.add(duplicateCount);
  }

  /** A comment's outcome was recorded {@code millis} after crisisdesk received it. */
  public void processed(String status, long millis) {
    processed.computeIfAbsent(status, s -> new LongAdder()).increment();
    double seconds = millis / 1000.0;
    int bucket = 0;
    while (bucket < BUCKETS.length && seconds > BUCKETS[bucket]) bucket++;
    latency[bucket].increment();
    latencyMillis.add(Math.max(0, millis));
  }

  public void answered(int status) {
    if (status >= 400) errors.computeIfAbsent(status, s -> new LongAdder()).increment();
  }

  /** The metrics as Prometheus text, with the gauges the caller read just now. */
  public String scrape(int inFlight, int parkedBrands, Map<String, Map<String, Integer>> queueDepths) {
    StringBuilder out = new StringBuilder();
    counter(out, "crisisdesk_comments_accepted_total", "Comments accepted (202) and stored", accepted.sum());
    counter(out, "crisisdesk_comments_duplicate_total", "Comments posted again with a known key", duplicates.sum());
    out.append("# HELP crisisdesk_comments_processed_total Comments whose outcome was recorded, by status\n")
        .append("# TYPE crisisdesk_comments_processed_total counter\n");
    processed.forEach((status, n) -> out.append("crisisdesk_comments_processed_total{status=\"").append(status).append("\"} ")
        .append(n.sum()).append('\n'));
    out.append("# HELP crisisdesk_processing_seconds From receipt to recorded outcome\n# TYPE crisisdesk_processing_seconds histogram\n");
    long cumulative = 0;
    for (int i = 0; i < BUCKETS.length; i++) {
      cumulative += latency[i].sum();
      out.append(String.format(Locale.ROOT, "crisisdesk_processing_seconds_bucket{le=\"%s\"} %d%n", BUCKETS[i], cumulative));
    }
    cumulative += latency[BUCKETS.length].sum();
    out.append("crisisdesk_processing_seconds_bucket{le=\"+Inf\"} ").append(cumulative).append('\n')
        .append("crisisdesk_processing_seconds_count ").append(cumulative).append('\n')
        .append(String.format(Locale.ROOT, "crisisdesk_processing_seconds_sum %.3f%n", latencyMillis.sum() / 1000.0));
    out.append("# HELP crisisdesk_http_errors_total Answers with a 4xx or 5xx status\n# TYPE crisisdesk_http_errors_total counter\n");
    errors.forEach((status, n) -> out.append("crisisdesk_http_errors_total{status=\"").append(status).append("\"} ").append(n.sum()).append('\n'));
    gauge(out, "crisisdesk_in_flight", "Comments accepted and not yet processed", inFlight);
    gauge(out, "crisisdesk_parked_brands", "Brands parked by the watchdog", parkedBrands);
    out.append("# HELP crisisdesk_queue_depth Open items per brand and queue\n# TYPE crisisdesk_queue_depth gauge\n");
    queueDepths.forEach((brand, queues) -> queues.forEach((queue, depth) -> out.append("crisisdesk_queue_depth{brand=\"")
        .append(brand).append("\",queue=\"").append(queue).append("\"} ").append(depth).append('\n')));
    return out.toString();
  }

  private static void counter(StringBuilder out, String name, String help, long value) {
    out.append("# HELP ").append(name).append(' ').append(help).append("\n# TYPE ").append(name).append(" counter\n")
        .append(name).append(' ').append(value).append('\n');
  }

  private static void gauge(StringBuilder out, String name, String help, long value) {
    out.append("# HELP ").append(name).append(' ').append(help).append("\n# TYPE ").append(name).append(" gauge\n")
        .append(name).append(' ').append(value).append('\n');
  }
}
