package dev.crisisdesk.events;

import dev.crisisdesk.events.WebhookStore;
import dev.crisisdesk.http.ApiException;
import dev.crisisdesk.http.Blocking;
import dev.crisisdesk.http.Json;
import dev.crisisdesk.http.Principal;
import dev.crisisdesk.http.Requests;
import dev.crisisdesk.http.Role.Permission;
import dev.crisisdesk.store.Events;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code /v1/webhooks}: strategists (for their brands) and admins register, list and delete webhooks.
 * A URL whose host resolves to an internal address is refused (400), in any spelling; one that
 * does not resolve yet is taken, and each delivery checks again ({@link WebhookAddresses}).
 */
public final class WebhookHandlers {
  private final WebhookStore webhooks;
  private final Blocking blocking;
  private final WebhookAddresses addresses;

  public WebhookHandlers(WebhookStore webhooks, Blocking blocking, WebhookAddresses addresses) {
    this.webhooks = webhooks;
    this.blocking = blocking;
    this.addresses = addresses;
  }

  public void create(RoutingContext ctx) {
    Principal principal = Requests.principal(ctx);
    principal.require(Permission.MANAGE_CRISES, null);
    JsonObject body = Requests.body(ctx);
    String url = url(Requests.requiredString(body, "url", 2000));
    Set<String> events = events(body.getValue("events"));
    List<String> brands = Requests.brands(body, false, 100);
    for (String brand : brands) principal.require(Permission.MANAGE_CRISES, brand);
    blocking.respond(ctx, 201, () -> {
      try {
        addresses.resolve(url);
      } catch (WebhookAddresses.Refused e) {
        if (!e.category().equals("dns")) throw ApiException.invalidField("/url", e.getMessage() + "; webhooks reach public addresses only");
      }
      WebhookStore.Created created = webhooks.create(url, events, brands, principal.keyId());
      return json(created.webhook()).put("secret", created.secret());
    });
  }

  public void list(RoutingContext ctx) {
    Principal principal = Requests.principal(ctx);
    principal.require(Permission.MANAGE_CRISES, null);
    blocking.respond(ctx, 200, () -> {
      JsonArray visible = new JsonArray();
      for (WebhookStore.Registered webhook : webhooks.list()) {
        if (webhook.brands().stream().allMatch(principal::sees)) visible.add(json(webhook));
      }
      return new JsonObject().put("webhooks", visible);
    });
  }

  public void delete(RoutingContext ctx) {
    Principal principal = Requests.principal(ctx);
    principal.require(Permission.MANAGE_CRISES, null);
    String id = ctx.pathParam("id");
    blocking.respond(ctx, 200, () -> {
      boolean mine = webhooks.find(id).filter(w -> w.brands().stream().allMatch(principal::sees)).isPresent();
      if (!mine || !webhooks.delete(id)) throw ApiException.notFound("no webhook " + id);
      return new JsonObject().put("id", id).put("deleted", true);
    });
  }

  /** A webhook as the API shows it: no secret, and its delivery state per brand. */
  static JsonObject json(WebhookStore.Registered webhook) {
    JsonArray delivery = new JsonArray();
    for (WebhookStore.Delivery state : webhook.delivery()) {
      JsonObject json = new JsonObject().put("brand", state.brand()).put("deliveredId", String.valueOf(state.deliveredId()))
          .put("failedAttempts", state.failedAttempts());
      if (state.tracked()) json.put("nextAttemptAt", Json.time(state.nextAttemptAt())).put("lastError", state.lastError());
      delivery.add(json);
    }
    return new JsonObject().put("id", webhook.id()).put("url", webhook.url()).put("events", new JsonArray(webhook.events()))
        .put("brands", new JsonArray(webhook.brands())).put("createdBy", webhook.createdBy())
        .put("createdAt", Json.time(webhook.createdAt())).put("delivery", delivery);
  }

  private static String url(String value) {
    try {
      URI uri = new URI(value);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) return value;
    } catch (URISyntaxException e) {
      // answered below
    }
    throw ApiException.invalidField("/url", "must be an absolute http or https URL");
  }

  /** The event types asked for; none (or {@code ["*"]}) means every type. */
  private static Set<String> events(Object value) {
    Set<String> events = new TreeSet<>();
    if (value == null) return events;
    if (!(value instanceof JsonArray array)) throw ApiException.invalidField("/events", "must be an array of event types");
    for (Object type : array) {
      if ("*".equals(type)) return new TreeSet<>();
      if (!(type instanceof String s) || !Events.TYPES.contains(s)) {
        throw ApiException.invalidField("/events", "each must be one of " + new TreeSet<>(Events.TYPES) + " or *");
      }
      events.add(s);
    }
    return events;
  }
}
