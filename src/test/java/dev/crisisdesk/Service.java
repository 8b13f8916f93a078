package dev.crisisdesk;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.fail;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/** The real service on a loopback port over a data folder, driven over HTTP like any client. */
public final class Service implements AutoCloseable {
  public static final String ADMIN = "test-admin-key";
  // HTTP/1.1, as integrations speak it: the JDK client's default h2c upgrade raced on a large answer (openapi.json)
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  private final App app;
  private final String base;

  private Service(App app, int port) {
    this.app = app;
    this.base = "http://127.0.0.1:" + port;
  }

  /** A client of a service some other process runs on this loopback port; closing it stops nothing. */
  public static Service connect(int port) {
    return new Service(null, port);
  }

  public static Service start(Path data) {
    return start(data, java.time.Clock.systemUTC());
  }

  public static Service start(Path data, java.time.Clock clock) {
    return start(data, clock, java.util.function.UnaryOperator.identity());
  }

  public static Service start(Path data, java.time.Clock clock, java.util.function.UnaryOperator<Config> tweak) {
    return start(data, SharedModels.analyzer(), clock, tweak);
  }

  public static Service start(Path data, dev.crisisdesk.nlp.TextAnalysis analysis, java.time.Clock clock,
      java.util.function.UnaryOperator<Config> tweak) {
    try {
      App app = App.start(tweak.apply(Config.defaults(data, Path.of("rules"), Path.of("models"), ADMIN)), analysis, clock);
      return new Service(app, app.port());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A client of an app this test started itself; closing it closes the app. */
  public static Service of(App app) {
    return new Service(app, app.port());
  }

  public record Response(int status, String body, java.net.http.HttpHeaders headers) {
    public JsonObject json() {
      return new JsonObject(body);
    }
  }

  public Response get(String path) {
    return send(request(path, ADMIN).GET());
  }

  public Response get(String path, String key) {
    return send(request(path, key).GET());
  }

  public Response post(String path, Object json) {
    return post(path, json, ADMIN);
  }

  public Response post(String path, Object json, String key) {
    return raw("POST", path, "application/json", json.toString().getBytes(StandardCharsets.UTF_8), key);
  }

  public Response put(String path, Object json) {
    return put(path, json, ADMIN);
  }

  public Response put(String path, Object json, String key) {
    return raw("PUT", path, "application/json", json.toString().getBytes(StandardCharsets.UTF_8), key);
  }

  public Response patch(String path, Object json) {
    return raw("PATCH", path, "application/json", json.toString().getBytes(StandardCharsets.UTF_8), ADMIN);
  }

  public Response delete(String path) {
    return delete(path, ADMIN);
  }

  public Response delete(String path, String key) {
    return send(request(path, key).DELETE());
  }

  public Response raw(String method, String path, String contentType, byte[] body, String key) {
    HttpRequest.Builder request = request(path, key).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) request.header("Content-Type", contentType);
    return send(request);
  }

  private HttpRequest.Builder request(String path, String key) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (key != null) builder.header("Authorization", "Bearer " + key);
    return builder;
  }

  private static Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Posts comments (202 expected) and waits until every one is processed. */
  public JsonObject ingest(JsonObject... comments) {
    Response response = post("/v1/comments", new JsonArray(java.util.List.of((Object[]) comments)));
    if (response.status() != 202) fail("ingest answered " + response.status() + ": " + response.body());
    for (JsonObject comment : comments) awaitProcessed(comment.getString("brand"), comment.getString("platform"), comment.getString("id"));
    return response.json();
  }

  public JsonObject awaitProcessed(String brand, String platform, String id) {
    String path = "/v1/comments/" + brand + "/" + platform + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    return await().alias("comment " + id + " processed").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
        .until(() -> get(path), response -> response.status() == 200 && !"received".equals(response.json().getString("status"))).json();
  }

  /** The answer is the contract's JSON error with this status and code, and a message. */
  public static void assertError(Response response, int status, String code) {
    org.assertj.core.api.Assertions.assertThat(response.status()).as(response.body()).isEqualTo(status);
    org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    org.assertj.core.api.Assertions.assertThat(response.json().getJsonObject("error").getString("code")).isEqualTo(code);
    org.assertj.core.api.Assertions.assertThat(response.json().getJsonObject("error").getString("message")).isNotBlank();
  }

  public static JsonObject comment(String brand, String id, String text) {
    return new JsonObject().put("id", id).put("brand", brand).put("platform", "twitter").put("text", text);
  }

  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public App app() {
    return app;
  }

  @Override
  public void close() {
    if (app != null) app.close();
  }
}
