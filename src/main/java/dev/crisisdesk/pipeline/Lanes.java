package dev.crisisdesk.pipeline;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One lane per brand ({@link SerialExecutor}) on a small shared pool, and the watchdog over them: a
 * brand whose lane has run one task for longer than the limit is parked (a replacement thread
 * keeps the other brands going); it is unparked when that task returns.
 */
final class Lanes {
  private static final Logger LOG = LoggerFactory.getLogger(Lanes.class);
  static final int THREADS = 2;

  private final ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(THREADS, named("rules"));
  private final Map<String, SerialExecutor> lanes = new ConcurrentHashMap<>();
  // brands whose rules stopped answering: their new comments fail at once until the lane frees up
  private final Set<String> parked = ConcurrentHashMap.newKeySet();
  private final long parkAfterMillis;

  Lanes(long parkAfterMillis) {
    this.parkAfterMillis = parkAfterMillis;
  }

  /** Runs a task on the brand's lane: after the brand's tasks handed over before it. */
  void run(String brand, Runnable task) {
    lanes.computeIfAbsent(brand, name -> new SerialExecutor(pool)).execute(task);
  }

  boolean isParked(String brand) {
    return parked.contains(brand);
  }

  Set<String> parked() {
    return Set.copyOf(parked);
  }

  /** Parks the brands whose lane is stuck past the limit, and unparks those whose lane answered again. */
  void watch() {
    long now = System.currentTimeMillis();
    lanes.forEach((brand, lane) -> {
      long since = lane.busySince();
      if (since > 0 && now - since > parkAfterMillis && parked.add(brand)) {
        LOG.error("brand {} parked: its rules have not answered for {} s; its new comments fail until they do", brand, (now - since) / 1000);
        resize(+1);
      } else if (since == 0 && parked.remove(brand)) {
        LOG.warn("brand {} unparked: its rules answered again", brand);
        resize(-1);
      }
    });
  }

  private synchronized void resize(int delta) {
    int size = THREADS + parked.size();
    if (delta > 0) {
      pool.setMaximumPoolSize(size);
      pool.setCorePoolSize(size);
    } else {
      pool.setCorePoolSize(size);
      pool.setMaximumPoolSize(size);
    }
  }

  /** Lets the tasks under way and queued finish, for up to 30 seconds. */
  void close() {
    pool.shutdown();
    awaitQuietly(pool);
  }

  static void awaitQuietly(ExecutorService pool) {
    try {
      if (!pool.awaitTermination(30, TimeUnit.SECONDS)) pool.shutdownNow();
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  static ThreadFactory named(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
