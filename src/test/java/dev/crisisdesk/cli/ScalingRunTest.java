package dev.crisisdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.KafkaBroker;
import dev.crisisdesk.store.TestStores;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --scaling} end to end, small: one node pinned to core 0, then two pinned to cores 0
 * and 1, on a real PostgreSQL store and a real Kafka log, each fed over HTTP and then straight from
 * the log. The rates are the machine's to say; this checks the run completes with every comment
 * processed (it waits for each one) and reports what it promises.
 */
@Tag("slow")
class ScalingRunTest {
  @TempDir
  Path dir;

  @Test
  void oneNodeThenTwoPinnedToACoreEachProcessEveryCommentAndReportTheirRatios() throws Exception {
    String store = TestStores.freshPostgres();
    try (KafkaBroker broker = KafkaBroker.start(Files.createDirectories(dir.resolve("kafka")))) {
      List<String> measured = BenchCommand.corpus(120, 7);

      JsonObject result = new ScalingRun(store, broker.url(), Path.of("rules"), Path.of("models"), new Load(4)).measure(40, measured);

      for (String run : List.of("oneNode", "twoNodes")) {
        JsonObject nodes = result.getJsonObject(run);
        assertThat(nodes.getInteger("nodes")).isEqualTo(run.equals("oneNode") ? 1 : 2);
        assertThat(nodes.getDouble("perSecond")).as(run + " over HTTP").isPositive();
        assertThat(nodes.getDouble("fromLogPerSecond")).as(run + " from the log").isPositive();
        assertThat(nodes.getDouble("nodeCores")).as(run + ": the nodes' cores").isPositive();
      }
      assertThat(result.getDouble("ratio")).isPositive();
      assertThat(result.getDouble("ratioFromLog")).isPositive();
    }
  }
}
