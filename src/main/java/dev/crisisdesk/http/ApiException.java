package dev.crisisdesk.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * An answer from the contract's error table. Handlers throw it (or fail their future with it);
 * {@link ErrorHandler} turns it into {@code {"error": {"code", "message", "details"}}}.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String code;
  private final JsonArray details;

  public ApiException(int status, String code, String message, JsonArray details) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details == null ? new JsonArray() : details;
  }

  public static ApiException invalidJson(String message) {
    return new ApiException(400, "invalid_json", message, null);
  }

  public static ApiException invalidFields(JsonArray details) {
    String first = details.isEmpty() ? "" : ": " + details.getJsonObject(0).getString("problem");
    return new ApiException(400, "invalid_field", details.size() + " invalid field(s)" + first, details);
  }

  public static ApiException invalidField(String field, String problem) {
    return invalidFields(new JsonArray().add(new JsonObject().put("field", field).put("problem", problem)));
  }

  public static ApiException invalidParameter(String name, String problem) {
    return new ApiException(400, "invalid_parameter", name + ": " + problem,
        new JsonArray().add(new JsonObject().put("parameter", name).put("problem", problem)));
  }

  public static ApiException unauthorized(String message) {
    return new ApiException(401, "unauthorized", message, null);
  }

  public static ApiException forbidden(String message) {
    return new ApiException(403, "forbidden", message, null);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, "not_found", message, null);
  }

  public static ApiException conflict(String message) {
    return new ApiException(409, "conflict", message, null);
  }

  public static ApiException payloadTooLarge(String message) {
    return new ApiException(413, "payload_too_large", message, null);
  }

  /** The service listens but its rule set is still compiling; {@code Retry-After} says when to try again. */
  public static ApiException starting(String message) {
    return new ApiException(503, "starting", message, null);
  }

  public static ApiException overloaded(String message) {
    return new ApiException(503, "overloaded", message, null);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public JsonObject body() {
    return new JsonObject().put("error", new JsonObject()
        .put("code", code).put("message", getMessage()).put("details", details));
  }
}
