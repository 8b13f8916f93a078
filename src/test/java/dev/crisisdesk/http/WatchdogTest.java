package dev.crisisdesk.http;

import static org.awaitility.Awaitility.await;
import static dev.crisisdesk.Service.comment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.Service;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A brand whose rules stop answering is parked; the other brands go on. The budget of one firing
 * stops runaway rules first (SandboxBudgetTest); the watchdog is the last line behind it, tested
 * here with a budget raised above the park time.
 */
@Tag("slow")
class WatchdogTest {
  // about two billion calls: several seconds of work on any machine, within the raised budget
  private static final String SLOW = """
      package slow
      import dev.crisisdesk.facts.Comment
      global dev.crisisdesk.facts.Actions actions
      function long spin(int n) { return n <= 0 ? 1 : spin(n - 1) + spin(n - 1); }
      rule "Spin"
      when $c : Comment( text == "spin" )
      then actions.tag($c, "spun " + spin(30));
      end
      rule "Everything goes to all"
      when $c : Comment( )
      then actions.route($c, "all", 1);
      end
      """;

  @TempDir
  Path data;

  @Test
  void brandWhoseRulesStopAnsweringIsParkedWhileOtherBrandsGoOn() {
    try (Service service = Service.start(data, Clock.systemUTC(), config -> config.withParkAfter(Duration.ofSeconds(1))
        .withRuleBudget(new dev.crisisdesk.rules.sandbox.Budget.Limits(Duration.ofMinutes(5), 256L << 20)))) {
      service.put("/v1/rules?brand=stuck", new JsonObject().put("files", new JsonObject().put("slow.drl", SLOW)
          .put("queues.json", "[{\"name\": \"all\", \"slaMinutes\": 60}]")));
      service.post("/v1/comments", comment("stuck", "spinner", "spin"));

      awaitParked(service, true);
      service.post("/v1/comments", comment("stuck", "next", "hello"));
      JsonObject next = service.awaitProcessed("stuck", "twitter", "next");
      JsonObject elsewhere = service.ingest(comment("fine", "x", "How do I reset my password?"));

      assertThat(next.getString("status")).isEqualTo("failed");
      assertThat(next.getString("error")).contains("parked");
      assertThat(elsewhere.getInteger("accepted")).isEqualTo(1);
      assertThat(service.get("/v1/comments/fine/twitter/x").json().getString("status")).isEqualTo("queued");

      JsonObject spun = service.awaitProcessed("stuck", "twitter", "spinner");
      awaitParked(service, false);
      assertThat(spun.getString("status")).isEqualTo("queued");
    }
  }

  private static void awaitParked(Service service, boolean parked) {
    await().alias("brand 'stuck' " + (parked ? "parked" : "unparked")).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
        .until(() -> service.get("/health", null).json().getJsonArray("parkedBrands").contains("stuck") == parked);
  }
}
