package dev.crisisdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The benchmark's CPU accounting reads real threads' time from /proc, grouped by name. */
class ThreadCpuTest {
  @Test
  void threadsOfOnePoolAreOneGroup() {
    assertThat(ThreadCpu.group("analysis-12")).isEqualTo("analysis");
    assertThat(ThreadCpu.group("vert.x-eventloop-thread-1")).isEqualTo("vert.x-eventloop-thread");
    assertThat(ThreadCpu.group("C2 CompilerThre")).isEqualTo("C2 Compiler");
    assertThat(ThreadCpu.group("GC Thread#3")).isEqualTo("GC Thread");
  }

  @Test
  void aBusyThreadsTimeIsCountedInItsGroupAndInTheProcess() throws Exception {
    assumeTrue(Files.exists(Path.of("/proc/self/task")), "Linux only");
    Map<String, Long> before = ThreadCpu.snapshot();
    long process = ThreadCpu.process();
    AtomicBoolean stop = new AtomicBoolean();
    Thread busy = new Thread(() -> {
      double x = 0;
      while (!stop.get()) x += Math.sqrt(x + 1);
      if (x < 0) System.out.println(x);
    }, "spinner-1");
    long start = System.nanoTime();
    busy.start();
    // measured while it still runs (an ended thread leaves /proc/self/task), once it has had 100 ms of
    // CPU: on a busy machine that takes longer than 100 ms of wall time
    Map<String, Long> spent;
    do {
      Thread.sleep(50);
      spent = ThreadCpu.since(before);
    } while (spent.getOrDefault("spinner", 0L) < 100 && System.nanoTime() - start < 20_000_000_000L);
    long wall = (System.nanoTime() - start) / 1_000_000;
    stop.set(true);
    busy.join();

    // never more CPU than the time it ran (a clock tick of slack)
    assertThat(spent.get("spinner")).isBetween(100L, wall + 20);
    assertThat(ThreadCpu.process() - process).isGreaterThanOrEqualTo(spent.get("spinner"));
    assertThat(ThreadCpu.machineBusy()).isPositive();
  }

  @Test
  void anotherProgramsTimeIsCountedUnderItsName() throws Exception {
    assumeTrue(Files.exists(Path.of("/proc/self/task")), "Linux only");
    Map<String, Long> before = ThreadCpu.processes();
    // a shell that counts for a while, then waits to be read
    Process counting = new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done; echo counted; sleep 30").start();
    try {
      assertThat(new String(counting.getInputStream().readNBytes(8))).isEqualTo("counted\n");
      Map<String, Long> spent = ThreadCpu.programsSince(before, java.util.Set.of());

      assertThat(ThreadCpu.processes()).containsKey(counting.pid() + " sh");
      assertThat(spent.get("sh")).isGreaterThanOrEqualTo(100L);
      assertThat(ThreadCpu.programsSince(before, java.util.Set.of(counting.pid())).getOrDefault("sh", 0L)).isLessThan(spent.get("sh"));
    } finally {
      counting.destroyForcibly().waitFor();
    }
  }
}
