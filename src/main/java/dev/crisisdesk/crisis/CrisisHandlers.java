package dev.crisisdesk.crisis;

import dev.crisisdesk.audit.Audit;
import dev.crisisdesk.brands.BrandSettingsStore;
import dev.crisisdesk.http.ApiException;
import dev.crisisdesk.http.Blocking;
import dev.crisisdesk.http.Json;
import dev.crisisdesk.http.Principal;
import dev.crisisdesk.http.Requests;
import dev.crisisdesk.http.Role.Permission;
import dev.crisisdesk.rules.BrandChange;
import dev.crisisdesk.rules.BrandSettings;
import dev.crisisdesk.rules.RuleEngine;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code /v1/crises}: the brand's incidents, acknowledged with an owner, annotated, resolved with a
 * note; and {@code /v1/brands/{brand}}: the settings its rules read. Both tell the brand's lane
 * ({@code lanes}) what changed.
 */
public final class CrisisHandlers {
  static final String COOL_DOWN = "crisis.coolDownMinutes";
  static final int DEFAULT_COOL_DOWN_MINUTES = 30;
  private static final Set<String> STATUSES = Set.of("open", "acknowledged", "resolved");

  private final CrisisStore crises;
  private final BrandSettingsStore settings;
  private final Incidents incidents;
  private final RuleEngine engine;
  private final Consumer<BrandChange> lanes;
  private final Blocking blocking;

  public CrisisHandlers(CrisisStore crises, BrandSettingsStore settings, Incidents incidents, RuleEngine engine,
      Consumer<BrandChange> lanes, Blocking blocking) {
    this.crises = crises;
    this.settings = settings;
    this.incidents = incidents;
    this.engine = engine;
    this.lanes = lanes;
    this.blocking = blocking;
  }

  public void list(RoutingContext ctx) {
    String brand = Requests.requiredParam(ctx, "brand");
    Requests.principal(ctx).require(Permission.READ_CRISES, brand);
    String status = ctx.queryParams().get("status");
    if (status != null && !STATUSES.contains(status)) throw ApiException.invalidParameter("status", "must be one of " + STATUSES);
    blocking.respond(ctx, 200, () -> {
      JsonArray listed = new JsonArray();
      crises.list(brand, status).forEach(incident -> listed.add(IncidentJson.of(incident)));
      return new JsonObject().put("crises", listed);
    });
  }

  public void acknowledge(RoutingContext ctx) {
    String owner = Requests.requiredString(Requests.body(ctx), "owner", 200);
    onIncident(ctx, (id, brand) -> IncidentJson.of(crises.acknowledge(id, owner)));
  }

  public void note(RoutingContext ctx) {
    String text = Requests.requiredString(Requests.body(ctx), "text", 5_000);
    String by = Requests.principal(ctx).name();
    onIncident(ctx, Permission.WORK_QUEUES, (id, brand) -> IncidentJson.of(crises.note(id, text, by)));
  }

  public void resolve(RoutingContext ctx) {
    JsonObject body = ctx.body().length() == 0 ? new JsonObject() : Requests.body(ctx);
    String note = body.getValue("note") == null ? null : Requests.requiredString(body, "note", 5_000);
    String by = Requests.principal(ctx).name();
    onIncident(ctx, (id, brand) -> {
      BrandSettings current = incidents.settings(brand, engine.rulesFor(brand).settings());
      int coolDown = (int) Math.round(current.thresholds().getOrDefault(COOL_DOWN, (double) DEFAULT_COOL_DOWN_MINUTES));
      Incident.Resolution resolved = crises.resolve(id, note, by, coolDown);
      lanes.accept(new BrandChange.Resolved(brand, id, resolved.coolUntil()));
      return IncidentJson.of(resolved.incident()).put("coolUntil", Json.time(resolved.coolUntil()));
    });
  }

  public void brand(RoutingContext ctx) {
    String brand = Requests.pathBrand(ctx);
    Requests.principal(ctx).require(Permission.READ_CRISES, brand);
    blocking.respond(ctx, 200, () -> incidents.settings(brand, engine.rulesFor(brand).settings()).json().put("brand", brand));
  }

  /** {@code PUT}: the body replaces the brand's settings over its rule set's defaults. */
  public void putBrand(RoutingContext ctx) {
    store(ctx, false);
  }

  /**
   * {@code PATCH}: the body's fields replace those of the brand's stored settings, the others stay
   * (thresholds field by field): {@code {"watchTerms": {"add": ["refund"]}}} adds a watch term.
   */
  public void patchBrand(RoutingContext ctx) {
    store(ctx, true);
  }

