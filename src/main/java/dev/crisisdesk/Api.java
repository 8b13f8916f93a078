package dev.crisisdesk;

import dev.crisisdesk.audit.Audit;
import dev.crisisdesk.auth.Authenticator;
import dev.crisisdesk.auth.KeyHandlers;
import dev.crisisdesk.comments.CommentQueries;
import dev.crisisdesk.crisis.CrisisHandlers;
import dev.crisisdesk.crisis.IncidentRoom;
import dev.crisisdesk.events.EventStream;
import dev.crisisdesk.events.WebhookHandlers;
import dev.crisisdesk.http.ApiException;
import dev.crisisdesk.http.Console;
import dev.crisisdesk.http.ErrorHandler;
import dev.crisisdesk.http.RateLimits;
import dev.crisisdesk.http.SlowBodies;
import dev.crisisdesk.ingest.IngestHandler;
import dev.crisisdesk.kpi.KpiHandler;
import dev.crisisdesk.metrics.ServiceMetrics;
import dev.crisisdesk.ops.Backups;
import dev.crisisdesk.ops.Operations;
import dev.crisisdesk.queue.QueueHandlers;
import dev.crisisdesk.replies.ReplyHandlers;
import dev.crisisdesk.rulesets.RuleHandlers;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.Locale;

/** The HTTP API: this router is its table of contents. */
public final class Api {
  /** Every handler the router dispatches to. */
  public record Handlers(Operations operations, Authenticator auth, IngestHandler ingest, CommentQueries comments,
      QueueHandlers queues, ReplyHandlers replies, CrisisHandlers crises, IncidentRoom room, RuleHandlers rules, KeyHandlers keys, KpiHandler kpis,
      Audit audit, Backups backups, WebhookHandlers webhooks, EventStream events, ServiceMetrics metrics) {}

  private Api() {}

  /**
   * A request body other than ingest's (which also reads NDJSON) must be JSON: another declared
   * content type is 415 {@code unsupported_media_type}, before anything reads it.
   */
  static void requireJsonBody(RoutingContext ctx) {
    String type = ctx.request().getHeader("Content-Type");
    boolean hasBody = ctx.body() != null && ctx.body().length() > 0;
    if (type == null || !hasBody || ctx.request().path().equals("/v1/comments")) {
      ctx.next();
      return;
    }
    String media = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (media.equals("application/json") || media.endsWith("+json")) ctx.next();
    else ctx.fail(new ApiException(415, "unsupported_media_type", "the body must be application/json, not " + media, null));
  }

