package dev.crisisdesk.http;

import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;

/**
 * A request whose body has not fully arrived within the body timeout (a slow-loris client, a
 * stalled upload) is answered 408 {@code request_timeout} and its connection closed, so it holds
 * no buffer and no handler. Requests whose body is in are never touched, however long their work.
 */
public final class SlowBodies {
  private final Vertx vertx;
  private final long timeoutMillis;
  private final ErrorHandler errors;

  public SlowBodies(Vertx vertx, Duration timeout, ErrorHandler errors) {
    this.vertx = vertx;
    this.timeoutMillis = timeout.toMillis();
    this.errors = errors;
  }

  public void watch(RoutingContext ctx) {
    if (!ctx.request().isEnded()) {
      long timer = vertx.setTimer(timeoutMillis, id -> {
        if (ctx.request().isEnded() || ctx.response().ended() || ctx.response().closed()) return;
        ctx.response().putHeader("Connection", "close");
        ctx.response().endHandler(v -> ctx.request().connection().close());
        errors.answer(ctx, new ApiException(408, "request_timeout",
            "the request body did not arrive within " + timeoutMillis / 1000.0 + " s", null));
      });
      ctx.addEndHandler(v -> vertx.cancelTimer(timer));
    }
    ctx.next();
  }
}
