package dev.crisisdesk.events;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on a loopback port, a real HTTP server: it answers 503 while down, can fail its
 * first requests or leave them unanswered past the sender's timeout, and records every request.
 */
final class Receiver implements AutoCloseable {
  record Delivery(String body, String signature, String eventHeader, int answered) {
    JsonObject event() {
      return new JsonObject(body);
    }
  }

  private final HttpServer server;
  final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
  volatile boolean down;
  final AtomicInteger failFirst = new AtomicInteger();
  final AtomicInteger hangFirst = new AtomicInteger();

  Receiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/hook", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      boolean hang = hangFirst.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
      int status = !hang && (down || failFirst.getAndUpdate(n -> Math.max(0, n - 1)) > 0) ? 503 : 200;
      deliveries.add(new Delivery(body, exchange.getRequestHeaders().getFirst("X-Crisisdesk-Signature"),
          exchange.getRequestHeaders().getFirst("X-Crisisdesk-Event"), status));
      if (hang) sleep(3000); // past the sender's timeout: it gave up and will send again
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  /** The events accepted with a 2xx, in the order they were accepted. */
  List<JsonObject> accepted() {
    return deliveries.stream().filter(d -> d.answered() / 100 == 2).map(Delivery::event).toList();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
