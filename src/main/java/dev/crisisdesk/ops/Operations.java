package dev.crisisdesk.ops;

import dev.crisisdesk.http.Blocking;
import dev.crisisdesk.metrics.ServiceMetrics;
import dev.crisisdesk.pipeline.Processor;
import dev.crisisdesk.queue.ItemStore;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** What an operator asks without a key: is it up, how is it doing, and what is its API. */
public final class Operations {
  private final Processor processor;
  private final ServiceMetrics metrics;
  private final ItemStore items;
  private final Blocking blocking;
  private final Buffer openApi;
  private final Pressure pressure;
  private final BooleanSupplier modelsReady;

  private final Supplier<List<Integer>> partitions;

  /** {@code partitions}: the comment log partitions this node reads, or null without a log. */
  /** {@code modelsReady}: false while the models load; {@code /health} says {@code starting} until then. */
  public Operations(Processor processor, ServiceMetrics metrics, ItemStore items, Blocking blocking,
      Supplier<List<Integer>> partitions, Pressure pressure, BooleanSupplier modelsReady) {
    this.modelsReady = modelsReady;
    this.partitions = partitions;
    this.pressure = pressure;
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

  /** 200 "up" while the service takes work, 503 "strained" with the reasons while it should not be sent more. */
  public void health(RoutingContext ctx) {
    List<String> strain = pressure.reasons();
    String status = !strain.isEmpty() ? "strained" : modelsReady.getAsBoolean() ? "up" : "starting";
    JsonObject health = new JsonObject().put("status", status).put("inFlight", processor.inFlight())
        .put("parkedBrands", new JsonArray(processor.parked().stream().sorted().toList()));
    if (partitions != null) health.put("logPartitions", new JsonArray(partitions.get()));
    if (!strain.isEmpty()) health.put("reasons", new JsonArray(strain));
    Blocking.json(ctx, strain.isEmpty() ? 200 : 503, health);
  }

  public void metrics(RoutingContext ctx) {
    blocking.run(() -> metrics.scrape(items.openCounts())).onComplete(result -> {
      if (result.failed()) ctx.fail(result.cause());
      else ctx.response().putHeader("Content-Type", "text/plain; version=0.0.4").end(result.result());
    });
  }

  public void openApi(RoutingContext ctx) {
    ctx.response().putHeader("Content-Type", "application/json").end(openApi);
  }
}
