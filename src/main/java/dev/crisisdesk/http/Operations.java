package dev.crisisdesk.http;

import dev.crisisdesk.pipeline.Processor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** What an operator asks without a key: is it up, and what is its API. */
public final class Operations {
  private final Processor processor;
  private final Buffer openApi;

  public Operations(Processor processor) {
    this.processor = processor;
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

  public void openApi(RoutingContext ctx) {
    ctx.response().putHeader("Content-Type", "application/json").end(openApi);
  }
}
