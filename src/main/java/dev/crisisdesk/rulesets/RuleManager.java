package dev.crisisdesk.rulesets;

import dev.crisisdesk.pipeline.Processor;
import dev.crisisdesk.rules.CompiledRules;
import dev.crisisdesk.rules.InvalidRulesException;
import dev.crisisdesk.rules.RuleCompiler;
import dev.crisisdesk.rules.RuleEngine;
import dev.crisisdesk.rules.RuleFiles;
import dev.crisisdesk.rulesets.RuleVersions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live rule sets: the default set and each brand's own, stored as versions, validated,
 * activated atomically and rolled back. Activation swaps the engine's set at once; each running
 * brand session is replaced on its lane, after the comments already queued there, and the new
 * session refills its windows from the store.
 */
public final class RuleManager {
  private static final Logger LOG = LoggerFactory.getLogger(RuleManager.class);

  private final RuleCompiler compiler;
  private final RuleVersions versions;
  private final RuleEngine engine;
  private final Processor processor;
  private final Shadows shadows;
  // scope to active version number; the default set's scope is RuleVersions.DEFAULT_SCOPE
  private final Map<String, Integer> active = new ConcurrentHashMap<>();
  // scope@version of stored versions that did not compile here, so sync does not try them again
  private final Set<String> unbuildable = new HashSet<>();

  public RuleManager(RuleCompiler compiler, RuleVersions versions, RuleEngine engine, Processor processor, Shadows shadows) {
    this.shadows = shadows;
    this.compiler = compiler;
    this.versions = versions;
    this.engine = engine;
    this.processor = processor;
  }

  /** Records the default set's version, activates every brand's own stored set and restarts shadows. */
  public void start(int defaultVersion) {
    active.put(RuleVersions.DEFAULT_SCOPE, defaultVersion);
    List<String> scopes = new ArrayList<>(versions.brandScopes());
    scopes.add(RuleVersions.DEFAULT_SCOPE);
    for (String scope : scopes) {
      versions.shadow(scope).ifPresent(shadow -> {
        try {
          shadows.start(scope, shadow.number(), compiler.compile(shadow.files()));
        } catch (InvalidRulesException e) {
          LOG.error("shadow version {} of {} no longer compiles; not restarted", shadow.number(), scope);
        }
      });
    }
    for (String brand : versions.brandScopes()) {
      RuleVersions.Version version = versions.active(brand).orElseThrow();
      try {
        engine.activate(brand, compiler.compile(version.files()));
        active.put(brand, version.number());
      } catch (InvalidRulesException e) {
        LOG.error("brand {} rule set version {} no longer compiles; the brand runs the default set:\n{}",
            brand, version.number(), e.getMessage());
      }
    }
  }

  public CompiledRules validate(RuleFiles files) throws InvalidRulesException {
    return compiler.compile(files);
  }

  /** Stores a new version of the brand's set (null: the default set), activating it unless told not to. */
  public synchronized JsonObject put(String brand, RuleFiles files, String by, boolean activate) throws InvalidRulesException {
    engine.rules(); // while the service starts, the stored default set is not yet recorded: try again shortly
    CompiledRules compiled = compiler.compile(files);
    int version = versions.create(scope(brand), files, by);
    if (activate) swap(brand, version, compiled, by);
    return new JsonObject().put("version", version).put("active", activate).put("rules", new JsonArray(compiled.ruleNames()));
  }

  /** Activates a stored version (a rollback when it is an older one); empty if there is no such version. */
  public synchronized Optional<JsonObject> activate(String brand, int version, String by) throws InvalidRulesException {
    engine.rules(); // while the service starts, the stored default set is not yet recorded: try again shortly
    Optional<RuleVersions.Version> stored = versions.get(scope(brand), version);
    if (stored.isEmpty()) return Optional.empty();
    swap(brand, version, compiler.compile(stored.get().files()), by);
    return Optional.of(new JsonObject().put("version", version).put("active", true));
  }

