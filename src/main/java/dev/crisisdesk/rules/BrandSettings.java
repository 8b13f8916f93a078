package dev.crisisdesk.rules;

import dev.crisisdesk.facts.Brand;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Brand settings as JSON: {@code {"watchTerms": [...], "abusiveTerms": [...], "ownAccounts": ["@acme", "acme-support"], "timezone": "Europe/Paris",
 * "businessHours": {"days": ["mon", ...], "opens": "09:00", "closes": "17:00"}, "thresholds": {NAME: NUMBER}}}.
 * The rule set's {@code settings.json} holds the defaults; a brand's own settings override them
 * field by field, and threshold by threshold.
 */
public record BrandSettings(List<String> watchTerms, ZoneId timezone, Set<DayOfWeek> days, LocalTime opens,
    LocalTime closes, Map<String, Double> thresholds, List<String> abusiveTerms, List<String> ownAccounts) {
  public static final BrandSettings NONE = new BrandSettings(List.of(), ZoneId.of("UTC"),
      EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0), Map.of(), List.of(), List.of());
  static final int MAX_WATCH_TERMS = 200;

  public BrandSettings {
    watchTerms = List.copyOf(watchTerms);
    abusiveTerms = List.copyOf(abusiveTerms);
    ownAccounts = List.copyOf(ownAccounts);
    days = Set.copyOf(days);
    thresholds = Map.copyOf(thresholds);
  }

  /** These settings with the fields {@code json} gives replacing them; problems name the field. */
  public BrandSettings with(JsonObject json, List<String> problems) {
    List<String> terms = watchTerms;
    List<String> abusive = abusiveTerms;
    List<String> own = ownAccounts;
    ZoneId zone = timezone;
    Set<DayOfWeek> openDays = days;
    LocalTime open = opens;
    LocalTime close = closes;
    Map<String, Double> limits = new LinkedHashMap<>(thresholds);
    Object value = json.getValue("watchTerms");
    if (value != null) terms = terms("/watchTerms", value, terms, problems);
    value = json.getValue("abusiveTerms");
    if (value != null) abusive = terms("/abusiveTerms", value, abusive, problems);
    value = json.getValue("ownAccounts");
    if (value != null) own = terms("/ownAccounts", value, own, problems);
    value = json.getValue("timezone");
    if (value != null) {
      try {
        zone = ZoneId.of((String) value);
      } catch (DateTimeException | ClassCastException e) {
        problems.add("/timezone: must be a time zone like Europe/Paris or UTC");
      }
    }
    value = json.getValue("businessHours");
    if (value instanceof JsonObject hours) {
      try {
        if (hours.containsKey("opens")) open = LocalTime.parse(hours.getString("opens"));
        if (hours.containsKey("closes")) close = LocalTime.parse(hours.getString("closes"));
        if (hours.containsKey("days")) openDays = days(hours.getJsonArray("days"));
        if (!open.isBefore(close)) problems.add("/businessHours: opens must be before closes");
      } catch (DateTimeParseException | ClassCastException | IllegalArgumentException e) {
        problems.add("/businessHours: {\"days\": [\"mon\", ...], \"opens\": \"09:00\", \"closes\": \"17:00\"}");
      }
    } else if (value != null) {
      problems.add("/businessHours: must be an object");
    }
    value = json.getValue("thresholds");
    if (value instanceof JsonObject given) {
      for (String name : given.fieldNames()) {
        Object number = given.getValue(name);
        if (!(number instanceof Number n) || !Double.isFinite(n.doubleValue()) || n.doubleValue() < 0) {
          problems.add("/thresholds/" + name + ": must be a number >= 0");
        } else if (!thresholds.isEmpty() && !thresholds.containsKey(name)) {
          problems.add("/thresholds/" + name + ": unknown; the rule set declares " + thresholds.keySet());
        } else {
          limits.put(name, n.doubleValue());
        }
      }
    } else if (value != null) {
      problems.add("/thresholds: must be an object of numbers");
    }
    return new BrandSettings(terms, zone, openDays, open, close, limits, abusive, own);
  }

  public Brand fact(String brand) {
    return new Brand(brand, watchTerms, timezone, opens, closes, days, thresholds, abusiveTerms, ownAccounts);
  }

  public JsonObject json() {
    JsonObject limits = new JsonObject();
    thresholds.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> limits.put(e.getKey(), e.getValue()));
    JsonArray dayNames = new JsonArray();
    days.stream().sorted().forEach(day -> dayNames.add(day.name().substring(0, 3).toLowerCase(Locale.ROOT)));
    return new JsonObject().put("watchTerms", new JsonArray(watchTerms)).put("abusiveTerms", new JsonArray(abusiveTerms))
        .put("ownAccounts", new JsonArray(ownAccounts))
        .put("timezone", timezone.getId())
        .put("businessHours", new JsonObject().put("days", dayNames).put("opens", opens.toString()).put("closes", closes.toString()))
        .put("thresholds", limits);
  }

  /**
   * A list of terms: an array replaces {@code current}; {@code {"add": [...], "remove": [...]}} edits it
   * (removing ignores case), so a brand adds its own watch terms without restating the defaults.
   */
  private static List<String> terms(String field, Object value, List<String> current, List<String> problems) {
    if (value instanceof JsonObject edit) {
      if (!edit.fieldNames().stream().allMatch(name -> name.equals("add") || name.equals("remove"))) {
        problems.add(field + ": an edit takes only \"add\" and \"remove\" arrays");
        return current;
      }
      List<String> remove = edit.getValue("remove") == null ? List.of() : terms(field + "/remove", edit.getValue("remove"), problems);
      List<String> add = edit.getValue("add") == null ? List.of() : terms(field + "/add", edit.getValue("add"), problems);
      List<String> edited = new ArrayList<>();
      for (String term : current) {
        if (remove.stream().noneMatch(term::equalsIgnoreCase)) edited.add(term);
      }
      for (String term : add) if (edited.stream().noneMatch(term::equalsIgnoreCase)) edited.add(term);
      if (edited.size() > MAX_WATCH_TERMS) problems.add(field + ": at most " + MAX_WATCH_TERMS + " words or phrases");
      return edited;
    }
    return terms(field, value, problems);
  }

  private static List<String> terms(String field, Object value, List<String> problems) {
    if (!(value instanceof JsonArray array) || array.size() > MAX_WATCH_TERMS) {
      problems.add(field + ": must be an array of at most " + MAX_WATCH_TERMS + " words or phrases, or {\"add\": [...], \"remove\": [...]}");
      return List.of();
    }
    List<String> terms = new ArrayList<>();
    for (Object term : array) {
      if (!(term instanceof String s) || s.isBlank() || s.length() > 100) {
        problems.add(field + ": each term is a non-empty string of at most 100 characters");
        return List.of();
      }
      terms.add(s.strip());
    }
    return terms;
  }

  private static Set<DayOfWeek> days(JsonArray names) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (Object name : names) {
      String prefix = ((String) name).toUpperCase(Locale.ROOT);
      DayOfWeek day = null;
      for (DayOfWeek d : DayOfWeek.values()) if (d.name().startsWith(prefix) && prefix.length() >= 3) day = d;
      if (day == null) throw new IllegalArgumentException("not a day: " + name);
      days.add(day);
    }
    return days;
  }
}
