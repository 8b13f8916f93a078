package dev.crisisdesk.pipeline;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs its tasks one at a time, in order, on a shared pool: one brand's lane. */
final class SerialExecutor implements Executor {
  private static final Logger LOG = LoggerFactory.getLogger(SerialExecutor.class);

  /** The lane whose task this thread runs, if any. */
  private static final ThreadLocal<SerialExecutor> CURRENT = new ThreadLocal<>();

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

  /**
   * Waits for what a lane's task needs from elsewhere (a comment's analysis, which waits for the
   * models at start) with the lane counted idle meanwhile: the watchdog parks brands whose rules stop
   * answering, not brands waiting for their input.
   */
  static <T> T idleWhile(Future<T> input) throws InterruptedException, ExecutionException {
    SerialExecutor lane = CURRENT.get();
    if (lane == null || input.isDone()) return input.get();
    lane.busySince = 0;
    try {
      return input.get();
    } finally {
      lane.busySince = System.currentTimeMillis();
    }
  }

  /** When the task under way started (wall clock), or 0 when the lane is idle. */
  long busySince() {
    return busySince;
  }

  private void drain() {
    CURRENT.set(this);
    try {
      drainAll();
    } finally {
      CURRENT.remove();
    }
  }

  private void drainAll() {
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
