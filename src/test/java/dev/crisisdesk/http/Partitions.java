package dev.crisisdesk.http;

import dev.crisisdesk.Service;
import dev.crisisdesk.log.CommentLog;
import java.time.Duration;
import java.util.List;

/** Which node of two reads which partitions of the comment log, as their {@code /health} says. */
final class Partitions {
  private Partitions() {}

  /** Waits until the two nodes split the log's partitions; answers the second node's. */
  static List<Integer> awaitSplit(Service one, Service two) {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      List<Integer> ofOne = of(one);
      List<Integer> ofTwo = of(two);
      if (!ofOne.isEmpty() && !ofTwo.isEmpty() && ofOne.size() + ofTwo.size() == 12) return ofTwo;
      Service.sleep(200);
    }
    throw new AssertionError("the two nodes did not split the log's partitions within 90 s");
  }

  static List<Integer> of(Service node) {
    return node.get("/health", null).json().getJsonArray("logPartitions").stream().map(p -> (Integer) p).toList();
  }

  /** A brand name starting with the prefix whose comments land on one of these partitions. */
  static String brandOn(String prefix, List<Integer> partitions) {
    for (int i = 0; ; i++) if (partitions.contains(CommentLog.partitionOf(prefix + i, 12))) return prefix + i;
  }
}
