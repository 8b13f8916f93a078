package dev.crisisdesk.http;

import static dev.crisisdesk.Service.comment;
import static dev.crisisdesk.http.IngestApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.RunningService;
import dev.crisisdesk.Service;
import dev.crisisdesk.Service.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract's error table against malformed, hostile and fuzzed requests: a clear 4xx, never a 5xx or a hang. */
@Tag("slow")
class HostileInputTest {
  private static final long SEED = 20261124L;
  private static final int FUZZ_CASES = 1500;

  @RegisterExtension
  static final RunningService service = new RunningService();

  @Test
  void controlCharactersAndUnpairedSurrogatesAreInvalidFields() {
    assertError(post(comment("h-a", "c1", "bell \u0007 in text")), 400, "invalid_field");
    assertError(post(comment("h-a", "c\u0000", "nul in id")), 400, "invalid_field");
    String loneSurrogate = "{\"id\":\"c2\",\"brand\":\"h-a\",\"platform\":\"twitter\",\"text\":\"broken \\ud83d pair\"}";
    assertError(raw("application/json", loneSurrogate.getBytes(StandardCharsets.UTF_8)), 400, "invalid_field");
    JsonObject author = comment("h-a", "c3", "hi").put("author", new JsonObject().put("handle", "ann\u001b[31m"));
    Response escaped = post(author);
    assertError(escaped, 400, "invalid_field");
    assertThat(escaped.json().getJsonObject("error").getJsonArray("details").getJsonObject(0).getString("field")).isEqualTo("/author/handle");
    assertThat(post(comment("h-a", "c4", "line one\nline two\ttabbed 👍")).status()).isEqualTo(202);
  }

  @Test
  void wrongTypesHugeValuesAndBadTimesAreInvalidFields() {
    assertError(post(comment("h-b", "t1", "hi").put("text", 42)), 400, "invalid_field");
    assertError(post(comment("h-b", "t2", "hi").put("author", "ann")), 400, "invalid_field");
    assertError(post(comment("h-b", "t3", "hi").put("author", new JsonObject().put("followers", -1))), 400, "invalid_field");
    assertError(post(comment("h-b", "t4", "hi").put("author", new JsonObject().put("followers", 1e300))), 400, "invalid_field");
    assertError(post(comment("h-b", "t5", "hi").put("author", new JsonObject().put("verified", "yes"))), 400, "invalid_field");
    assertError(post(comment("h-b", "t6", "x".repeat(10_001))), 400, "invalid_field");
    assertError(post(comment("h-b", "i".repeat(100_000), "hi")), 400, "invalid_field");
    assertError(post(comment("h-b", "t7", "hi").put("createdAt", "yesterday")), 400, "invalid_field");
    assertError(post(comment("h-b", "t8", "hi").put("createdAt", "+999999999-12-31T23:59:59Z")), 400, "invalid_field");
    assertError(post(comment("h-b", "t9", "hi").put("createdAt", Instant.now().plusSeconds(86_400 * 365).toString())), 400, "invalid_field");
    assertError(post(comment("h-b", "t10", "hi").put("brand", "../etc")), 400, "invalid_field");
    assertThat(post(comment("h-b", "t11", "unknown fields are ignored").put("mood", new JsonObject().put("x", 1))).status()).isEqualTo(202);
  }

  @Test
  void badQueryParametersUnknownQueuesAndIdsAreClearErrors() {
    assertError(service.get("/v1/comments?brand=h-c&limit=-1"), 400, "invalid_parameter");
    assertError(service.get("/v1/comments?brand=h-c&limit=99999999999999999999"), 400, "invalid_parameter");
    assertError(service.get("/v1/comments?brand=h-c&limit=abc"), 400, "invalid_parameter");
    assertError(service.get("/v1/outbox?brand=h-c&after=-5"), 400, "invalid_parameter");
    assertError(service.get("/v1/queues/nope/items?brand=h-c"), 404, "not_found");
    assertError(service.post("/v1/queues/nope/claim", new JsonObject().put("brand", "h-c").put("agent", "a")), 404, "not_found");
    assertError(service.post("/v1/items/no-such-item/reply", new JsonObject().put("agent", "a").put("text", "hi")), 404, "not_found");
    assertError(service.post("/v1/crises/no-such/acknowledge", new JsonObject().put("owner", "a")), 404, "not_found");
    assertError(service.get("/v1/comments/h-c/twitter/%2e%2e%2f%2e%2e%2fetc"), 404, "not_found");
    assertError(service.post("/v1/rules/versions/abc/activate", new JsonObject()), 404, "not_found");
    assertError(service.get("/v1/kpis?brand=h-c&from=not-a-time"), 400, "invalid_parameter");
  }

  @Test
  void ruleFileNamesCannotTraversePaths() {
    for (String name : List.of("../escape.drl", "/etc/passwd", "sub/dir.drl", "..\\win.drl", "x.drl\u0000.txt", ".drl")) {
      Response response = service.put("/v1/rules?brand=h-d", new JsonObject().put("files", new JsonObject().put(name, "package x")));
      assertError(response, 400, "invalid_field");
    }
  }

