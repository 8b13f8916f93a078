package dev.crisisdesk.ingest;

import dev.crisisdesk.comments.CommentStore;
import dev.crisisdesk.comments.PostedComment;
import dev.crisisdesk.http.ApiException;
import dev.crisisdesk.http.Blocking;
import dev.crisisdesk.http.Bodies;
import dev.crisisdesk.http.Principal;
import dev.crisisdesk.http.Requests;
import dev.crisisdesk.http.Role.Permission;
import dev.crisisdesk.log.CommentLog;
import dev.crisisdesk.metrics.ServiceMetrics;
import dev.crisisdesk.pipeline.Processor;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /v1/comments}: validates a JSON, JSON array or NDJSON body whole, stores every new
 * comment before answering 202, then hands them to the processor.
 */
public final class IngestHandler {
  public static final int MAX_BATCH = 500;

  private final CommentValidator validator;
  private final CommentStore comments;
  private final Processor processor;
  private final CommentLog log;
  private final Blocking blocking;
  private final ServiceMetrics metrics;

  /** {@code log}: the Kafka log accepted comments go through, or null to store them here directly. */
  public IngestHandler(CommentValidator validator, CommentStore comments, Processor processor, CommentLog log,
      Blocking blocking, ServiceMetrics metrics) {
    this.log = log;
    this.metrics = metrics;
    this.validator = validator;
    this.comments = comments;
    this.processor = processor;
    this.blocking = blocking;
  }

  public void accept(RoutingContext ctx) {
    Principal principal = Requests.principal(ctx);
    String mode = ctx.queryParams().get("mode");
    if (mode != null && !mode.equals("live") && !mode.equals("backfill")) {
      throw ApiException.invalidParameter("mode", "must be live (the default) or backfill");
    }
    boolean backfill = "backfill".equals(mode);
    List<Object> items = items(ctx);
    if (items.size() > MAX_BATCH) throw ApiException.payloadTooLarge("a batch holds at most " + MAX_BATCH + " comments, got " + items.size());
    if (items.isEmpty()) throw ApiException.invalidField("", "the batch holds no comment");
    CommentValidator.Result result = validator.validate(items);
    if (!result.problems().isEmpty()) throw ApiException.invalidFields(result.problems());
    for (PostedComment comment : result.comments()) principal.require(Permission.POST_COMMENTS, comment.brand());
    if (!processor.hasRoomFor(result.comments().size())) {
      throw ApiException.overloaded("the service is processing as much as it can hold; retry shortly");
    }
    JsonArray ids = new JsonArray();
    result.comments().forEach(comment -> ids.add(comment.id()));
    if (log != null) {
      throughLog(ctx, result.comments(), backfill, ids);
      return;
    }
    blocking.run(() -> comments.insert(result.comments(), backfill)).onComplete(insertion -> {
      if (insertion.failed()) {
        ctx.fail(insertion.cause());
        return;
      }
      processor.submit(insertion.result().stored());
      metrics.ingested(insertion.result().stored().size(), insertion.result().duplicates());
      Blocking.json(ctx, 202, new JsonObject()
          .put("accepted", insertion.result().stored().size())
          .put("duplicates", insertion.result().duplicates())
          .put("ids", ids));
    });
  }

  /** The 202 once the log's brokers have every new comment; comments stored already count as duplicates. */
  private void throughLog(RoutingContext ctx, List<PostedComment> posted, boolean backfill, JsonArray ids) {
    // on a worker: a producer waiting for the brokers' metadata blocks its caller (at most 5 s)
    blocking.run(() -> {
      List<PostedComment> fresh = comments.unseen(posted);
      return log.append(fresh, backfill).thenApply(acknowledged -> fresh.size());
    }).compose(acks -> Future.fromCompletionStage(acks, ctx.vertx().getOrCreateContext())).onComplete(appended -> {
      if (appended.failed()) {
        ctx.fail(appended.cause() instanceof ApiException ? appended.cause()
            : ApiException.overloaded("the comment log did not acknowledge the comments in time; retry shortly"));
        return;
      }
      metrics.ingested(appended.result(), posted.size() - appended.result());
      Blocking.json(ctx, 202, new JsonObject().put("accepted", appended.result()).put("duplicates", posted.size() - appended.result())
          .put("ids", ids));
    });
  }

  private static List<Object> items(RoutingContext ctx) {
    String contentType = ctx.request().getHeader("Content-Type");
    String mediaType = contentType == null ? "application/json"
        : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return switch (mediaType) {
      case "application/json" -> Bodies.jsonItems(ctx.body().buffer());
      case "application/x-ndjson", "application/ndjson", "application/jsonl" -> Bodies.ndjsonItems(ctx.body().buffer());
      default -> throw new ApiException(415, "unsupported_media_type",
          "send application/json or application/x-ndjson, not " + mediaType, null);
    };
  }
}
