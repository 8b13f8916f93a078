package dev.crisisdesk.pipeline;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs its tasks one at a time, in order, on a shared pool: one brand's lane. */
final class SerialExecutor implements Executor {
  private static final Logger LOG = LoggerFactory.getLogger(SerialExecutor.class);

  private final Executor pool;
  // guarded by this; running is true while a drain is scheduled or under way
  private final Queue<Runnable> tasks = new ArrayDeque<>();
  private boolean running;
  // wall-clock millis when the task under way started, 0 when idle: what the watchdog reads
  private volatile long busySince;

  SerialExecutor(Executor pool) {
    this.pool = pool;
  }

  @Override
  public synchronized void execute(Runnable task) {
    tasks.add(task);
    if (!running) {
      running = true;
      pool.execute(this::drain);
    }
  }

  /** When the task under way started (wall clock), or 0 when the lane is idle. */
  long busySince() {
    return busySince;
  }

  private void drain() {
    while (true) {
      Runnable task;
      synchronized (this) {
        task = tasks.poll();
        if (task == null) {
          running = false;
          return;
        }
      }
      busySince = System.currentTimeMillis();
      try {
        task.run();
      } catch (RuntimeException | Error e) {
        LOG.error("a lane task failed", e);
      } finally {
        busySince = 0;
      }
    }
  }
}
