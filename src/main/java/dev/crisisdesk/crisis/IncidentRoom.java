package dev.crisisdesk.crisis;

import dev.crisisdesk.audit.Audit;
import dev.crisisdesk.comments.CommentJson;
import dev.crisisdesk.comments.CommentStore;
import dev.crisisdesk.comments.CommentView;
import dev.crisisdesk.http.ApiException;
import dev.crisisdesk.http.Blocking;
import dev.crisisdesk.http.Principal;
import dev.crisisdesk.http.Requests;
import dev.crisisdesk.nlp.Terms;
import dev.crisisdesk.http.Role.Permission;
import dev.crisisdesk.queue.ItemJson;
import dev.crisisdesk.queue.ItemStore;
import dev.crisisdesk.queue.QueueItem;
import dev.crisisdesk.replies.SavedReplyStore;
import dev.crisisdesk.replies.Templates;
import dev.crisisdesk.store.Conflict;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The crisis room: one incident with its comments, their open items, their authors and what they
 * say ({@code GET /v1/crises/{id}}), and the incident worked as a whole: claim every free item,
 * answer every item with one text or saved reply.
 */
public final class IncidentRoom {
  /** What the brand usually says: its comments of the week before an incident, up to the last hour before it. */
  static final Duration BASELINE = Duration.ofDays(7);
  static final Duration BASELINE_GAP = Duration.ofHours(1);
  static final int BASELINE_COMMENTS = 2_000;
  static final int DEFAULT_LEASE_SECONDS = 900;
  static final int MAX_LEASE_SECONDS = 3600;

  private final CrisisStore crises;
  private final CommentStore comments;
  private final ItemStore items;
  private final SavedReplyStore savedReplies;
  private final Blocking blocking;

  public IncidentRoom(CrisisStore crises, CommentStore comments, ItemStore items, SavedReplyStore savedReplies, Blocking blocking) {
    this.crises = crises;
    this.comments = comments;
    this.items = items;
    this.savedReplies = savedReplies;
    this.blocking = blocking;
  }

  /** {@code GET /v1/crises/{id}}: the incident with its comments (oldest first), open items, distinct authors and unusual terms. */
  public void find(RoutingContext ctx) {
    Principal principal = Requests.principal(ctx);
    String id = ctx.pathParam("id");
    blocking.respond(ctx, 200, () -> {
      Incident incident = visible(principal, id, Permission.READ_CRISES);
      List<CommentView> held = comments.byIds(incident.brand(), incident.commentIds());
      List<String> texts = held.stream().map(CommentView::text).filter(t -> t != null).toList();
      long until = incident.openedAt() - BASELINE_GAP.toMillis();
      List<String> usual = comments.texts(incident.brand(), until - BASELINE.toMillis(), until, BASELINE_COMMENTS);
      JsonArray shown = new JsonArray();
      Set<String> authors = new LinkedHashSet<>();
      for (CommentView comment : held) {
        shown.add(CommentJson.withItem(comment));
        if (comment.author() != null && comment.author().get("handle") != null) authors.add(comment.author().get("handle").toString());
        else if (comment.author() != null && comment.author().get("id") != null) authors.add(comment.author().get("id").toString());
      }
      JsonArray terms = new JsonArray();
      for (Terms.Term term : Terms.unusual(texts, usual)) {
        terms.add(new JsonObject().put("term", term.term()).put("count", term.count()).put("baseline", term.baseline()));
      }
      return IncidentJson.of(incident).put("comments", shown).put("items", ItemJson.of(items.openOf(incident.brand(), incident.commentIds())))
          .put("authors", new JsonArray(new ArrayList<>(authors))).put("terms", terms);
    });
  }

  /** {@code POST /v1/crises/{id}/claim} {@code {"agent", "leaseSeconds"}}: every open item of the incident that nobody holds. */
  public void claim(RoutingContext ctx) {
    JsonObject body = Requests.bodyOrEmpty(ctx);
    String agent = Requests.agent(ctx, body);
    int lease = Requests.intField(body, "leaseSeconds", 1, MAX_LEASE_SECONDS, DEFAULT_LEASE_SECONDS);
    Principal principal = Requests.principal(ctx);
    String id = ctx.pathParam("id");
    blocking.respond(ctx, 200, () -> {
      Incident incident = visible(principal, id, Permission.WORK_QUEUES);
      Audit.brand(ctx, incident.brand());
      List<QueueItem> claimed = new ArrayList<>();
      for (QueueItem item : items.openOf(incident.brand(), incident.commentIds())) {
        if (item.claimedBy() != null) continue;
        claimed.addAll(items.claim(incident.brand(), item.queue(), agent, principal.keyId(), 1, lease, item.itemId()));
      }
      return new JsonObject().put("items", ItemJson.of(claimed));
    });
  }

  /**
   * {@code POST /v1/crises/{id}/reply} {@code {"agent", "text"}} or {@code {"agent", "savedReply"}}:
   * answers every open item of the incident that the agent holds or nobody holds, one outbox reply
   * each (a saved reply filled in per comment); the others are skipped.
   */
  public void reply(RoutingContext ctx) {
    JsonObject body = Requests.body(ctx);
    String agent = Requests.agent(ctx, body);
    Templates.Requested requested = Templates.Requested.of(body);
    Principal principal = Requests.principal(ctx);
    String id = ctx.pathParam("id");
    blocking.respond(ctx, 200, () -> {
      Incident incident = visible(principal, id, Permission.WORK_QUEUES);
      Audit.brand(ctx, incident.brand());
      Function<CommentView, String> reply = requested.forBrand(savedReplies, incident.brand());
      int replied = 0;
      JsonArray skipped = new JsonArray();
      for (QueueItem item : items.openOf(incident.brand(), incident.commentIds())) {
        boolean mine = agent.equals(item.claimedBy());
        try {
          if (!mine) {
            if (item.claimedBy() != null
                || items.claim(incident.brand(), item.queue(), agent, principal.keyId(), 1, DEFAULT_LEASE_SECONDS, item.itemId()).isEmpty()) {
              skipped.add(item.itemId());
              continue;
            }
          }
          items.reply(item.itemId(), agent, principal.keyId(), reply.apply(item.comment()));
          replied++;
        } catch (Conflict held) {
          // another agent's lease, or the item closed meanwhile
          skipped.add(item.itemId());
        }
      }
      return new JsonObject().put("replied", replied).put("skipped", skipped);
    });
  }

  private Incident visible(Principal principal, String id, Permission permission) {
    Incident incident = crises.find(id).filter(i -> principal.sees(i.brand())).orElseThrow(() -> ApiException.notFound("no incident " + id));
    principal.require(permission, incident.brand());
    return incident;
  }
}
