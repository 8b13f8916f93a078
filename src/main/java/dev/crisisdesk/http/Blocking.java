package dev.crisisdesk.http;

import dev.crisisdesk.audit.Audit;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.Callable;

/** Runs a handler's store work on the worker pool, never on the event loop, and answers with it. */
public final class Blocking {
  /** The request-context key under which a route marked for the audit log keeps its recorder. */
  public static final String AUDITED = "audited";

  /** Records a successful change before its answer is sent (see {@code Audit}). */
  public interface Audited {
    void record(RoutingContext ctx, JsonObject result);
  }

  private final WorkerExecutor workers;

  public Blocking(WorkerExecutor workers) {
    this.workers = workers;
  }

  public <T> Future<T> run(Callable<T> work) {
    return workers.executeBlocking(work, false);
  }

  /** Answers {@code status} with the JSON the work returns, or the error it throws. */
  public void respond(RoutingContext ctx, int status, Callable<JsonObject> work) {
    Audited audited = ctx.get(AUDITED);
    Callable<JsonObject> recorded = audited == null ? work : () -> {
      JsonObject result = work.call();
      audited.record(ctx, result);
      return result;
    };
    run(recorded).onComplete(result -> {
      if (result.succeeded()) json(ctx, status, result.result());
      else ctx.fail(result.cause());
    });
  }

  public static void json(RoutingContext ctx, int status, JsonObject body) {
    if (ctx.response().closed()) return;
    ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
  }
}
