package dev.crisisdesk.comments;

import dev.crisisdesk.comments.CommentStore;
import dev.crisisdesk.http.ApiException;
import dev.crisisdesk.http.Blocking;
import dev.crisisdesk.http.Principal;
import dev.crisisdesk.http.Requests;
import dev.crisisdesk.http.Role.Permission;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import java.util.function.BiConsumer;

/** A comment and what happened to it: lookup by key, search a brand's comments, erase. */
public final class CommentQueries {
  private static final Set<String> STATUSES =
      Set.of("received", "queued", "hidden", "replied", "resolved", "ignored", "failed");

  private final CommentStore comments;
  private final Blocking blocking;
  private final BiConsumer<String, String> erased;

  /** {@code erased} is told the brand and key of each erased comment, to forget it where it is derived. */
  public CommentQueries(CommentStore comments, Blocking blocking, BiConsumer<String, String> erased) {
    this.erased = erased;
    this.comments = comments;
    this.blocking = blocking;
  }

  public void find(RoutingContext ctx) {
    String brand = visibleBrand(ctx, Permission.READ_COMMENTS);
    String platform = ctx.pathParam("platform");
    String id = ctx.pathParam("id");
    blocking.respond(ctx, 200, () -> comments.find(brand, platform, id).map(CommentJson::withItem)
        .orElseThrow(() -> ApiException.notFound("no comment " + brand + "/" + platform + "/" + id)));
  }

  public void list(RoutingContext ctx) {
    String brand = Requests.requiredParam(ctx, "brand");
    Requests.principal(ctx).require(Permission.READ_COMMENTS, brand);
    String status = ctx.queryParams().get("status");
    if (status != null && !STATUSES.contains(status)) throw ApiException.invalidParameter("status", "must be one of " + STATUSES);
    String query = ctx.queryParams().get("q");
    String author = ctx.queryParams().get("author");
    if (author != null && author.length() > 200) throw ApiException.invalidParameter("author", "at most 200 characters");
    long after = Requests.cursor(ctx, "after");
    int limit = Requests.limit(ctx, 50);
    blocking.respond(ctx, 200, () -> {
      CommentStore.Page page = comments.list(brand, status, query == null || query.isEmpty() ? null : query,
          author == null || author.isEmpty() ? null : author, after == 0 ? null : after, limit);
      JsonArray shown = new JsonArray();
      page.comments().forEach(comment -> shown.add(CommentJson.withItem(comment)));
      return new JsonObject().put("comments", shown).put("next", page.next() == null ? null : String.valueOf(page.next()));
    });
  }

  public void erase(RoutingContext ctx) {
    String brand = visibleBrand(ctx, Permission.POST_COMMENTS);
    String platform = ctx.pathParam("platform");
    String id = ctx.pathParam("id");
    blocking.respond(ctx, 200, () -> {
      if (!comments.erase(brand, platform, id)) throw ApiException.notFound("no comment " + brand + "/" + platform + "/" + id);
      erased.accept(brand, brand + "/" + platform + "/" + id);
      return new JsonObject().put("erased", true);
    });
  }

  /** The path's brand, answering 404 (not 403) for a brand the key may not see. */
  private static String visibleBrand(RoutingContext ctx, Permission permission) {
    Principal principal = Requests.principal(ctx);
    String brand = ctx.pathParam("brand");
    if (!principal.sees(brand)) throw ApiException.notFound("no such comment");
    principal.require(permission, brand);
    return brand;
  }
}
