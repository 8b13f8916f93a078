package dev.crisisdesk;

import java.nio.file.Path;

/** Everything the service is told at start, read once and passed down. */
public record Config(String host, int port, Path dataDir, Path rulesDir, Path modelsDir, String adminKey,
    long maxBodyBytes, int analysisThreads, int inFlightCapacity, java.time.Duration parkAfter) {
  public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

  public Config {
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port outside 0..65535: " + port);
    if (adminKey == null || adminKey.length() < 8) throw new IllegalArgumentException("admin key shorter than 8 characters");
    if (maxBodyBytes < 1024) throw new IllegalArgumentException("maxBodyBytes < 1024: " + maxBodyBytes);
  }

  public static Config defaults(Path dataDir, Path rulesDir, Path modelsDir, String adminKey) {
    return new Config("127.0.0.1", 0, dataDir, rulesDir, modelsDir, adminKey, DEFAULT_MAX_BODY_BYTES,
        Math.max(1, Runtime.getRuntime().availableProcessors()), 20_000, java.time.Duration.ofSeconds(30));
  }

  public Config withPort(int port) {
    return new Config(host, port, dataDir, rulesDir, modelsDir, adminKey, maxBodyBytes, analysisThreads, inFlightCapacity, parkAfter);
  }

  /** How many accepted comments may wait for processing before ingest answers 503. */
  public Config withInFlightCapacity(int capacity) {
    return new Config(host, port, dataDir, rulesDir, modelsDir, adminKey, maxBodyBytes, analysisThreads, capacity, parkAfter);
  }

  /** How long one brand's rules may take on one task before the watchdog parks the brand. */
  public Config withParkAfter(java.time.Duration parkAfter) {
    return new Config(host, port, dataDir, rulesDir, modelsDir, adminKey, maxBodyBytes, analysisThreads, inFlightCapacity, parkAfter);
  }
}
