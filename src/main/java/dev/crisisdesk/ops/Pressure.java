package dev.crisisdesk.ops;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Why the service should not be sent more work right now, for {@code /health}: the store has no
 * free connection and callers wait for one, the heap is nearly full of live data, or the comment
 * log's reader keeps failing to store what it reads.
 *
 * <p>The heap is judged by what the last collection left (each heap pool's collection usage), not
 * by current use, which includes garbage not yet collected and says nothing by itself.
 */
public final class Pressure {
  /** The share of the heap still live after a collection above which the service is unhealthy. */
  public static final double HEAP_LIMIT = 0.90;

  private final BooleanSupplier storeSaturated;
  private final BooleanSupplier logFailing;
  private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()).toList();

  public Pressure(BooleanSupplier storeSaturated) {
    this(storeSaturated, () -> false);
  }

  /** With the comment log's reader: {@code log_reader_failing} while it retries a batch it could not store. */
  public Pressure(BooleanSupplier storeSaturated, BooleanSupplier logFailing) {
    this.storeSaturated = storeSaturated;
    this.logFailing = logFailing;
  }

  /** The reasons, empty when there is none. */
  public List<String> reasons() {
    List<String> reasons = new ArrayList<>();
    if (storeSaturated.getAsBoolean()) reasons.add("store_saturated");
    if (liveHeapShare() > HEAP_LIMIT) reasons.add("heap_nearly_full");
    if (logFailing.getAsBoolean()) reasons.add("log_reader_failing");
    return reasons;
  }

  /** The share of the maximum heap that survived the last collection of each pool. */
  double liveHeapShare() {
    long max = Runtime.getRuntime().maxMemory();
    if (max <= 0 || max == Long.MAX_VALUE) return 0;
    long live = 0;
    for (MemoryPoolMXBean pool : heapPools) {
      MemoryUsage afterCollection = pool.getCollectionUsage();
      if (afterCollection != null) live += afterCollection.getUsed();
    }
    return (double) live / max;
  }
}
