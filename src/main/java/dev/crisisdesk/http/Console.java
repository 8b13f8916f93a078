package dev.crisisdesk.http;

import io.vertx.ext.web.RoutingContext;

/**
 * The console's pages ({@code /console/}, static files in the jar) are plain HTML and JavaScript that
 * call the public API with the key the user signs in with; nothing else. These headers keep them to
 * their own origin: no inline scripts from elsewhere, no framing, no sniffing.
 */
public final class Console {
  private Console() {}

  public static void headers(RoutingContext ctx) {
    ctx.response()
        .putHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'")
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Referrer-Policy", "no-referrer");
    ctx.next();
  }
}
