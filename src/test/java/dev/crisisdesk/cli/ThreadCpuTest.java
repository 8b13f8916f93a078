package dev.crisisdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
    Thread busy = new Thread(() -> {
      long end = System.nanoTime() + 300_000_000L;
      double x = 0;
      while (System.nanoTime() < end) x += Math.sqrt(x + 1);
      if (x < 0) System.out.println(x);
    }, "spinner-1");
    busy.start();
    // measured while it still runs: an ended thread leaves /proc/self/task
    Thread.sleep(250);
    Map<String, Long> spent = ThreadCpu.since(before);
    busy.join();

    assertThat(spent.get("spinner")).isBetween(100L, 400L);
    assertThat(ThreadCpu.process() - process).isGreaterThanOrEqualTo(spent.get("spinner"));
    assertThat(ThreadCpu.machineBusy()).isPositive();
  }
}
