package dev.crisisdesk.auth;

import dev.crisisdesk.http.ApiException;
import dev.crisisdesk.http.Blocking;
import dev.crisisdesk.http.Json;
import dev.crisisdesk.http.Principal;
import dev.crisisdesk.http.Requests;
import dev.crisisdesk.http.Role.Permission;
import dev.crisisdesk.http.Role;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;

/** {@code /v1/keys}: admins create, list and revoke keys. */
public final class KeyHandlers {
  private final KeyStore keys;
  private final Blocking blocking;

  public KeyHandlers(KeyStore keys, Blocking blocking) {
    this.keys = keys;
    this.blocking = blocking;
  }

  public void create(RoutingContext ctx) {
    Requests.principal(ctx).require(Permission.MANAGE_KEYS, null);
    JsonObject body = Requests.body(ctx);
    Role role = role(Requests.requiredString(body, "role", 16));
    String name = body.getValue("name") == null ? role.label() : Requests.requiredString(body, "name", 200);
    List<String> brands = Requests.brands(body, role == Role.ADMIN, Integer.MAX_VALUE);
    blocking.respond(ctx, 201, () -> {
      KeyStore.Created created = keys.create(name, role, brands);
      return new JsonObject().put("id", created.id()).put("key", created.key());
    });
  }

  /** {@code GET /v1/me}: the calling key's id, name, role and brands, for a client to show what it may do. */
  public void me(RoutingContext ctx) {
    Principal principal = Requests.principal(ctx);
    JsonArray may = new JsonArray();
    for (Permission permission : Permission.values()) if (principal.role().may(permission)) may.add(permission.name().toLowerCase(Locale.ROOT));
    Blocking.json(ctx, 200, new JsonObject().put("keyId", principal.keyId()).put("name", principal.name())
        .put("role", principal.role().label()).put("allBrands", principal.role() == Role.ADMIN)
        .put("brands", new JsonArray(principal.brands().stream().sorted().toList())).put("may", may));
  }

  public void list(RoutingContext ctx) {
    Requests.principal(ctx).require(Permission.MANAGE_KEYS, null);
    blocking.respond(ctx, 200, () -> {
      JsonArray listed = new JsonArray();
      for (KeyStore.Key key : keys.list()) {
        listed.add(new JsonObject().put("id", key.id()).put("name", key.name()).put("role", key.role().label())
            .put("brands", new JsonArray(key.brands())).put("createdAt", Json.time(key.createdAt()))
            .put("revokedAt", Json.time(key.revokedAt())));
      }
      return new JsonObject().put("keys", listed);
    });
  }

  public void revoke(RoutingContext ctx) {
    Requests.principal(ctx).require(Permission.MANAGE_KEYS, null);
    String id = ctx.pathParam("id");
    blocking.respond(ctx, 200, () -> {
      if (!keys.revoke(id)) throw ApiException.notFound("no live key " + id);
      return new JsonObject().put("id", id).put("revoked", true);
    });
  }

  private static Role role(String value) {
    try {
      return Role.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidField("/role", "must be one of ingest, manager, strategist, admin");
    }
  }
}
