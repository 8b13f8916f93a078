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

/** The service listens and stores comments while its models load; it analyses them once they are ready. */
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
}
