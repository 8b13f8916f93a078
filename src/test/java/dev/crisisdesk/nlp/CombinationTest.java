package dev.crisisdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CombinationTest {
  private final AtomicInteger parses = new AtomicInteger();
  private final Combination combination = new Combination(0.6, 0.6, 0.84);

  private double[] rntn() {
    parses.incrementAndGet();
    return new double[] {0.5, 0.3, 0.1, 0.1, 0};
  }

  @Test
  void aConfidentClassifierSkipsTheParse() {
    double[] social = {0.05, 0.05, 0.9};
    assertThat(combination.combine(social, this::rntn)).containsExactly(social);
    assertThat(parses).hasValue(0);
  }

  @Test
  void anUnsureClassifierIsCombinedWithTheRntn() {
    double[] p = combination.combine(new double[] {0.4, 0.2, 0.4}, this::rntn);
    assertThat(parses).hasValue(1);
    assertThat(p[0]).isCloseTo(0.6 * 0.4 + 0.4 * 0.8, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(combination.threeWay(p)).isZero();
  }

  @Test
  void aGateOfOneParsesEveryComment() {
    new Combination(0.6, 0.6).combine(new double[] {0, 0, 1}, this::rntn);
    assertThat(parses).hasValue(1);
  }
}
