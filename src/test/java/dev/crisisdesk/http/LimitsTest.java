package dev.crisisdesk.http;

import static dev.crisisdesk.Service.comment;
import static dev.crisisdesk.http.IngestApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.Service;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-key request rate and slow bodies, on a service started with tight limits. */
@Tag("slow")
class LimitsTest {
  private static final int RATE = 5;

  @TempDir
  static Path data;

  static Service service;

  @BeforeAll
  static void start() {
    service = Service.start(data, Clock.systemUTC(),
        config -> config.withLimits(config.maxBodyBytes(), RATE, Duration.ofSeconds(1)));
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void aKeyOverItsRateGets429WithRetryAfterAndOtherKeysAreUnaffected() {
    String busy = key("manager", "lim-a");
    String calm = key("manager", "lim-a");
    List<Service.Response> answers = new ArrayList<>();
    for (int i = 0; i < 4 * RATE; i++) answers.add(service.get("/v1/queues?brand=lim-a", busy));

    Service.Response limited = answers.stream().filter(r -> r.status() == 429).findFirst().orElseThrow();
    assertError(limited, 429, "rate_limited");
    assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isPositive());
    assertThat(answers.stream().filter(r -> r.status() == 200).count()).isBetween((long) 2 * RATE - 1, (long) 3 * RATE);
    assertThat(service.get("/v1/queues?brand=lim-a", calm).status()).isEqualTo(200);

    Service.sleep(1000L * Integer.parseInt(limited.headers().firstValue("Retry-After").orElseThrow()) + 200);
    assertThat(service.get("/v1/queues?brand=lim-a", busy).status()).isEqualTo(200);
  }

  @Test
  void aBodyThatTricklesInGets408AndItsConnectionClosedWhileOthersAreServed() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", service.app().port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /v1/comments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + Service.ADMIN
          + "\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"id\":").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long started = System.nanoTime();
      assertThat(service.get("/health", null).status()).isEqualTo(200);

      String answer = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
      long waited = Duration.ofNanos(System.nanoTime() - started).toMillis();
      assertThat(answer).startsWith("HTTP/1.1 408").contains("\"code\":\"request_timeout\"");
      assertThat(waited).isBetween(500L, 8_000L);
    }
    assertThat(service.post("/v1/comments", comment("lim-b", "after", "still fine")).status()).isEqualTo(202);
  }

  private static byte[] readAll(InputStream in) throws java.io.IOException {
    return in.readAllBytes();
  }

  private static String key(String role, String brand) {
    return service.post("/v1/keys", new JsonObject().put("role", role).put("brands", new JsonArray().add(brand))).json().getString("key");
  }
}
