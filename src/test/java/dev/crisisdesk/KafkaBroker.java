package dev.crisisdesk;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real Kafka broker in KRaft mode (broker and controller in one), run as its own process from the
 * Kafka jars on Maven Central that the tests depend on, on loopback ports, with its logs in a folder.
 */
public final class KafkaBroker implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path log;

  private KafkaBroker(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  public static KafkaBroker start(Path dir) throws Exception {
    int port = freePort();
    int controller = freePort();
    Path config = dir.resolve("server.properties");
    Files.writeString(config, String.join("\n", List.of(
        "process.roles=broker,controller", "node.id=1", "controller.quorum.voters=1@127.0.0.1:" + controller,
        "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
        "advertised.listeners=PLAINTEXT://127.0.0.1:" + port, "controller.listener.names=CONTROLLER",
        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT", "inter.broker.listener.name=PLAINTEXT",
        "log.dirs=" + dir.resolve("logs"), "offsets.topic.replication.factor=1", "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1", "group.initial.rebalance.delay.ms=0", "num.partitions=1")) + "\n");
    Path log = dir.resolve("broker.log");
    Process format = java("-cp", System.getProperty("java.class.path"), "kafka.tools.StorageTool", "format",
        // "--cluster-id=" keeps an id that starts with "-" from reading as an option
        "--cluster-id=" + uuid(), "-c", config.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("format.log").toFile()).start();
    if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
      throw new IllegalStateException("kafka storage format failed:\n" + Files.readString(dir.resolve("format.log")));
    }
    Process broker = java("-Xmx512m", "-cp", System.getProperty("java.class.path"), "kafka.Kafka", config.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    KafkaBroker started = new KafkaBroker(broker, port, log);
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      if (!broker.isAlive()) break;
      try (Socket socket = new Socket("127.0.0.1", port)) {
        return started;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    started.close();
    throw new IllegalStateException("the Kafka broker did not start:\n" + Files.readString(log, StandardCharsets.UTF_8));
  }

  /** The log URL a crisisdesk node is given: {@code kafka://127.0.0.1:PORT}. */
  public String url() {
    return "kafka://127.0.0.1:" + port;
  }

  public Path logFile() {
    return log;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ProcessBuilder java(String... args) {
    List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** A cluster id as Kafka writes them: a UUID in URL-safe base64 without padding. */
  private static String uuid() {
    UUID uuid = UUID.randomUUID();
    java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
  }
}