  @Test
  void deepNestingTruncationAndInvalidUtf8AreInvalidJson() {
    String deep = "{\"a\":".repeat(33) + "1" + "}".repeat(33);
    assertError(raw("application/json", deep.getBytes(StandardCharsets.UTF_8)), 400, "invalid_json");
    byte[] valid = comment("h-e", "u1", "café").encode().getBytes(StandardCharsets.UTF_8);
    for (int cut : new int[] {1, 10, valid.length / 2, valid.length - 1}) {
      assertError(raw("application/json", java.util.Arrays.copyOf(valid, cut)), 400, "invalid_json");
    }
    byte[] overlong = "{\"id\":\"\u0001\"}".getBytes(StandardCharsets.UTF_8);
    overlong[7] = (byte) 0xC0;
    assertError(raw("application/json", overlong), 400, "invalid_json");
    assertError(raw("application/json", new byte[0]), 400, "invalid_json");
  }

  /**
   * Seeded fuzzing of the ingest endpoint: valid comments mutated byte by byte, cut, spliced with
   * odd JSON values and retyped. Every answer is a 202 or a 4xx with the contract's JSON error;
   * the service is healthy afterwards and every 202 comment is there.
   */
  @Test
  void fuzzedIngestBodiesAreAnsweredWith202OrAClear4xx() {
    Random random = new Random(SEED);
    List<String> accepted = new ArrayList<>();
    for (int n = 0; n < FUZZ_CASES; n++) {
      byte[] body = mutate(random, n);
      String type = random.nextInt(5) == 0 ? "application/x-ndjson" : "application/json";
      Response response = raw(type, body);
      String shown = "case " + n + " (seed " + SEED + "): " + new String(body, StandardCharsets.UTF_8);
      assertThat(response.status()).as(shown).isIn(202, 400, 413, 415);
      if (response.status() == 202) {
        response.json().getJsonArray("ids").forEach(id -> accepted.add((String) id));
      } else {
        JsonObject error = response.json().getJsonObject("error");
        assertThat(error.getString("code")).as(shown).isNotBlank();
        assertThat(error.getString("message")).as(shown).isNotBlank();
      }
    }
    assertThat(service.get("/health", null).status()).isEqualTo(200);
    assertThat(accepted).isNotEmpty();
    for (String id : accepted.subList(0, Math.min(20, accepted.size()))) {
      assertThat(service.get("/v1/comments/h-f/twitter/" + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8)
          .replace("+", "%20")).status()).as(id).isEqualTo(200);
    }
  }

  private static byte[] mutate(Random random, int n) {
    JsonObject comment = comment("h-f", "f" + n, "Fuzzed comment " + n + " about my order")
        .put("author", new JsonObject().put("handle", "u" + n).put("followers", random.nextInt(1000)))
        .put("createdAt", Instant.now().minusSeconds(random.nextInt(3600)).toString());
    Object[] odd = {null, -1, 1e308, "", "x".repeat(random.nextInt(20_000)), new JsonArray().add(1), new JsonObject(), true,
        "\u0000", "\ud800", "2026-13-45T99:99:99Z", Long.MAX_VALUE, "../../etc/passwd", "🙂".repeat(50)};
    String[] fields = {"id", "brand", "platform", "text", "author", "createdAt", "lang", "postId"};
    switch (random.nextInt(6)) {
      case 0 -> comment.put(fields[random.nextInt(fields.length)], odd[random.nextInt(odd.length)]);
      case 1 -> comment.remove(fields[random.nextInt(fields.length)]);
      case 2 -> comment.getJsonObject("author").put("followers", odd[random.nextInt(odd.length)]);
      default -> { }
    }
    byte[] bytes = (random.nextBoolean() ? new JsonArray().add(comment).encode() : comment.encode()).getBytes(StandardCharsets.UTF_8);
    int kind = random.nextInt(5);
    if (kind == 0) {
      for (int flips = 1 + random.nextInt(4); flips > 0; flips--) bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
    } else if (kind == 1) {
      bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
    } else if (kind == 2) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int at = random.nextInt(bytes.length);
      out.write(bytes, 0, at);
      byte[] junk = {'{', '}', '[', ']', '"', ',', ':', '\\', 0, (byte) 0xff, (byte) 0xc3};
      for (int k = random.nextInt(8); k >= 0; k--) out.write(junk[random.nextInt(junk.length)]);
      out.write(bytes, at, bytes.length - at);
      bytes = out.toByteArray();
    }
    return bytes;
  }

  private static Response post(JsonObject comment) {
    return service.post("/v1/comments", comment);
  }

  private static Response raw(String contentType, byte[] body) {
    return service.raw("POST", "/v1/comments", contentType, body, Service.ADMIN);
  }
}