  private void store(RoutingContext ctx, boolean patch) {
    String brand = Requests.pathBrand(ctx);
    Requests.principal(ctx).require(Permission.MANAGE_CRISES, brand);
    JsonObject body = Requests.body(ctx);
    BrandSettings defaults = engine.rulesFor(brand).settings();
    blocking.respond(ctx, 200, () -> {
      JsonObject stored = settings.get(brand).map(JsonObject::new).orElseGet(JsonObject::new);
      JsonObject next = patch ? patched(stored, body) : body;
      List<String> problems = new ArrayList<>();
      BrandSettings given = defaults.with(next, problems);
      if (!problems.isEmpty()) {
        JsonArray details = new JsonArray();
        problems.forEach(p -> details.add(new JsonObject().put("field", p.substring(0, p.indexOf(':'))).put("problem", p)));
        throw ApiException.invalidFields(details);
      }
      settings.put(brand, next.encode());
      BrandSettings merged = incidents.settings(brand, defaults);
      lanes.accept(new BrandChange.SettingsChanged(brand));
      JsonObject answer = merged.json().put("brand", brand);
      // a list given whole replaces the defaults: say which defaults it left out (an edit says so itself)
      JsonObject dropped = new JsonObject();
      if (next.getValue("watchTerms") instanceof JsonArray) dropped(dropped, "watchTerms", defaults.watchTerms(), given.watchTerms());
      if (next.getValue("abusiveTerms") instanceof JsonArray) dropped(dropped, "abusiveTerms", defaults.abusiveTerms(), given.abusiveTerms());
      if (!dropped.isEmpty()) answer.put("droppedDefaults", dropped);
      return answer;
    });
  }

  /** The stored settings with the body's fields over them; a "thresholds" object merges name by name. */
  private static JsonObject patched(JsonObject stored, JsonObject body) {
    JsonObject next = stored.copy();
    for (String field : body.fieldNames()) {
      Object value = body.getValue(field);
      if (field.equals("thresholds") && value instanceof JsonObject limits && next.getValue(field) instanceof JsonObject old) {
        next.put(field, old.copy().mergeIn(limits));
      } else if (value instanceof JsonObject edit && next.getValue(field) instanceof JsonObject oldEdit
          && (edit.containsKey("add") || edit.containsKey("remove"))) {
        // two edits of one list: both apply
        next.put(field, new JsonObject().put("add", union(oldEdit.getJsonArray("add"), edit.getJsonArray("add"), edit.getJsonArray("remove")))
            .put("remove", union(oldEdit.getJsonArray("remove"), edit.getJsonArray("remove"), edit.getJsonArray("add"))));
      } else {
        next.put(field, value);
      }
    }
    return next;
  }

  /** The terms of {@code a} and {@code b}, without those of {@code without}. */
  private static JsonArray union(JsonArray a, JsonArray b, JsonArray without) {
    JsonArray out = new JsonArray();
    for (JsonArray list : new JsonArray[] {a, b}) {
      if (list == null) continue;
      for (Object term : list) if (!out.contains(term) && (without == null || !without.contains(term))) out.add(term);
    }
    return out;
  }

  private static void dropped(JsonObject dropped, String field, List<String> defaults, List<String> given) {
    JsonArray missing = new JsonArray();
    for (String term : defaults) if (given.stream().noneMatch(term::equalsIgnoreCase)) missing.add(term);
    if (!missing.isEmpty()) dropped.put(field, missing);
  }

  private interface IncidentAction {
    JsonObject run(String id, String brand);
  }

  /** Runs an action on an incident the key may manage; another brand's incident is unknown. */
  private void onIncident(RoutingContext ctx, IncidentAction action) {
    onIncident(ctx, Permission.MANAGE_CRISES, action);
  }

  /** As above, for a key that may do {@code may} or manage crises: managers annotate incidents too. */
  private void onIncident(RoutingContext ctx, Permission may, IncidentAction action) {
    Principal principal = Requests.principal(ctx);
    String id = ctx.pathParam("id");
    blocking.respond(ctx, 200, () -> {
      String brand = crises.find(id).map(Incident::brand).filter(principal::sees)
          .orElseThrow(() -> ApiException.notFound("no incident " + id));
      principal.require(principal.role().may(may) ? may : Permission.MANAGE_CRISES, brand);
      Audit.brand(ctx, brand);
      return action.run(id, brand);
    });
  }
}
