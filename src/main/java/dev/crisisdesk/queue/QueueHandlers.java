package dev.crisisdesk.queue;

import dev.crisisdesk.audit.Audit;
import dev.crisisdesk.events.EventJson;
import dev.crisisdesk.http.ApiException;
import dev.crisisdesk.http.Blocking;
import dev.crisisdesk.http.Principal;
import dev.crisisdesk.http.Requests;
import dev.crisisdesk.http.Role.Permission;
import dev.crisisdesk.replies.SavedReplyStore;
import dev.crisisdesk.replies.Templates;
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

  private final ItemStore items;
  private final Outbox outbox;
  private final RuleEngine rules;
  private final SavedReplyStore savedReplies;
  private final Blocking blocking;

  public QueueHandlers(ItemStore items, Outbox outbox, RuleEngine rules, SavedReplyStore savedReplies, Blocking blocking) {
    this.items = items;
    this.outbox = outbox;
    this.rules = rules;
    this.savedReplies = savedReplies;
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
    String assignedTo = ctx.queryParams().get("assignedTo");
    if (assignedTo != null && (assignedTo.isEmpty() || assignedTo.length() > 200)) {
      throw ApiException.invalidParameter("assignedTo", "must be a name of 1 to 200 characters");
    }
    blocking.respond(ctx, 200, () -> new JsonObject().put("items", ItemJson.of(items.open(brand, queue, limit, assignedTo))));
  }

  public void claim(RoutingContext ctx) {
    Principal principal = Requests.principal(ctx);
    JsonObject body = Requests.body(ctx);
    String brand = Requests.requiredString(body, "brand", 64);
    principal.require(Permission.WORK_QUEUES, brand);
    String queue = declaredQueue(brand, ctx.pathParam("queue"));
    String agent = Requests.agent(ctx, body);
    int limit = Requests.intField(body, "limit", 1, Requests.MAX_LIMIT, 1);
    int lease = Requests.intField(body, "leaseSeconds", 1, MAX_LEASE_SECONDS, DEFAULT_LEASE_SECONDS);
    // an extension: {"itemId"} claims that item of the queue if it is free (the console's claim of the item on screen)
    String itemId = body.getValue("itemId") == null ? null : Requests.requiredString(body, "itemId", 64);
    blocking.respond(ctx, 200, () -> new JsonObject().put("items",
        ItemJson.of(items.claim(brand, queue, agent, principal.keyId(), itemId == null ? limit : 1, lease, itemId))));
  }

  public void reply(RoutingContext ctx) {
    JsonObject body = Requests.body(ctx);
    String agent = Requests.agent(ctx, body);
    Templates.Requested reply = Templates.Requested.of(body);
    String itemId = ctx.pathParam("itemId");
    asHolder(ctx, brand -> items.reply(itemId, agent, Requests.principal(ctx).keyId(), reply.forBrand(savedReplies, brand)
        .apply(items.find(itemId).orElseThrow(() -> ApiException.notFound("no item " + itemId)).comment())));
  }

  /** {@code POST /v1/items/{itemId}/notes} {@code {"agent", "text"}}: a teammate's note, on an open or closed item (201). */
  public void note(RoutingContext ctx) {
    JsonObject body = Requests.body(ctx);
    String agent = Requests.agent(ctx, body);
    String text = Requests.requiredString(body, "text", Templates.MAX_REPLY_CHARS);
    String itemId = ctx.pathParam("itemId");
    onItem(ctx, 201, brand -> items.note(itemId, agent, text).orElseThrow(() -> ApiException.notFound("no item " + itemId)));
  }

  /** {@code POST /v1/items/{itemId}/assign} {@code {"agent", "to"}}: assigns an open item to a teammate ({@code to} null: to nobody). */
  public void assign(RoutingContext ctx) {
    JsonObject body = Requests.body(ctx);
    Requests.agent(ctx, body);
    if (!body.containsKey("to")) throw ApiException.invalidField("/to", "is required (null to unassign)");
    String to = Requests.optionalString(body, "to", 200);
    onItem(ctx, 200, brand -> items.assign(ctx.pathParam("itemId"), to));
  }

  public void release(RoutingContext ctx) {
    String agent = Requests.agent(ctx, Requests.bodyOrEmpty(ctx));
    asHolder(ctx, brand -> items.release(ctx.pathParam("itemId"), agent, Requests.principal(ctx).keyId()));
  }

  public void resolve(RoutingContext ctx) {
    String agent = Requests.agent(ctx, Requests.bodyOrEmpty(ctx));
    asHolder(ctx, brand -> items.resolve(ctx.pathParam("itemId"), agent, Requests.principal(ctx).keyId()));
  }

  public void move(RoutingContext ctx) {
    JsonObject body = Requests.body(ctx);
    String agent = Requests.agent(ctx, body);
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
    String agent = Requests.agent(ctx, body);
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
    onItem(ctx, 200, action);
  }

  /** Runs an action of someone who works the brand's queues on an item the key may see; any other item is unknown. */
  private void onItem(RoutingContext ctx, int status, Function<String, QueueItem> action) {
    Principal principal = Requests.principal(ctx);
    String itemId = ctx.pathParam("itemId");
    blocking.respond(ctx, status, () -> {
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
