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

  public Operations(Processor processor, ServiceMetrics metrics, ItemStore items, Blocking blocking) {
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
    Blocking.json(ctx, 200, new JsonObject().put("status", "up").put("inFlight", processor.inFlight())
        .put("parkedBrands", new io.vertx.core.json.JsonArray(processor.parked().stream().sorted().toList())));
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
