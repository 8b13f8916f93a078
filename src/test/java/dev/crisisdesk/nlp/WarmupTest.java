package dev.crisisdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WarmupTest {
  private static final Analysis NOTHING = null;

  @Test
  void everySampleIsAnalyzedOnceWhenThereIsTime() {
    Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    List<String> samples = Warmup.samples();

    Warmup.Done done = Warmup.run(text -> {
      seen.computeIfAbsent(text, t -> new AtomicInteger()).incrementAndGet();
      return NOTHING;
    }, samples, 2, Duration.ofMinutes(1));

    assertThat(samples).hasSize(600).doesNotHaveDuplicates().allSatisfy(text -> assertThat(text).isNotBlank());
    assertThat(done.comments()).isEqualTo(600);
    assertThat(seen).hasSize(600).allSatisfy((text, count) -> assertThat(count.get()).isOne());
  }

  @Test
  void theServicesWarmUpGoesOverEverySampleThreeTimes() {
    Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();

    Warmup.Done done = Warmup.run(text -> {
      seen.computeIfAbsent(text, t -> new AtomicInteger()).incrementAndGet();
      return NOTHING;
    }, 2, Duration.ofMinutes(1));

    assertThat(done.comments()).isEqualTo(600 * Warmup.PASSES).isEqualTo(1_800);
    assertThat(seen).hasSize(600).allSatisfy((text, count) -> assertThat(count.get()).isEqualTo(Warmup.PASSES));
  }

  @Test
  void aSlowMachineStopsTheWarmUpAtItsBudget() {
    AtomicInteger analyzed = new AtomicInteger();

    Warmup.Done done = Warmup.run(text -> {
      sleep(50);
      analyzed.incrementAndGet();
      return NOTHING;
    }, Warmup.samples(), 2, Duration.ofMillis(300));

    // 2 threads, 50 ms each: about 12 within the budget, plus the ones under way at the deadline
    assertThat(done.comments()).isEqualTo(analyzed.get()).isBetween(2, 40);
    assertThat(done.seconds()).isLessThan(5);
  }

  @Test
  void anAnalysisThatFailsEndsTheWarmUpWithoutStoppingTheService() {
    AtomicInteger calls = new AtomicInteger();

    Warmup.Done done = Warmup.run(text -> {
      if (calls.incrementAndGet() == 5) throw new IllegalStateException("broken model");
      return NOTHING;
    }, Warmup.samples(), 1, Duration.ofMinutes(1));

    assertThat(done.comments()).isEqualTo(4);
    assertThat(calls.get()).isEqualTo(5);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
