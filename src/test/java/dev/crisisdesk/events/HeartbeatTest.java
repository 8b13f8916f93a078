package dev.crisisdesk.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.SseClient;
import dev.crisisdesk.http.Principal;
import dev.crisisdesk.http.Role;
import dev.crisisdesk.http.Blocking;
import dev.crisisdesk.http.Requests;
import dev.crisisdesk.store.Database;
import dev.crisisdesk.store.Events;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A quiet stream still gets a comment line at every heartbeat (a short one here; 15 s in the service). */
class HeartbeatTest {
  @TempDir
  Path data;

  @Test
  void quietStreamGetsHeartbeats() throws Exception {
    Vertx vertx = Vertx.vertx();
    try (Database db = Database.open(data)) {
      EventStream stream = new EventStream(new Events(db), new Blocking(vertx.createSharedWorkerExecutor("test-store", 2)),
          Duration.ofMillis(200));
      Router router = Router.router(vertx);
      router.get("/v1/events").handler(ctx -> {
        ctx.put(Requests.PRINCIPAL, new Principal("k", "test", Role.MANAGER, Set.of("hb-a")));
        ctx.next();
      }).handler(stream::stream);
      HttpServer server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1").await();
      try (SseClient client = new SseClient(server.actualPort(), "/v1/events?brand=hb-a", "unused", null)) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (client.comments().size() < 3 && System.nanoTime() < deadline) Thread.sleep(50);
        assertThat(client.comments()).hasSizeGreaterThanOrEqualTo(3).allMatch(line -> line.equals(": heartbeat"));
      }
    } finally {
      vertx.close().await();
    }
  }
}
