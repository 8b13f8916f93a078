package dev.crisisdesk.http;

import static org.awaitility.Awaitility.await;

import dev.crisisdesk.Service;
import dev.crisisdesk.log.CommentLog;
import java.time.Duration;
import java.util.List;

/** Which node of two reads which partitions of the comment log, as their {@code /health} says. */
final class Partitions {
  private Partitions() {}

  /** Waits until the two nodes split the log's partitions; answers the second node's. */
  static List<Integer> awaitSplit(Service one, Service two) {
    return await().alias("the two nodes split the log's partitions").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
        .until(() -> List.of(of(one), of(two)), split -> !split.get(0).isEmpty() && !split.get(1).isEmpty()
            && split.get(0).size() + split.get(1).size() == 12).get(1);
  }

  static List<Integer> of(Service node) {
    return node.get("/health", null).json().getJsonArray("logPartitions").stream().map(p -> (Integer) p).toList();
  }

  /** A brand name starting with the prefix whose comments land on one of these partitions. */
  static String brandOn(String prefix, List<Integer> partitions) {
    for (int i = 0; ; i++) if (partitions.contains(CommentLog.partitionOf(prefix + i, 12))) return prefix + i;
  }
}
