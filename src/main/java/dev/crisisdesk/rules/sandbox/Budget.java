package dev.crisisdesk.rules.sandbox;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What one firing of a brand's rules may spend: CPU time and allocated bytes on the thread that
 * runs it. Rule code is instrumented ({@link Instrumenter}) to call {@link #tick()} at every method
 * entry and loop back-edge and to charge array sizes and large string work; the first check past a
 * limit throws {@link BudgetExceeded}, which stops the rule where it stands.
 *
 * <p>A budget belongs to a thread: {@link #run} opens one around engine work and closes it after.
 * Code outside any budget (the engine building a rule base) is not charged. Since every firing
 * ends within its CPU budget, shutdown never waits on a rule for longer than that.
 */
public final class Budget {
  /** Limits of one firing. */
  public record Limits(Duration cpu, long bytes) {
    public static final Limits DEFAULT = new Limits(Duration.ofSeconds(1), 256L << 20);

    public Limits {
      if (cpu.isNegative() || cpu.isZero()) throw new IllegalArgumentException("cpu budget must be positive: " + cpu);
      if (bytes < 1 << 20) throw new IllegalArgumentException("memory budget below 1 MB: " + bytes);
    }

    /** These limits times {@code factor} (a session replaying many comments needs more than one). */
    public Limits times(long factor) {
      long f = Math.max(1, factor);
      return new Limits(cpu.multipliedBy(f), bytes > Long.MAX_VALUE / f ? Long.MAX_VALUE : bytes * f);
    }
  }

  private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  // CPU time is read every this many ticks (a system call); allocation at every tick (a counter)
  private static final int CPU_EVERY = 64;
  private static final int ENTRY_EVERY = 16;

  private final Limits limits;
  private final long cpuStart;
  private final long bytesStart;
  private int ticks;
  private int entries;
  private String spent;

  private Budget(Limits limits) {
    this.limits = limits;
    this.cpuStart = THREADS.getCurrentThreadCpuTime();
    this.bytesStart = THREADS.getCurrentThreadAllocatedBytes();
  }

  /**
   * Runs engine work under a fresh budget. Returns what the work returns; throws
   * {@link BudgetExceeded} if the work ended after spending its budget, even if rule code caught the
   * first throw.
   */
  public static <T> T run(Limits limits, Supplier<T> work) {
    Budget previous = CURRENT.get();
    Budget budget = new Budget(limits);
    CURRENT.set(budget);
    try {
      T result = work.get();
      if (budget.spent != null) throw new BudgetExceeded(budget.spent);
      return result;
    } finally {
      if (previous == null) CURRENT.remove();
      else CURRENT.set(previous);
    }
  }

  /** Called by instrumented rule code at loop back-edges, switches and handlers: a full check. */
  public static void tick() {
    Budget budget = CURRENT.get();
    if (budget != null) budget.check(0);
  }

  /**
   * Called at every method entry of rule code: counted, and fully checked every
   * {@value #ENTRY_EVERY} entries (a constraint is entered for every fact it tests, and recursion
   * deep enough to matter enters thousands of times).
   */
  public static void enter() {
    Budget budget = CURRENT.get();
    if (budget != null && (++budget.entries & (ENTRY_EVERY - 1)) == 0) budget.check(0);
  }

  /** Called before rule code allocates {@code units} elements or characters of {@code width} bytes. */
  public static void charge(long units, int width) {
    if (units < 0) return; // the allocation itself fails
    Budget budget = CURRENT.get();
    if (budget != null) budget.check(units * width);
  }

  /** Called by instrumented code before an array allocation of {@code length} elements. */
  public static int array(int length) {
    charge(length, 8);
    return length;
  }

  private void check(long about) {
    if (spent != null) throw new BudgetExceeded(spent);
    long bytes = THREADS.getCurrentThreadAllocatedBytes() - bytesStart + about;
    if (bytes > limits.bytes()) {
      fail("rule code allocated more than " + (limits.bytes() >> 20) + " MB in one firing");
    }
    if (++ticks % CPU_EVERY == 0 && THREADS.getCurrentThreadCpuTime() - cpuStart > limits.cpu().toNanos()) {
      fail("rule code ran for more than " + limits.cpu().toMillis() + " ms of CPU in one firing");
    }
  }

  private void fail(String why) {
    spent = why;
    throw new BudgetExceeded(why);
  }
}
