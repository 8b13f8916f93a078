package dev.crisisdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CombinationTest {
  private final AtomicInteger parses = new AtomicInteger();
  private final Combination combination = new Combination(0.5, 0.2, 0.6, 0.84);

  private double[] rntn() {
    parses.incrementAndGet();
    return new double[] {0.5, 0.3, 0.1, 0.1, 0};
  }

  @Test
  void sureModelsSkipTheParse() {
    double[] sure = {0.05, 0.05, 0.9};
    assertThat(combination.combine(sure, sure, this::rntn)).containsExactly(new double[] {0.05, 0.05, 0.9}, offset(1e-12));
    assertThat(parses).hasValue(0);
  }

  @Test
  void unsureModelsAreCombinedWithTheRntn() {
    double[] p = combination.combine(new double[] {0.4, 0.2, 0.4}, new double[] {0.3, 0.4, 0.3}, this::rntn);
    assertThat(parses).hasValue(1);
    assertThat(p[0]).isCloseTo(0.5 * 0.4 + 0.2 * 0.3 + 0.3 * 0.8, offset(1e-9));
    assertThat(combination.threeWay(p)).isZero();
  }

  @Test
  void aGateOfOneParsesEveryComment() {
    double[] certain = {0, 0, 1};
    combination.withGate(1).combine(certain, certain, this::rntn);
    assertThat(parses).hasValue(1);
  }

  @Test
  void anRntnWithoutWeightIsNeverParsed() {
    double[] p = new Combination(0.8, 0.2, 1, 1).combine(new double[] {0.4, 0.3, 0.3}, new double[] {0.2, 0.5, 0.3}, this::rntn);
    assertThat(parses).hasValue(0);
    assertThat(p[0]).isCloseTo(0.8 * 0.4 + 0.2 * 0.2, offset(1e-9));
  }
}
