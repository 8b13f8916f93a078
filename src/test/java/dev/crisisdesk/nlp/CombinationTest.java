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

  @Test
  void theScalesWeighEachClassBeforeTheMostLikelyIsTaken() {
    double[] p = {0.3, 0.35, 0.35};
    assertThat(new Combination(1, 0, 1, 1, 1).threeWay(p)).as("ties go to neutral").isEqualTo(1);
    assertThat(new Combination(1, 0, 0.8, 1, 1).threeWay(p)).as("neutral scaled down, ties of the polar classes go to positive").isEqualTo(2);
    assertThat(new Combination(1, 0, 0.8, 1.4, 1).threeWay(p)).as("0.3 x 1.4 outweighs 0.35").isZero();
    assertThat(new Combination(1, 0, 1, 1.4, 1).label(p)).as("the label follows the scaled choice").isEqualTo(dev.crisisdesk.facts.Sentiment.NEGATIVE);
  }

  @Test
  void aFileWithoutANegativeScaleLeavesItAtOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Files.writeString(dir.resolve(Combination.FILE), "gate = 0.5\nneutralScale = 0.4\nsocial = 0.1\ntransformer = 0.8\n");
    assertThat(Combination.load(dir)).isEqualTo(new Combination(0.8, 0.1, 0.4, 1, 0.5));
    new Combination(0.8, 0.1, 0.4, 1.4, 0.5).save(dir, "test");
    assertThat(Combination.load(dir).negativeScale()).isEqualTo(1.4);
  }
}
