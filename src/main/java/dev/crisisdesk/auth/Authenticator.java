package dev.crisisdesk.auth;

import dev.crisisdesk.http.ApiException;
import dev.crisisdesk.http.Blocking;
import dev.crisisdesk.http.Requests;
import io.vertx.ext.web.RoutingContext;

/** Every {@code /v1} request carries {@code Authorization: Bearer KEY}; this finds whose it is. */
public final class Authenticator {
  private static final String BEARER = "Bearer ";

  private final KeyStore keys;
  private final Blocking blocking;

  public Authenticator(KeyStore keys, Blocking blocking) {
    this.keys = keys;
    this.blocking = blocking;
  }

  public void authenticate(RoutingContext ctx) {
    String header = ctx.request().getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      ctx.fail(ApiException.unauthorized("missing 'Authorization: Bearer KEY' header"));
      return;
    }
    String key = header.substring(BEARER.length()).strip();
    blocking.run(() -> keys.authenticate(key)).onComplete(result -> {
      if (result.failed()) {
        ctx.fail(result.cause());
      } else if (result.result().isEmpty()) {
        ctx.fail(ApiException.unauthorized("unknown or revoked key"));
      } else {
        ctx.put(Requests.PRINCIPAL, result.result().get());
        ctx.next();
      }
    });
  }
}
