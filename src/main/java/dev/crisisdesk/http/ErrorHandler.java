package dev.crisisdesk.http;

import dev.crisisdesk.rules.RuleEngine;
import dev.crisisdesk.store.Conflict;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where failures become the contract's JSON errors. */
public final class ErrorHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

  public void handle(RoutingContext ctx) {
    answer(ctx, toApi(ctx.failure(), ctx.statusCode(), ctx));
  }

  /** Sends an error answer unless one was sent already. */
  void answer(RoutingContext ctx, ApiException error) {
    HttpServerResponse response = ctx.response();
    if (response.ended() || response.closed()) return;
    if ((error.status() == 429 || error.status() == 503) && !response.headers().contains("Retry-After")) {
      response.putHeader("Retry-After", "1");
    }
    response.setStatusCode(error.status())
        .putHeader("Content-Type", "application/json")
        .end(error.body().encode());
  }

  private static ApiException toApi(Throwable failure, int status, RoutingContext ctx) {
    if (failure instanceof ApiException api) return api;
    if (failure instanceof Conflict conflict) return ApiException.conflict(conflict.getMessage());
    if (failure instanceof RuleEngine.Starting starting) return ApiException.starting(starting.getMessage());
    return switch (status) {
      case 400 -> ApiException.invalidJson("the request could not be read");
      case 404 -> ApiException.notFound("no such endpoint: " + ctx.request().method() + " " + ctx.request().path());
      case 405 -> new ApiException(405, "method_not_allowed", ctx.request().method() + " is not allowed here", null);
      case 413 -> ApiException.payloadTooLarge("the body is over the limit of the service (default 1 MiB)");
      case 415 -> new ApiException(415, "unsupported_media_type", "unsupported content type", null);
      default -> {
        LOG.error("internal error on {} {}", ctx.request().method(), ctx.request().path(), failure);
        yield new ApiException(500, "internal", "internal error; the service log has the details", null);
      }
    };
  }
}
