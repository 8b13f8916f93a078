package dev.crisisdesk.audit;

import dev.crisisdesk.audit.AuditStore;
import dev.crisisdesk.http.ApiException;
import dev.crisisdesk.http.Blocking;
import dev.crisisdesk.http.Json;
import dev.crisisdesk.http.Principal;
import dev.crisisdesk.http.Requests;
import dev.crisisdesk.http.Role.Permission;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The audit log: who claimed, replied, released, resolved, moved, erased, changed rules, keys,
 * settings and incidents. The router marks each audited route with {@link #as}; when the route's
 * work succeeds, the entry is written on the same worker before the answer is sent, so an answered
 * change is always in the log. {@code GET /v1/audit} (admin keys) reads it with a cursor.
 */
public final class Audit implements Blocking.Audited {
  private static final String ACTION = "audit.action";
  private static final String BRAND = "audit.brand";
  private static final int MAX_DETAIL_CHARS = 200;

  private final AuditStore store;
  private final Blocking blocking;

  public Audit(AuditStore store, Blocking blocking) {
    this.store = store;
    this.blocking = blocking;
  }

  /** A route handler that marks the request as the audited action {@code action}. */
  public Handler<RoutingContext> as(String action) {
    return ctx -> {
      ctx.put(ACTION, action);
      ctx.put(Blocking.AUDITED, this);
      ctx.next();
    };
  }

  /** Names the brand an action touched when only the work finds it (the brand of an item, of an incident). */
  public static void brand(RoutingContext ctx, String brand) {
    ctx.put(BRAND, brand);
  }

  @Override
  public void record(RoutingContext ctx, JsonObject result) {
    String action = ctx.get(ACTION);
    if (action.equals("item.claim") && result.getJsonArray("items", new JsonArray()).isEmpty()) return;
    Principal who = Requests.principal(ctx);
    JsonObject details = details(ctx);
    JsonArray claimed = new JsonArray();
    result.getJsonArray("items", new JsonArray()).forEach(item -> claimed.add(((JsonObject) item).getString("itemId")));
    if (!claimed.isEmpty()) details.put("itemIds", claimed);
    store.append(new AuditStore.Entry(who.keyId(), who.name(), who.role().label(), brand(ctx), action, target(ctx, result), details.encode()));
  }

  public void list(RoutingContext ctx) {
    Requests.principal(ctx).require(Permission.READ_AUDIT, null);
    String brand = ctx.queryParams().get("brand");
    if (brand != null && !Requests.BRAND.matcher(brand).matches()) {
      throw ApiException.invalidParameter("brand", "must match [a-z0-9-]{1,64}");
    }
    long after = Requests.cursor(ctx, "after");
    int limit = Requests.limit(ctx, 100);
    blocking.respond(ctx, 200, () -> json(store.read(brand, after, limit)));
  }

  private static JsonObject json(AuditStore.Page page) {
    JsonArray entries = new JsonArray();
    for (AuditStore.Recorded recorded : page.entries()) {
      AuditStore.Entry entry = recorded.entry();
      entries.add(new JsonObject()
          .put("cursor", String.valueOf(recorded.cursor()))
          .put("at", Json.time(recorded.at()))
          .put("keyId", entry.keyId())
          .put("keyName", entry.keyName())
          .put("role", entry.role())
          .put("brand", entry.brand())
          .put("action", entry.action())
          .put("target", entry.target())
          .put("details", new JsonObject(entry.details())));
    }
    return new JsonObject().put("entries", entries).put("next", String.valueOf(page.next()));
  }

  private static String brand(RoutingContext ctx) {
    String brand = ctx.get(BRAND);
    if (brand == null) brand = ctx.pathParam("brand");
    if (brand == null) brand = ctx.queryParams().get("brand");
    if (brand == null && bodyObject(ctx) instanceof JsonObject body && body.getValue("brand") instanceof String b) brand = b;
    return brand;
  }

  /** What was acted on: the path's ids, else the id the answer made (a new key, a new rule version). */
  private static String target(RoutingContext ctx, JsonObject result) {
    Map<String, String> params = ctx.pathParams();
    if (!params.isEmpty() && ctx.currentRoute().getPath() != null) {
      List<String> values = new ArrayList<>();
      for (String part : ctx.currentRoute().getPath().split("/")) {
        if (part.startsWith(":")) values.add(params.get(part.substring(1)));
      }
      return String.join("/", values);
    }
    Object made = result.getValue("id", result.getValue("version"));
    return made == null ? null : String.valueOf(made);
  }

  /** The request's own fields, short: strings cut, nested objects reduced to their names (rule files). */
  private static JsonObject details(RoutingContext ctx) {
    JsonObject details = new JsonObject();
    if (!(bodyObject(ctx) instanceof JsonObject body)) return details;
    body.forEach(field -> {
      Object value = field.getValue();
      if (value instanceof String s) details.put(field.getKey(), s.length() > MAX_DETAIL_CHARS ? s.substring(0, MAX_DETAIL_CHARS) + "…" : s);
      else if (value instanceof JsonObject object) details.put(field.getKey(), new JsonArray(List.copyOf(object.fieldNames())));
      else if (value instanceof Number || value instanceof Boolean) details.put(field.getKey(), value);
      else if (value instanceof JsonArray array && array.size() <= 100) details.put(field.getKey(), array.copy());
    });
    return details;
  }

  private static Object bodyObject(RoutingContext ctx) {
    try {
      return ctx.body() == null || ctx.body().length() == 0 ? null : Requests.body(ctx);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
