package dev.crisisdesk.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of the columns that hold JSON (string lists, objects of plain values), written and read
 * with Jackson's streaming API: the stores' own format, not the API's. Objects read back as
 * insertion-ordered maps of strings, numbers (Long or Double), booleans, null, lists and maps.
 */
public final class JsonColumns {
  private static final JsonFactory JSON = new JsonFactory();

  private JsonColumns() {}

  /** A JSON text of a value made of maps, collections, strings, numbers, booleans and null. */
  public static String write(Object value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      write(out, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static void write(JsonGenerator out, Object value) throws IOException {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      out.writeStartObject();
      for (Map.Entry<?, ?> field : map.entrySet()) {
        out.writeFieldName(String.valueOf(field.getKey()));
        write(out, field.getValue());
      }
      out.writeEndObject();
    } else if (value instanceof Collection<?> list) {
      out.writeStartArray();
      for (Object element : list) write(out, element);
      out.writeEndArray();
    } else if (value instanceof String s) {
      out.writeString(s);
    } else if (value instanceof Boolean b) {
      out.writeBoolean(b);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      out.writeNumber(((Number) value).longValue());
    } else if (value instanceof Number n) {
      out.writeNumber(n.doubleValue());
    } else {
      out.writeString(value.toString());
    }
  }

  /** The value of a JSON text: a map, list, string, Long, Double, Boolean or null. */
  public static Object read(String text) {
    try (JsonParser in = JSON.createParser(text)) {
      return read(in, in.nextToken());
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable JSON column", e);
    }
  }

  /** A JSON object's text as a map; null reads as an empty map. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(String text) {
    return text == null ? new LinkedHashMap<>() : (Map<String, Object>) read(text);
  }

  /** A JSON array of strings; null reads as an empty list. */
  public static List<String> strings(String text) {
    List<String> strings = new ArrayList<>();
    if (text != null) for (Object element : (List<?>) read(text)) strings.add((String) element);
    return strings;
  }

  private static Object read(JsonParser in, JsonToken token) throws IOException {
    return switch (token) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
          String name = in.currentName();
          map.put(name, read(in, in.nextToken()));
        }
        yield map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        for (JsonToken next = in.nextToken(); next != JsonToken.END_ARRAY; next = in.nextToken()) list.add(read(in, next));
        yield list;
      }
      case VALUE_STRING -> in.getText();
      case VALUE_NUMBER_INT -> in.getNumberValue();
      case VALUE_NUMBER_FLOAT -> in.getDoubleValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> throw new IOException("unexpected " + token);
    };
  }
}
