package dev.crisisdesk.crisis;

import dev.crisisdesk.brands.BrandSettingsStore;
import dev.crisisdesk.comments.CommentStore;
import dev.crisisdesk.crisis.CrisisStore;
import dev.crisisdesk.facts.Brand;
import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Crisis;
import dev.crisisdesk.facts.CrisisSignal;
import dev.crisisdesk.rules.BrandSettings;
import dev.crisisdesk.rules.RuleEngine;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service's incident books, one per brand, loaded from the store on first use, and what a
 * new brand session starts with: the brand's settings and its open incidents. Plan, commit and
 * resolve run on the brand's lane.
 */
public final class Incidents implements RuleEngine.BrandFacts {
  private final CrisisStore crises;
  private final BrandSettingsStore settings;
  private final Map<String, IncidentBook> books = new ConcurrentHashMap<>();
  /** How far back a new session is refilled: as long as a comment stays in a session. */
  static final Duration WINDOW_MEMORY = Duration.ofMinutes(75);

  private final CommentStore comments;

  public Incidents(CrisisStore crises, BrandSettingsStore settings, CommentStore comments) {
    this.crises = crises;
    this.settings = settings;
    this.comments = comments;
  }

  @Override
  public List<Comment> recent(String brand) {
    return comments.recentFacts(brand, WINDOW_MEMORY);
  }

  @Override
  public Brand brand(String name, BrandSettings defaults) {
    return settings(name, defaults).fact(name);
  }

  /** The brand's settings: the rule set's defaults with the brand's own on top. */
  public BrandSettings settings(String name, BrandSettings defaults) {
    return settings.get(name).map(own -> defaults.with(new JsonObject(own), new ArrayList<>())).orElse(defaults);
  }

  @Override
  public List<Crisis> openCrises(String brand) {
    return book(brand).open().stream().map(Incidents::fact).toList();
  }

  public List<IncidentBook.Change> plan(String brand, List<CrisisSignal> signals) {
    return signals.isEmpty() ? List.of() : book(brand).plan(signals);
  }

  /** Records stored changes; returns the incidents rules should now see, as facts. */
  public List<Crisis> committed(String brand, List<IncidentBook.Change> changes) {
    if (changes.isEmpty()) return List.of();
    IncidentBook book = book(brand);
    book.apply(changes);
    List<String> touched = changes.stream().map(IncidentBook.Change::id).toList();
    return book.open().stream().filter(open -> touched.contains(open.id())).map(Incidents::fact).toList();
  }

  public void resolved(String brand, String id, long coolUntil) {
    book(brand).resolved(id, coolUntil);
  }

  /** The brands whose incident books are loaded. */
  public Set<String> brands() {
    return Set.copyOf(books.keySet());
  }

  /** Drops the brand's book; the next use loads it from the store again. On the brand's lane. */
  public void forget(String brand) {
    books.remove(brand);
  }

  private IncidentBook book(String brand) {
    return books.computeIfAbsent(brand, name ->
        new IncidentBook(() -> "crs_" + UUID.randomUUID().toString().replace("-", ""), crises.open(name), crises.coolDowns(name)));
  }

  private static Crisis fact(IncidentBook.Open open) {
    return new Crisis(open.id(), open.rule(), open.severity(), open.openedAt());
  }
}
