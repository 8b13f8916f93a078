package dev.crisisdesk;

import dev.crisisdesk.rules.sandbox.Budget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything the service is told at start, read once and passed down.
 *
 * @param rateLimit requests per second one key may make, on average (twice that in a burst); 0 for no limit
 * @param bodyTimeout how long a request body may take to arrive before the answer is 408 and the connection closed
 * @param webhookTimeout how long a webhook receiver may take to answer before the delivery counts as failed
 * @param log the Kafka brokers of the durable ingest log ({@code kafka://HOST:PORT[,HOST:PORT]}); null for none
 * @param store the PostgreSQL server holding the state ({@code postgres://USER:PASSWORD@HOST:PORT/DB}); null for
 *     the embedded database in {@code dataDir}
 * @param ruleBudget what one firing of a brand's rules may spend before it is stopped and its comment fails
 * @param internalWebhookHosts host names webhooks may reach although they resolve to loopback or private
 *     addresses (an operator's explicit exception; empty by default)
 */
public record Config(String host, int port, Path dataDir, Path rulesDir, Path modelsDir, String adminKey,
    long maxBodyBytes, int analysisThreads, int inFlightCapacity, Duration parkAfter, int rateLimit, Duration bodyTimeout,
    Duration webhookTimeout, String store, String log, Budget.Limits ruleBudget,
    List<String> internalWebhookHosts) {
  public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
  public static final int DEFAULT_RATE_LIMIT = 1000;
  public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_WEBHOOK_TIMEOUT = Duration.ofSeconds(10);

  public Config {
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port outside 0..65535: " + port);
    if (adminKey == null || adminKey.length() < 8) throw new IllegalArgumentException("admin key shorter than 8 characters");
    if (maxBodyBytes < 1024) throw new IllegalArgumentException("maxBodyBytes < 1024: " + maxBodyBytes);
    if (rateLimit < 0) throw new IllegalArgumentException("rateLimit < 0: " + rateLimit);
    if (bodyTimeout.isNegative() || bodyTimeout.isZero()) throw new IllegalArgumentException("bodyTimeout must be positive");
    if (store != null && !store.matches("postgres(ql)?://[^/]+/.+")) {
      throw new IllegalArgumentException("store must be postgres://USER:PASSWORD@HOST:PORT/DB");
    }
    if (log != null && !log.matches("kafka://[^/]+/?")) throw new IllegalArgumentException("log must be kafka://HOST:PORT[,HOST:PORT]");
    if (webhookTimeout.isNegative() || webhookTimeout.isZero()) throw new IllegalArgumentException("webhookTimeout must be positive");
    Objects.requireNonNull(ruleBudget, "ruleBudget");
    internalWebhookHosts = List.copyOf(internalWebhookHosts);
  }

  /** What one firing of a brand's rules may spend. */
  public Config withRuleBudget(Budget.Limits ruleBudget) {
    return new Config(host, port, dataDir, rulesDir, modelsDir, adminKey, maxBodyBytes, analysisThreads, inFlightCapacity,
        parkAfter, rateLimit, bodyTimeout, webhookTimeout, store, log, ruleBudget, internalWebhookHosts);
  }

  /** Webhooks may reach these hosts even on internal addresses. */
  public Config withInternalWebhookHosts(List<String> hosts) {
    return new Config(host, port, dataDir, rulesDir, modelsDir, adminKey, maxBodyBytes, analysisThreads, inFlightCapacity,
        parkAfter, rateLimit, bodyTimeout, webhookTimeout, store, log, ruleBudget, hosts);
  }

  public static Config defaults(Path dataDir, Path rulesDir, Path modelsDir, String adminKey) {
    return new Config("127.0.0.1", 0, dataDir, rulesDir, modelsDir, adminKey, DEFAULT_MAX_BODY_BYTES,
        Math.max(1, Runtime.getRuntime().availableProcessors()), 20_000, Duration.ofSeconds(30), DEFAULT_RATE_LIMIT,
        DEFAULT_BODY_TIMEOUT, DEFAULT_WEBHOOK_TIMEOUT, null, null, Budget.Limits.DEFAULT, List.of());
  }

  public Config withPort(int port) {
    return new Config(host, port, dataDir, rulesDir, modelsDir, adminKey, maxBodyBytes, analysisThreads, inFlightCapacity,
        parkAfter, rateLimit, bodyTimeout, webhookTimeout, store, log, ruleBudget, internalWebhookHosts);
  }

  /** How many accepted comments may wait for processing before ingest answers 503. */
  public Config withInFlightCapacity(int capacity) {
    return new Config(host, port, dataDir, rulesDir, modelsDir, adminKey, maxBodyBytes, analysisThreads, capacity,
        parkAfter, rateLimit, bodyTimeout, webhookTimeout, store, log, ruleBudget, internalWebhookHosts);
  }

  /** How long one brand's rules may take on one task before the watchdog parks the brand. */
  public Config withParkAfter(Duration parkAfter) {
    return new Config(host, port, dataDir, rulesDir, modelsDir, adminKey, maxBodyBytes, analysisThreads, inFlightCapacity,
        parkAfter, rateLimit, bodyTimeout, webhookTimeout, store, log, ruleBudget, internalWebhookHosts);
  }

  public Config withLimits(long maxBodyBytes, int rateLimit, Duration bodyTimeout) {
    return new Config(host, port, dataDir, rulesDir, modelsDir, adminKey, maxBodyBytes, analysisThreads, inFlightCapacity,
        parkAfter, rateLimit, bodyTimeout, webhookTimeout, store, log, ruleBudget, internalWebhookHosts);
  }

  public Config withWebhookTimeout(Duration webhookTimeout) {
    return new Config(host, port, dataDir, rulesDir, modelsDir, adminKey, maxBodyBytes, analysisThreads, inFlightCapacity,
        parkAfter, rateLimit, bodyTimeout, webhookTimeout, store, log, ruleBudget, internalWebhookHosts);
  }

  /** State in this PostgreSQL server instead of the embedded database. */
  public Config withStore(String store) {
    return new Config(host, port, dataDir, rulesDir, modelsDir, adminKey, maxBodyBytes, analysisThreads, inFlightCapacity,
        parkAfter, rateLimit, bodyTimeout, webhookTimeout, store, log, ruleBudget, internalWebhookHosts);
  }

  /** Accepted comments go through this Kafka log before they are stored. */
  public Config withLog(String log) {
    return new Config(host, port, dataDir, rulesDir, modelsDir, adminKey, maxBodyBytes, analysisThreads, inFlightCapacity,
        parkAfter, rateLimit, bodyTimeout, webhookTimeout, store, log, ruleBudget, internalWebhookHosts);
  }
}
