package dev.crisisdesk.rulesets;

import dev.crisisdesk.http.ApiException;
import dev.crisisdesk.http.Blocking;
import dev.crisisdesk.http.Json;
import dev.crisisdesk.http.Principal;
import dev.crisisdesk.http.Requests;
import dev.crisisdesk.http.Role.Permission;
import dev.crisisdesk.http.Role;
import dev.crisisdesk.rules.CompiledRules;
import dev.crisisdesk.rules.InvalidRulesException;
import dev.crisisdesk.rules.RuleFiles;
import dev.crisisdesk.rules.RuleFinding;
import dev.crisisdesk.rules.Vocabulary;
import dev.crisisdesk.scenarios.Scenario;
import dev.crisisdesk.scenarios.ScenarioException;
import dev.crisisdesk.scenarios.ScenarioParser;
import dev.crisisdesk.scenarios.ScenarioRunner;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * {@code /v1/rules}: read, validate, store and activate rule sets, list versions, roll back.
 * {@code ?brand=B} selects a brand's set; without it, the default set, which only an admin changes.
 */
public final class RuleHandlers {
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}\\.drl|queues\\.json|settings\\.json");

  private static final Pattern SCENARIO_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,100}\\.scenario");

  /** Compilations and scenario runs waiting or under way at once; more are turned away with 503. */
  static final int MAX_RULE_WORK = 8;

  private final RuleManager manager;
  private final Blocking blocking;
  private final Blocking ruleWork;
  private final Path defaultScenarios;
  private final AtomicInteger working = new AtomicInteger();

  /**
   * {@code ruleWork}: the workers that compile and run rule sets sent in a request (validations and
   * scenario runs), apart from the store's, so strategists' experiments never hold up the store.
   * {@code defaultScenarios}: the scenarios run when a request brings none (the default rule folder's).
   */
  public RuleHandlers(RuleManager manager, Blocking blocking, Blocking ruleWork, Path defaultScenarios) {
    this.manager = manager;
    this.blocking = blocking;
    this.ruleWork = ruleWork;
    this.defaultScenarios = defaultScenarios;
  }

  /** Runs rule work on its own workers, at most {@link #MAX_RULE_WORK} at a time. */
  private void onRuleWork(RoutingContext ctx, Callable<JsonObject> work) {
    if (working.incrementAndGet() > MAX_RULE_WORK) {
      working.decrementAndGet();
      ctx.response().putHeader("Retry-After", "5");
      throw new ApiException(503, "overloaded", "too many rule sets are being checked at once; retry in a few seconds", null);
    }
    ruleWork.respond(ctx, 200, () -> {
      try {
        return work.call();
      } finally {
        working.decrementAndGet();
      }
    });
  }

  public void active(RoutingContext ctx) {
    String brand = brand(ctx);
    Requests.principal(ctx).require(Permission.READ_RULES, brand);
    Blocking.json(ctx, 200, manager.active(brand));
  }

  public void versions(RoutingContext ctx) {
    String brand = brand(ctx);
    Requests.principal(ctx).require(Permission.READ_RULES, brand);
    blocking.respond(ctx, 200, () -> {
      JsonArray versions = new JsonArray();
      for (RuleVersions.Listed version : manager.versions(brand)) {
        versions.add(new JsonObject().put("version", version.version()).put("createdAt", Json.time(version.createdAt()))
            .put("createdBy", version.createdBy()).put("active", version.active()).put("shadow", version.shadow())
            .put("activatedAt", Json.time(version.activatedAt())).put("activatedBy", version.activatedBy()));
      }
      return new JsonObject().put("versions", versions);
    });
  }

  private static final JsonObject VOCABULARY = Vocabulary.json();

  /** {@code GET /v1/rules/vocabulary}: what a rule may name, for the editor's completion. */
  public void vocabulary(RoutingContext ctx) {
    Requests.principal(ctx).require(Permission.READ_RULES, brand(ctx));
    Blocking.json(ctx, 200, VOCABULARY);
  }

  public void validate(RoutingContext ctx) {
    String brand = brand(ctx);
    requireWrite(Requests.principal(ctx), brand);
    RuleFiles files = files(ctx);
    onRuleWork(ctx, () -> {
      CompiledRules compiled = compile(() -> manager.validate(files));
      return new JsonObject().put("valid", true).put("rules", new JsonArray(compiled.ruleNames()))
          .put("queues", new JsonArray(compiled.queues().keySet().stream().toList()));
    });
  }

  /**
   * {@code POST /v1/rules/scenarios}: runs scenarios (the request's {@code scenarios}, else the default
   * rule folder's) through the request's {@code files}, else the set the brand runs. Changes nothing.
   * Sending files is writing rules: it needs the permission to change the brand's set, while a
   * manager may run scenarios against the set already stored.
   */
  public void scenarios(RoutingContext ctx) {
    String brand = brand(ctx);
    Principal principal = Requests.principal(ctx);
    principal.require(Permission.READ_RULES, brand);
    JsonObject body = Requests.body(ctx);
    if (body.containsKey("files")) requireWrite(principal, brand);
    RuleFiles files = body.containsKey("files") ? files(ctx) : null;
    Map<String, String> given = scenarioTexts(body.getValue("scenarios"));
    onRuleWork(ctx, () -> {
      CompiledRules rules = files == null ? manager.activeRules(brand) : compile(() -> manager.validate(files));
      Map<String, String> texts = given != null ? given : defaultScenarioTexts();
      JsonArray results = new JsonArray();
      Set<String> fired = new TreeSet<>();
      texts.forEach((name, text) -> {
        JsonObject result = new JsonObject().put("file", name);
        try {
          Scenario scenario = ScenarioParser.parse(name, text);
          ScenarioRunner.Result run = ScenarioRunner.run(rules, scenario);
          fired.addAll(run.firedRules());
          result.put("name", scenario.name()).put("passed", run.passed()).put("expectations", scenario.expectations().size())
              .put("failures", new JsonArray(run.failures()));
        } catch (ScenarioException e) {
          result.put("passed", false).put("error", e.getMessage());
        }
        results.add(result);
      });
      long passed = results.stream().filter(r -> ((JsonObject) r).getBoolean("passed")).count();
      return new JsonObject().put("results", results).put("passed", passed).put("failed", results.size() - passed)
          .put("unexercised", new JsonArray(rules.ruleNames().stream().filter(r -> !fired.contains(r)).toList()));
    });
  }

  private static Map<String, String> scenarioTexts(Object value) {
    if (value == null) return null;
    if (!(value instanceof JsonObject scenarios) || scenarios.isEmpty() || scenarios.size() > 200) {
      throw ApiException.invalidField("/scenarios", "must be an object of 1 to 200 NAME.scenario file names to their text");
    }
    Map<String, String> texts = new TreeMap<>();
    for (String name : scenarios.fieldNames()) {
      if (!SCENARIO_NAME.matcher(name).matches()) throw ApiException.invalidField("/scenarios/" + name, "must be a NAME.scenario file name");
      if (!(scenarios.getValue(name) instanceof String text)) throw ApiException.invalidField("/scenarios/" + name, "must be the file's text");
      texts.put(name, text);
    }
    return texts;
  }

  private Map<String, String> defaultScenarioTexts() throws IOException {
    Map<String, String> texts = new TreeMap<>();
    if (!Files.isDirectory(defaultScenarios)) return texts;
    try (var list = Files.list(defaultScenarios)) {
      for (Path file : list.filter(f -> f.getFileName().toString().endsWith(".scenario")).sorted().toList()) {
        texts.put("scenarios/" + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }

  public void put(RoutingContext ctx) {
    String brand = brand(ctx);
    Principal principal = requireWrite(Requests.principal(ctx), brand);
    boolean activate = !"false".equals(ctx.queryParams().get("activate"));
    RuleFiles files = files(ctx);
    blocking.respond(ctx, 201, () -> compile(() -> manager.put(brand, files, principal.keyId(), activate)));
  }

  public void activate(RoutingContext ctx) {
    String brand = brand(ctx);
    Principal principal = requireWrite(Requests.principal(ctx), brand);
    int version = version(ctx);
    blocking.respond(ctx, 200, () -> compile(() -> manager.activate(brand, version, principal.keyId()))
        .orElseThrow(() -> ApiException.notFound("no version " + version + " of this rule set")));
  }

  public void shadow(RoutingContext ctx) {
    String brand = brand(ctx);
    requireWrite(Requests.principal(ctx), brand);
    int version = version(ctx);
    blocking.respond(ctx, 200, () -> compile(() -> manager.shadow(brand, version))
        .orElseThrow(() -> ApiException.notFound("no version " + version + " of this rule set")));
  }

  public void stopShadow(RoutingContext ctx) {
    String brand = brand(ctx);
    requireWrite(Requests.principal(ctx), brand);
    blocking.respond(ctx, 200, () -> {
      manager.stopShadow(brand);
      return new JsonObject().put("shadow", false);
    });
  }

  public void shadowReport(RoutingContext ctx) {
    String brand = brand(ctx);
    Requests.principal(ctx).require(Permission.READ_RULES, brand);
    // with several nodes, a report reads (and writes) the nodes' shares in the store
    blocking.respond(ctx, 200, () -> manager.shadowReport(brand).orElseThrow(() -> ApiException.notFound("no version runs in shadow")));
  }

  private interface Compiling<T> {
    T run() throws InvalidRulesException;
  }

  /** Runs a compiling step; a set that does not compile is the contract's 422 with its findings. */
  static <T> T compile(Compiling<T> step) {
    try {
      return step.run();
    } catch (InvalidRulesException e) {
      JsonArray details = new JsonArray();
      for (RuleFinding f : e.findings()) {
        details.add(new JsonObject().put("file", f.file()).put("line", f.line()).put("column", f.column()).put("problem", f.message()));
      }
      throw new ApiException(422, "invalid_rules", e.findings().size() + " problem(s) in the rule set: " + e.findings().get(0).format(), details);
    }
  }

  static Principal requireWrite(Principal principal, String brand) {
    if (brand == null && principal.role() != Role.ADMIN) throw ApiException.forbidden("only an admin key changes the default rule set");
    principal.require(Permission.WRITE_RULES, brand);
    return principal;
  }

  static String brand(RoutingContext ctx) {
    String brand = ctx.queryParams().get("brand");
    if (brand == null) return null;
    if (!Requests.BRAND.matcher(brand).matches()) {
      throw ApiException.invalidParameter("brand", "must match [a-z0-9-]{1,64}");
    }
    return brand;
  }

  static int version(RoutingContext ctx) {
    try {
      return Integer.parseInt(ctx.pathParam("version"));
    } catch (NumberFormatException e) {
      throw ApiException.notFound("no version " + ctx.pathParam("version"));
    }
  }

  /** {@code {"files": {NAME: TEXT}}} with only rule set file names: no folders, no traversal. */
  static RuleFiles files(RoutingContext ctx) {
    JsonObject body = Requests.body(ctx);
    if (!(body.getValue("files") instanceof JsonObject files) || files.isEmpty()) {
      throw ApiException.invalidField("/files", "must be an object of file name to text");
    }
    Map<String, String> out = new TreeMap<>();
    for (String name : files.fieldNames()) {
      if (!FILE_NAME.matcher(name).matches()) {
        throw ApiException.invalidField("/files/" + name, "a rule set holds NAME.drl files, queues.json and settings.json, nothing else");
      }
      if (!(files.getValue(name) instanceof String text)) throw ApiException.invalidField("/files/" + name, "must be the file's text");
      out.put(name, text);
    }
    return new RuleFiles(out);
  }
}