  public static Router router(Vertx vertx, Handlers h, dev.crisisdesk.Config config) {
    Router router = Router.router(vertx);
    Audit audit = h.audit();
    ErrorHandler errors = new ErrorHandler();
    router.route().handler(ctx -> {
      ctx.addHeadersEndHandler(v -> h.metrics().answered(ctx.response().getStatusCode()));
      ctx.next();
    });
    router.route().handler(new SlowBodies(vertx, config.bodyTimeout(), errors)::watch);
    router.route().handler(BodyHandler.create(false).setBodyLimit(config.maxBodyBytes()));

    router.get("/health").handler(h.operations()::health);
    router.get("/metrics").handler(h.operations()::metrics);
    router.get("/openapi.json").handler(h.operations()::openApi);
    router.get("/").handler(ctx -> ctx.redirect("/console/"));
    router.route("/console/*").handler(Console::headers).handler(StaticHandler.create("console").setIndexPage("index.html"));

    // before the key is looked up: an address flooding unknown keys is turned away without a store read
    router.route("/v1/*").handler(RateLimits.perAddress(config.rateLimit() * 10)::check);
    router.route("/v1/*").handler(Api::requireJsonBody);
    router.route("/v1/*").handler(h.auth()::authenticate);
    router.route("/v1/*").handler(new RateLimits(config.rateLimit())::check);
    router.post("/v1/comments").handler(h.ingest()::accept);
    router.get("/v1/comments").handler(h.comments()::list);
    router.get("/v1/comments/:brand/:platform/:id").handler(h.comments()::find);
    router.delete("/v1/comments/:brand/:platform/:id").handler(audit.as("comment.erase")).handler(h.comments()::erase);
    router.post("/v1/comments/:brand/:platform/:id/route").handler(audit.as("comment.route")).handler(h.queues()::route);

    router.get("/v1/queues").handler(h.queues()::list);
    router.get("/v1/queues/:queue/items").handler(h.queues()::items);
    router.post("/v1/queues/:queue/claim").handler(audit.as("item.claim")).handler(h.queues()::claim);
    router.post("/v1/items/:itemId/reply").handler(audit.as("item.reply")).handler(h.queues()::reply);
    router.post("/v1/items/:itemId/release").handler(audit.as("item.release")).handler(h.queues()::release);
    router.post("/v1/items/:itemId/resolve").handler(audit.as("item.resolve")).handler(h.queues()::resolve);
    router.post("/v1/items/:itemId/move").handler(audit.as("item.move")).handler(h.queues()::move);
    router.post("/v1/items/:itemId/notes").handler(audit.as("item.note")).handler(h.queues()::note);
    router.post("/v1/items/:itemId/assign").handler(audit.as("item.assign")).handler(h.queues()::assign);
    router.get("/v1/replies").handler(h.replies()::list);
    router.post("/v1/replies").handler(audit.as("reply.create")).handler(h.replies()::create);
    router.delete("/v1/replies/:id").handler(audit.as("reply.delete")).handler(h.replies()::delete);
    router.get("/v1/outbox").handler(h.queues()::outbox);

    router.get("/v1/crises").handler(h.crises()::list);
    router.post("/v1/crises/:id/acknowledge").handler(audit.as("crisis.acknowledge")).handler(h.crises()::acknowledge);
    router.post("/v1/crises/:id/resolve").handler(audit.as("crisis.resolve")).handler(h.crises()::resolve);
    router.post("/v1/crises/:id/notes").handler(audit.as("crisis.note")).handler(h.crises()::note);
    router.get("/v1/crises/:id").handler(h.room()::find);
    router.post("/v1/crises/:id/claim").handler(audit.as("crisis.claim")).handler(h.room()::claim);
    router.post("/v1/crises/:id/reply").handler(audit.as("crisis.reply")).handler(h.room()::reply);
    router.get("/v1/brands/:brand").handler(h.crises()::brand);
    router.put("/v1/brands/:brand").handler(audit.as("brand.settings")).handler(h.crises()::putBrand);
    router.patch("/v1/brands/:brand").handler(audit.as("brand.settings")).handler(h.crises()::patchBrand);

    router.get("/v1/rules").handler(h.rules()::active);
    router.put("/v1/rules").handler(audit.as("rules.put")).handler(h.rules()::put);
    router.get("/v1/rules/vocabulary").handler(h.rules()::vocabulary);
    router.post("/v1/rules/validate").handler(audit.as("rules.validate")).handler(h.rules()::validate);
    router.post("/v1/rules/scenarios").handler(audit.as("rules.scenarios")).handler(h.rules()::scenarios);
    router.get("/v1/rules/versions").handler(h.rules()::versions);
    router.post("/v1/rules/versions/:version/activate").handler(audit.as("rules.activate")).handler(h.rules()::activate);
    router.post("/v1/rules/versions/:version/shadow").handler(audit.as("rules.shadow")).handler(h.rules()::shadow);
    router.delete("/v1/rules/shadow").handler(audit.as("rules.shadow_stop")).handler(h.rules()::stopShadow);
    router.get("/v1/rules/shadow/report").handler(h.rules()::shadowReport);

    router.post("/v1/webhooks").handler(audit.as("webhook.create")).handler(h.webhooks()::create);
    router.get("/v1/webhooks").handler(h.webhooks()::list);
    router.delete("/v1/webhooks/:id").handler(audit.as("webhook.delete")).handler(h.webhooks()::delete);
    router.get("/v1/events").handler(h.events()::stream);

    router.get("/v1/kpis").handler(h.kpis()::kpis);

    router.get("/v1/me").handler(h.keys()::me);
    router.post("/v1/keys").handler(audit.as("key.create")).handler(h.keys()::create);
    router.get("/v1/keys").handler(h.keys()::list);
    router.delete("/v1/keys/:id").handler(audit.as("key.revoke")).handler(h.keys()::revoke);
    router.get("/v1/audit").handler(audit::list);
    router.post("/v1/backups").handler(audit.as("backup.create")).handler(h.backups()::create);

    router.route().failureHandler(errors::handle);
    router.errorHandler(404, errors::handle);
    router.errorHandler(405, errors::handle);
    router.errorHandler(500, errors::handle);
    return router;
  }
}
