package dev.crisisdesk.queue;

import dev.crisisdesk.audit.Audit;
import dev.crisisdesk.events.EventJson;
import dev.crisisdesk.http.ApiException;
import dev.crisisdesk.http.Blocking;
import dev.crisisdesk.http.Principal;
import dev.crisisdesk.http.Requests;
import dev.crisisdesk.http.Role.Permission;
import dev.crisisdesk.rules.RuleEngine;
import dev.crisisdesk.store.Events;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Function;

/**
 * The reply queues of the contract: depths, items in answer order, claims with leases, the lease
 * holder's reply, release, resolve and move, and the outbox back to the platforms.
 */
public final class QueueHandlers {
  static final int DEFAULT_LEASE_SECONDS = 300;
  static final int MAX_LEASE_SECONDS = 3600;
  static final int MAX_REPLY_CHARS = 10_000;

  private final ItemStore items;
  private final Outbox outbox;
  private final RuleEngine rules;
  private final Blocking blocking;

  public QueueHandlers(ItemStore items, Outbox outbox, RuleEngine rules, Blocking blocking) {
    this.items = items;
    this.outbox = outbox;
    this.rules = rules;
    this.blocking = blocking;
  }

  public void list(RoutingContext ctx) {
    String brand = Requests.requiredParam(ctx, "brand");
    Requests.principal(ctx).require(Permission.READ_QUEUES, brand);
    blocking.respond(ctx, 200, () -> new JsonObject().put("queues", ItemJson.depths(items.depths(brand, rules.rulesFor(brand).queues().keySet()))));
  }

  public void items(RoutingContext ctx) {
    String brand = Requests.requiredParam(ctx, "brand");
    Requests.principal(ctx).require(Permission.READ_QUEUES, brand);
    String queue = declaredQueue(brand, ctx.pathParam("queue"));
    int limit = Requests.limit(ctx, 50);
    blocking.respond(ctx, 200, () -> new JsonObject().put("items", ItemJson.of(items.open(brand, queue, limit))));
  }

  public void claim(RoutingContext ctx) {
    Principal principal = Requests.principal(ctx);
    JsonObject body = Requests.body(ctx);
    String brand = Requests.requiredString(body, "brand", 64);
    principal.require(Permission.WORK_QUEUES, brand);
    String queue = declaredQueue(brand, ctx.pathParam("queue"));
    String agent = Requests.requiredString(body, "agent", 200);
    int limit = Requests.intField(body, "limit", 1, Requests.MAX_LIMIT, 1);
    int lease = Requests.intField(body, "leaseSeconds", 1, MAX_LEASE_SECONDS, DEFAULT_LEASE_SECONDS);
    // an extension: {"itemId"} claims that item of the queue if it is free (the console's claim of the item on screen)
    String itemId = body.getValue("itemId") == null ? null : Requests.requiredString(body, "itemId", 64);
    blocking.respond(ctx, 200, () -> new JsonObject().put("items",
        ItemJson.of(items.claim(brand, queue, agent, principal.keyId(), itemId == null ? limit : 1, lease, itemId))));
  }

  public void reply(RoutingContext ctx) {
    JsonObject body = Requests.body(ctx);
    String agent = Requests.requiredString(body, "agent", 200);
    String text = Requests.requiredString(body, "text", MAX_REPLY_CHARS);
    asHolder(ctx, brand -> items.reply(ctx.pathParam("itemId"), agent, Requests.principal(ctx).keyId(), text));
  }

  public void release(RoutingContext ctx) {
    String agent = Requests.requiredString(Requests.body(ctx), "agent", 200);
    asHolder(ctx, brand -> items.release(ctx.pathParam("itemId"), agent, Requests.principal(ctx).keyId()));
  }

  public void resolve(RoutingContext ctx) {
    String agent = Requests.requiredString(Requests.body(ctx), "agent", 200);
    asHolder(ctx, brand -> items.resolve(ctx.pathParam("itemId"), agent, Requests.principal(ctx).keyId()));
  }

  public void move(RoutingContext ctx) {
    JsonObject body = Requests.body(ctx);
    String agent = Requests.requiredString(body, "agent", 200);
    String queue = Requests.requiredString(body, "queue", 64);
    asHolder(ctx, brand -> items.move(ctx.pathParam("itemId"), agent, Requests.principal(ctx).keyId(), declaredQueue(brand, queue)));
  }

  /**
   * {@code POST /v1/comments/{brand}/{platform}/{id}/route} {@code {"agent", "queue", "priority"}}: a
   * manager sends an ignored, hidden or failed comment to a queue (201 with the new item).
   */
  public void route(RoutingContext ctx) {
    Principal principal = Requests.principal(ctx);
    String brand = ctx.pathParam("brand");
    if (!principal.sees(brand)) throw ApiException.notFound("no such comment");
    principal.require(Permission.WORK_QUEUES, brand);
    JsonObject body = Requests.body(ctx);
    String agent = Requests.requiredString(body, "agent", 200);
    String queue = declaredQueue(brand, Requests.requiredString(body, "queue", 64));
    int priority = Requests.intField(body, "priority", 0, 100, 50);
    int sla = rules.rulesFor(brand).queues().get(queue).slaMinutes();
    Audit.brand(ctx, brand);
    String platform = ctx.pathParam("platform");
    String id = ctx.pathParam("id");
    blocking.respond(ctx, 201, () -> items.route(brand, platform, id, agent, queue, priority, sla).map(ItemJson::of)
        .orElseThrow(() -> ApiException.notFound("no comment " + brand + "/" + platform + "/" + id)));
  }

  public void outbox(RoutingContext ctx) {
    String brand = Requests.requiredParam(ctx, "brand");
    Requests.principal(ctx).require(Permission.READ_COMMENTS, brand);
    long after = Requests.cursor(ctx, "after");
    int limit = Requests.limit(ctx, 100);
    blocking.respond(ctx, 200, () -> {
      JsonArray out = new JsonArray();
      long next = after;
      for (Events.Event stored : outbox.read(brand, after, limit)) {
        JsonObject event = EventJson.of(stored);
        next = stored.id();
        out.add(new JsonObject().put("cursor", event.getString("id")).put("type", event.getString("type"))
            .put("brand", event.getString("brand")).put("platform", event.getString("platform"))
            .put("commentId", event.getString("commentId")).put("text", event.getString("text")).put("at", event.getString("at")));
      }
      return new JsonObject().put("events", out).put("next", String.valueOf(next));
    });
  }

  /** Runs a lease holder's action on an item the key may see; any other item is unknown. */
  private void asHolder(RoutingContext ctx, Function<String, QueueItem> action) {
    Principal principal = Requests.principal(ctx);
    String itemId = ctx.pathParam("itemId");
    blocking.respond(ctx, 200, () -> {
      String brand = items.brandOf(itemId).filter(principal::sees)
          .orElseThrow(() -> ApiException.notFound("no item " + itemId));
      principal.require(Permission.WORK_QUEUES, brand);
      Audit.brand(ctx, brand);
      return ItemJson.of(action.apply(brand));
    });
  }

  private String declaredQueue(String brand, String queue) {
    if (!rules.rulesFor(brand).queues().containsKey(queue)) throw ApiException.notFound("no queue '" + queue + "' is declared");
    return queue;
  }
}
