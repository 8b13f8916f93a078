package dev.crisisdesk.http;

import dev.crisisdesk.http.Bodies;
import dev.crisisdesk.http.Principal;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** Reading what a request carries, with the contract's errors when it is wrong. */
public final class Requests {
  public static final String PRINCIPAL = "principal";
  public static final int MAX_LIMIT = 500;

  private Requests() {}

  public static Principal principal(RoutingContext ctx) {
    return ctx.get(PRINCIPAL);
  }

  public static String requiredParam(RoutingContext ctx, String name) {
    String value = ctx.queryParams().get(name);
    if (value == null || value.isEmpty()) throw ApiException.invalidParameter(name, "is required");
    return value;
  }

  /** What a brand name may be: the contract's pattern. */
  public static final Pattern BRAND = Pattern.compile("[a-z0-9-]{1,64}");

  /** A brand named in the path, checked against the contract's pattern. */
  public static String pathBrand(RoutingContext ctx) {
    String brand = ctx.pathParam("brand");
    if (!BRAND.matcher(brand).matches()) {
      throw ApiException.invalidParameter("brand", "must match [a-z0-9-]{1,64}");
    }
    return brand;
  }

  /** {@code limit} in 1..500, or the default when absent. */
  public static int limit(RoutingContext ctx, int defaultLimit) {
    String value = ctx.queryParams().get("limit");
    if (value == null) return defaultLimit;
    return intInRange("limit", value, 1, MAX_LIMIT, ApiException::invalidParameter);
  }

  public static JsonObject body(RoutingContext ctx) {
    return Bodies.object(ctx.body().buffer());
  }

  /** The body, or an empty object when there is none. */
  public static JsonObject bodyOrEmpty(RoutingContext ctx) {
    return ctx.body() == null || ctx.body().length() == 0 ? new JsonObject() : body(ctx);
  }

  /** Who acts: the body's {@code agent}, checked against the calling key ({@link Principal#agent}). */
  public static String agent(RoutingContext ctx, JsonObject body) {
    String requested = body.getValue("agent") == null ? null : requiredString(body, "agent", 200);
    return principal(ctx).agent(requested);
  }

  /** An optional string field: null when absent, else as {@link #requiredString}. */
  public static String optionalString(JsonObject body, String field, int maxChars) {
    return body.getValue(field) == null ? null : requiredString(body, field, maxChars);
  }

  public static String requiredString(JsonObject body, String field, int maxChars) {
    Object value = body.getValue(field);
    if (value == null) throw ApiException.invalidField("/" + field, "is required");
    if (!(value instanceof String s) || s.isEmpty()) throw ApiException.invalidField("/" + field, "must be a non-empty string");
    if (s.length() > maxChars) throw ApiException.invalidField("/" + field, "must be at most " + maxChars + " characters");
    return s;
  }

  /**
   * The body's {@code brands}: an array of at most {@code max} brand names, each once; empty only
   * when {@code mayBeEmpty} (an admin key acts on every brand).
   */
  public static List<String> brands(JsonObject body, boolean mayBeEmpty, int max) {
    Object value = body.getValue("brands");
    if (value == null && mayBeEmpty) return List.of();
    if (!(value instanceof JsonArray array) || (array.isEmpty() && !mayBeEmpty)) {
      throw ApiException.invalidField("/brands", mayBeEmpty ? "must be an array of brands" : "must be a non-empty array of brands");
    }
    if (array.size() > max) throw ApiException.invalidField("/brands", "holds at most " + max + " brands");
    LinkedHashSet<String> brands = new LinkedHashSet<>();
    for (Object brand : array) {
      if (!(brand instanceof String s) || !BRAND.matcher(s).matches()) {
        throw ApiException.invalidField("/brands", "each brand must match [a-z0-9-]{1,64}");
      }
      brands.add(s);
    }
    return List.copyOf(brands);
  }

  /** An optional whole number field in {@code min..max}, or the default when absent. */
  public static int intField(JsonObject body, String field, int min, int max, int defaultValue) {
    Object value = body.getValue(field);
    if (value == null) return defaultValue;
    if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
        || n.doubleValue() < min || n.doubleValue() > max) {
      throw ApiException.invalidField("/" + field, "must be a whole number from " + min + " to " + max);
    }
    return n.intValue();
  }

  interface Problem {
    ApiException of(String name, String problem);
  }

  static int intInRange(String name, String value, int min, int max, Problem problem) {
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= min && parsed <= max) return parsed;
    } catch (NumberFormatException e) {
      // answered below
    }
    throw problem.of(name, "must be a whole number from " + min + " to " + max);
  }

  /** A cursor from an earlier page: a non-negative number. */
  public static long cursor(RoutingContext ctx, String name) {
    String value = ctx.queryParams().get(name);
    if (value == null || value.isEmpty()) return 0;
    try {
      long cursor = Long.parseLong(value);
      if (cursor >= 0) return cursor;
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiException.invalidParameter(name, "is not a cursor from an earlier answer");
  }
}