  /** Runs a stored version in shadow beside the active set; empty if there is no such version. */
  public synchronized Optional<JsonObject> shadow(String brand, int version) throws InvalidRulesException {
    engine.rules(); // while the service starts, the stored default set is not yet recorded: try again shortly
    Optional<RuleVersions.Version> stored = versions.get(scope(brand), version);
    if (stored.isEmpty()) return Optional.empty();
    CompiledRules compiled = compiler.compile(stored.get().files());
    versions.shadow(scope(brand), version);
    shadows.restartCount(scope(brand));
    shadows.start(scope(brand), version, compiled);
    return Optional.of(new JsonObject().put("version", version).put("shadow", true));
  }

  public synchronized void stopShadow(String brand) {
    versions.shadow(scope(brand), null);
    shadows.stop(scope(brand));
  }

  public Optional<JsonObject> shadowReport(String brand) {
    return shadows.report(scope(brand));
  }

  private void swap(String brand, int version, CompiledRules compiled, String by) {
    versions.activate(scope(brand), version, by);
    install(brand, version, compiled);
    LOG.info("rule set {} version {} activated by {}", brand == null ? "default" : brand, version, by);
  }

  private void install(String brand, int version, CompiledRules compiled) {
    engine.activate(brand, compiled);
    active.put(scope(brand), version);
    for (String running : engine.brandsOn(brand)) processor.onLane(running, () -> engine.reset(running));
  }

  /**
   * Catches up with what other nodes on the same store changed: versions they activated (the
   * sessions running the scope are replaced, as on a local activation) and shadows they started or
   * stopped; and stores this node's share of the shadow reports. Nodes sharing a store call it
   * every few seconds.
   */
  public synchronized void sync() {
    Map<String, RuleVersions.Flags> stored = versions.flags();
    stored.forEach((scope, flags) -> {
      String brand = scope.equals(RuleVersions.DEFAULT_SCOPE) ? null : scope;
      if (flags.active() != null && !flags.active().equals(active.get(scope))) {
        compileStored(scope, flags.active()).ifPresent(compiled -> {
          install(brand, flags.active(), compiled);
          LOG.info("rule set {} version {} activated on another node; now running here", brand == null ? "default" : brand, flags.active());
        });
      }
      if (flags.shadow() != null && !shadows.version(scope).equals(Optional.of(flags.shadow()))) {
        compileStored(scope, flags.shadow()).ifPresent(compiled -> shadows.start(scope, flags.shadow(), compiled));
      }
    });
    for (String scope : shadows.scopes()) {
      if (stored.getOrDefault(scope, new RuleVersions.Flags(null, null)).shadow() == null) shadows.stop(scope);
    }
    shadows.flush();
  }

  /** A stored version compiled; empty, and said once, if it does not compile here. */
  private Optional<CompiledRules> compileStored(String scope, int version) {
    if (unbuildable.contains(scope + "@" + version)) return Optional.empty();
    try {
      return Optional.of(compiler.compile(versions.get(scope, version).orElseThrow().files()));
    } catch (InvalidRulesException e) {
      unbuildable.add(scope + "@" + version);
      LOG.error("rule set {} version {}, set on another node, does not compile here:\n{}", scope, version, e.getMessage());
      return Optional.empty();
    }
  }

  /** The set a brand runs (its own, or the default), with its version and files. */
  /** The rule set the brand runs now (null: the default set). */
  public CompiledRules activeRules(String brand) {
    return brand == null ? engine.rules() : engine.rulesFor(brand);
  }

  public JsonObject active(String brand) {
    boolean own = brand != null && engine.hasOwnSet(brand);
    CompiledRules rules = brand == null ? engine.rules() : engine.rulesFor(brand);
    JsonObject files = new JsonObject();
    rules.files().files().forEach(files::put);
    return new JsonObject()
        .put("version", active.get(own ? brand : RuleVersions.DEFAULT_SCOPE))
        .put("scope", own ? brand : "default")
        .put("files", files)
        .put("rules", new JsonArray(rules.ruleNames()));
  }

  public List<RuleVersions.Listed> versions(String brand) {
    return versions.list(scope(brand));
  }

  private static String scope(String brand) {
    return brand == null ? RuleVersions.DEFAULT_SCOPE : brand;
  }
}
