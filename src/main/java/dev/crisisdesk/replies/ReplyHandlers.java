package dev.crisisdesk.replies;

import dev.crisisdesk.http.ApiException;
import dev.crisisdesk.http.Blocking;
import dev.crisisdesk.http.Json;
import dev.crisisdesk.http.Principal;
import dev.crisisdesk.http.Requests;
import dev.crisisdesk.http.Role.Permission;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * {@code /v1/replies}: a brand's saved replies. Anyone who reads the brand's queues lists them;
 * managers and strategists of the brand create and delete them.
 */
public final class ReplyHandlers {
  static final int MAX_TEXT_CHARS = 10_000;

  private final SavedReplyStore replies;
  private final Blocking blocking;

  public ReplyHandlers(SavedReplyStore replies, Blocking blocking) {
    this.replies = replies;
    this.blocking = blocking;
  }

  public void list(RoutingContext ctx) {
    String brand = Requests.requiredParam(ctx, "brand");
    Requests.principal(ctx).require(Permission.READ_QUEUES, brand);
    blocking.respond(ctx, 200, () -> {
      JsonArray listed = new JsonArray();
      replies.list(brand).forEach(reply -> listed.add(json(reply)));
      return new JsonObject().put("replies", listed);
    });
  }

  public void create(RoutingContext ctx) {
    Principal principal = Requests.principal(ctx);
    JsonObject body = Requests.body(ctx);
    String brand = Requests.requiredString(body, "brand", 64);
    if (!Requests.BRAND.matcher(brand).matches()) throw ApiException.invalidField("/brand", "must match [a-z0-9-]{1,64}");
    mayEdit(principal, brand);
    String name = Requests.requiredString(body, "name", 200);
    String text = Requests.requiredString(body, "text", MAX_TEXT_CHARS);
    List<String> unknown = Templates.unknown(text);
    if (!unknown.isEmpty()) {
      throw ApiException.invalidField("/text", "unknown placeholders " + unknown + "; a reply may use {{author.handle}}, {{author.name}} and {{brand}}");
    }
    blocking.respond(ctx, 201, () -> json(replies.create(brand, name, text, principal.name())));
  }

  public void delete(RoutingContext ctx) {
    Principal principal = Requests.principal(ctx);
    String id = ctx.pathParam("id");
    blocking.respond(ctx, 200, () -> {
      SavedReplyStore.SavedReply reply = replies.find(id).filter(r -> principal.sees(r.brand()))
          .orElseThrow(() -> ApiException.notFound("no saved reply " + id));
      mayEdit(principal, reply.brand());
      dev.crisisdesk.audit.Audit.brand(ctx, reply.brand());
      if (!replies.delete(id)) throw ApiException.notFound("no saved reply " + id);
      return new JsonObject().put("deleted", id);
    });
  }

  /** Managers (who work the queues) and strategists (who manage crises) of the brand keep its saved replies. */
  private static void mayEdit(Principal principal, String brand) {
    boolean may = principal.role().may(Permission.WORK_QUEUES) || principal.role().may(Permission.MANAGE_CRISES);
    if (!may) throw ApiException.forbidden("a " + principal.role().label() + " key may not change saved replies");
    principal.require(Permission.READ_QUEUES, brand);
  }

  static JsonObject json(SavedReplyStore.SavedReply reply) {
    return new JsonObject().put("id", reply.id()).put("brand", reply.brand()).put("name", reply.name()).put("text", reply.text())
        .put("createdBy", reply.createdBy()).put("createdAt", Json.time(reply.createdAt()));
  }
}
