package dev.crisisdesk.rules;

import dev.crisisdesk.auth.Role.Permission;
import dev.crisisdesk.http.Blocking;
import dev.crisisdesk.http.Requests;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.function.IntSupplier;

/** {@code GET /v1/rules}: the active rule set, its version, files and rule names. */
public final class RuleHandlers {
  private final RuleEngine engine;
  private final IntSupplier activeVersion;

  public RuleHandlers(RuleEngine engine, IntSupplier activeVersion) {
    this.engine = engine;
    this.activeVersion = activeVersion;
  }

  public void active(RoutingContext ctx) {
    String brand = ctx.queryParams().get("brand");
    Requests.principal(ctx).require(Permission.READ_RULES, brand);
    CompiledRules rules = engine.rules();
    JsonObject files = new JsonObject();
    rules.files().files().forEach(files::put);
    Blocking.json(ctx, 200, new JsonObject()
        .put("version", activeVersion.getAsInt())
        .put("files", files)
        .put("rules", new JsonArray(rules.ruleNames())));
  }
}
