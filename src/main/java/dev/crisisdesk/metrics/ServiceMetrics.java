package dev.crisisdesk.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The service's meters in one Micrometer registry, served by {@code GET /metrics} in Prometheus text.
 * Ingest, the pipeline and the error handler record into it; the store's pool and the JVM bind their
 * own meters. The names dashboards rely on stay: {@code crisisdesk_comments_accepted_total},
 * {@code crisisdesk_comments_duplicate_total}, {@code crisisdesk_comments_processed_total{status}},
 * {@code crisisdesk_processing_seconds} (a histogram), {@code crisisdesk_http_errors_total{status}},
 * {@code crisisdesk_in_flight}, {@code crisisdesk_parked_brands} and {@code crisisdesk_queue_depth{brand,queue}}.
 */
public final class ServiceMetrics {
  /** Upper bounds of the processing latency histogram. */
  static final Duration[] BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
      Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30),
      Duration.ofSeconds(60)};

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter accepted = Counter.builder("crisisdesk.comments.accepted").description("Comments accepted (202) and stored")
      .register(registry);
  private final Counter duplicates = Counter.builder("crisisdesk.comments.duplicate")
      .description("Comments posted again with a known key").register(registry);
  private final Timer processing = Timer.builder("crisisdesk.processing").description("From receipt to recorded outcome")
      .serviceLevelObjectives(BUCKETS).register(registry);
  // one counter per status and per error status, looked up once: recording stays an addition
  private final Map<String, Counter> processed = new ConcurrentHashMap<>();
  private final Map<Integer, Counter> errors = new ConcurrentHashMap<>();
  private final MultiGauge queueDepth = MultiGauge.builder("crisisdesk.queue.depth").description("Open items per brand and queue")
      .register(registry);

  public ServiceMetrics() {
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  /** Where other parts bind their meters (the store's connection pool, for one). */
  public MeterRegistry registry() {
    return registry;
  }

  /** Reports the pipeline's state when scraped: work in flight and parked brands. */
  public void watch(Supplier<Number> inFlight, Supplier<Number> parkedBrands) {
    Gauge.builder("crisisdesk.in.flight", inFlight).description("Comments accepted and not yet processed").strongReference(true)
        .register(registry);
    Gauge.builder("crisisdesk.parked.brands", parkedBrands).description("Brands parked by the watchdog").strongReference(true)
        .register(registry);
  }

  public void ingested(int acceptedCount, int duplicateCount) {
    accepted.increment(acceptedCount);
    duplicates.increment(duplicateCount);
  }

  /** A comment's outcome was recorded {@code millis} after crisisdesk received it. */
  public void processed(String status, long millis) {
    processed.computeIfAbsent(status, s -> Counter.builder("crisisdesk.comments.processed")
        .description("Comments whose outcome was recorded, by status").tag("status", s).register(registry)).increment();
    processing.record(Duration.ofMillis(Math.max(0, millis)));
  }

  public void answered(int status) {
    if (status >= 400) {
      errors.computeIfAbsent(status, s -> Counter.builder("crisisdesk.http.errors").description("Answers with a 4xx or 5xx status")
          .tag("status", Integer.toString(s)).register(registry)).increment();
    }
  }

  /** The meters as Prometheus text, with the open items per brand and queue read just now. */
  public String scrape(Map<String, Map<String, Integer>> queueDepths) {
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    queueDepths.forEach((brand, queues) -> queues.forEach((queue, depth) ->
        rows.add(MultiGauge.Row.of(Tags.of("brand", brand, "queue", queue), depth))));
    queueDepth.register(rows, true);
    return registry.scrape();
  }
}
