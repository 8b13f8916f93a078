package dev.crisisdesk.ops;

import dev.crisisdesk.http.Blocking;
import dev.crisisdesk.pipeline.Processor;
import dev.crisisdesk.store.ItemStore;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** What an operator asks without a key: is it up, how is it doing, and what is its API. */
public final class Operations {
  private final Processor processor;
  private final ServiceMetrics metrics;
  private final ItemStore items;
  private final Blocking blocking;
  private final Buffer openApi;

  private final java.util.function.Supplier<java.util.List<Integer>> partitions;

  /** {@code partitions}: the comment log partitions this node reads, or null without a log. */
  public Operations(Processor processor, ServiceMetrics metrics, ItemStore items, Blocking blocking,
      java.util.function.Supplier<java.util.List<Integer>> partitions) {
    this.partitions = partitions;
    this.processor = processor;
    this.metrics = metrics;
    this.items = items;
    this.blocking = blocking;
    try (InputStream in = Operations.class.getResourceAsStream("/openapi.json")) {
      if (in == null) throw new IllegalStateException("openapi.json is missing from the jar");
      this.openApi = Buffer.buffer(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void health(RoutingContext ctx) {
    JsonObject health = new JsonObject().put("status", "up").put("inFlight", processor.inFlight())
        .put("parkedBrands", new io.vertx.core.json.JsonArray(processor.parked().stream().sorted().toList()));
    if (partitions != null) health.put("logPartitions", new io.vertx.core.json.JsonArray(partitions.get()));
    Blocking.json(ctx, 200, health);
  }

  public void metrics(RoutingContext ctx) {
    blocking.run(() -> metrics.scrape(processor.inFlight(), processor.parked().size(), items.openCounts())).onComplete(result -> {
      if (result.failed()) ctx.fail(result.cause());
      else ctx.response().putHeader("Content-Type", "text/plain; version=0.0.4").end(result.result());
    });
  }

  public void openApi(RoutingContext ctx) {
    ctx.response().putHeader("Content-Type", "application/json").end(openApi);
  }
}
