package dev.crisisdesk.http;

import dev.crisisdesk.http.ApiException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a request body into JSON values: strict UTF-8, at most 32 levels of nesting, and for
 * NDJSON one value per non-blank line. Anything else is {@code invalid_json}.
 */
public final class Bodies {
  static final int MAX_DEPTH = 32;

  private Bodies() {}

  /** A JSON object or array body, as the list of its items. */
  public static List<Object> jsonItems(Buffer body) {
    Object value = parse(decode(body), "body");
    if (value instanceof JsonArray array) return array.getList().isEmpty() ? List.of() : array.stream().toList();
    return List.of(value);
  }

  /** An NDJSON body: one JSON value per line, blank lines skipped. */
  public static List<Object> ndjsonItems(Buffer body) {
    List<Object> items = new ArrayList<>();
    String[] lines = decode(body).split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) items.add(parse(lines[i], "line " + (i + 1)));
    }
    return items;
  }

  /** A JSON object body for a command endpoint. */
  public static JsonObject object(Buffer body) {
    if (body == null || body.length() == 0) throw ApiException.invalidJson("a JSON object body is required");
    if (!(parse(decode(body), "body") instanceof JsonObject json)) {
      throw ApiException.invalidJson("the body must be a JSON object");
    }
    return json;
  }

  static String decode(Buffer body) {
    if (body == null || body.length() == 0) throw ApiException.invalidJson("the body is empty");
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body.getBytes()))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiException.invalidJson("the body is not valid UTF-8");
    }
  }

  private static Object parse(String text, String where) {
    checkDepth(text, where);
    try {
      Object value = Json.decodeValue(text);
      if (value == null) throw ApiException.invalidJson(where + ": null is not a comment");
      return value;
    } catch (DecodeException e) {
      throw ApiException.invalidJson(where + " is not valid JSON: " + firstLine(e.getMessage()));
    }
  }

  /** Rejects nesting deeper than {@link #MAX_DEPTH} before the parser sees it. */
  private static void checkDepth(String text, String where) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') i++;
        else if (c == '"') inString = false;
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        if (++depth > MAX_DEPTH) throw ApiException.invalidJson(where + " is nested deeper than " + MAX_DEPTH + " levels");
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
  }

  private static String firstLine(String message) {
    if (message == null) return "";
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
