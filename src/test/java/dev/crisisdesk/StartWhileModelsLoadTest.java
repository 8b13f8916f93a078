package dev.crisisdesk;

import static dev.crisisdesk.Service.comment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.nlp.LoadingAnalysis;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service listens and stores comments while its models load and its rules compile; it analyses
 * and decides them once both are ready.
 */
@Tag("slow")
class StartWhileModelsLoadTest {
  @TempDir
  Path data;

  @Test
  void aCommentPostedWhileTheModelsLoadIsStoredAndProcessedOnceTheyAre() throws Exception {
    CountDownLatch modelsOnDisk = new CountDownLatch(1);
    LoadingAnalysis analysis = new LoadingAnalysis(() -> {
      try {
        modelsOnDisk.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return SharedModels.analyzer();
    }).start();
    try (Service service = Service.start(data, analysis, Clock.systemUTC(), UnaryOperator.identity())) {
      assertThat(service.get("/health").json().getString("status")).isEqualTo("starting");
      assertThat(service.post("/v1/comments", comment("early", "c1", "Where is my package? It's been two weeks")).status()).isEqualTo(202);
      assertThat(service.get("/v1/comments/early/twitter/c1").json().getString("status")).isEqualTo("received");

      modelsOnDisk.countDown();

      Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
      while (!"queued".equals(service.get("/v1/comments/early/twitter/c1").json().getString("status")) && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
      }
      assertThat(service.get("/v1/comments/early/twitter/c1").json().getString("status")).isEqualTo("queued");
      assertThat(service.get("/health").json().getString("status")).isEqualTo("up");
    }
  }

  @Test
  void aCommentPostedWhileTheRulesCompileIsStoredAndDecidedOnceTheyHave() throws Exception {
    CountDownLatch compileMayRun = new CountDownLatch(1);
    java.util.concurrent.Executor heldBack = task -> new Thread(() -> {
      try {
        compileMayRun.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      task.run();
    }, "rules-compiling").start();
    App app = App.listen(Config.defaults(data, Path.of("rules"), Path.of("models"), Service.ADMIN), SharedModels.analyzer(),
        Clock.systemUTC(), heldBack);
    try (Service service = Service.of(app)) {
      Service.Response rules = service.get("/v1/rules");
      assertThat(rules.status()).isEqualTo(503);
      assertThat(rules.json().getJsonObject("error").getString("code")).isEqualTo("starting");
      assertThat(rules.headers().firstValue("Retry-After")).isPresent();
      assertThat(service.get("/health").json().getString("status")).isEqualTo("starting");
      assertThat(service.post("/v1/comments", comment("early", "c1", "Where is my package? It's been two weeks")).status()).isEqualTo(202);
      Thread.sleep(500);
      assertThat(service.get("/v1/comments/early/twitter/c1").json().getString("status")).isEqualTo("received");

      compileMayRun.countDown();
      app.rulesCompiled().get(60, java.util.concurrent.TimeUnit.SECONDS);

      Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
      while (!"queued".equals(service.get("/v1/comments/early/twitter/c1").json().getString("status")) && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
      }
      assertThat(service.get("/v1/comments/early/twitter/c1").json().getString("status")).isEqualTo("queued");
      assertThat(service.get("/v1/rules").status()).isEqualTo(200);
      assertThat(service.get("/health").json().getString("status")).isEqualTo("up");
    }
  }

  @Test
  void aRuleSetThatDoesNotCompileStopsTheStart(@TempDir Path rules) throws Exception {
    java.nio.file.Files.writeString(rules.resolve("broken.drl"), "package crisisdesk\nrule \"half\"\nwhen\n  Comment( \nthen\nend\n");
    Config config = Config.defaults(data, rules, Path.of("models"), Service.ADMIN);

    App listening = App.listen(config, SharedModels.analyzer(), Clock.systemUTC());
    try {
      assertThat(listening.rulesCompiled()).failsWithin(Duration.ofSeconds(60))
          .withThrowableOfType(java.util.concurrent.ExecutionException.class)
          .withRootCauseInstanceOf(dev.crisisdesk.rules.InvalidRulesException.class);
    } finally {
      listening.close();
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> App.start(config, SharedModels.analyzer()))
        .isInstanceOf(dev.crisisdesk.rules.InvalidRulesException.class);
  }
}
