package dev.crisisdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncoderHeadTest {
  @TempDir Path dir;

  @Test
  void featuresAreThePooledEncodingThenTheNgramScoreAndItsLogOdds() {
    double[] x = EncoderHead.features(new float[] {0.5f, -1f}, 0.8);

    assertThat(x).containsExactly(new double[] {0.5, -1, 0.8, Math.log(0.8 / 0.2)}, offset(1e-6));
    // a score of exactly 0 or 1 stays finite
    assertThat(EncoderHead.features(new float[] {0f}, 1.0)[1]).isEqualTo(1.0);
    assertThat(EncoderHead.features(new float[] {0f}, 1.0)[2]).isFinite();
    assertThat(EncoderHead.features(new float[] {0f}, 0.0)[2]).isFinite();
  }

  @Test
  void theProbabilityIsALogisticLayerOverStandardizedFeatures() {
    // z = bias + sum w (x - mean) / scale = -1 + 2 * (3 - 1) / 2 = 1
    EncoderHead head = new EncoderHead(new double[] {1, 0, 0, 0}, new double[] {2, 1, 1, 1}, new double[] {2, 0, 0, 0}, -1);

    assertThat(head.probability(new double[] {3, 0, 0, 0})).isCloseTo(1 / (1 + Math.exp(-1)), offset(1e-12));
    assertThat(head.score(new float[] {3f, 9f}, 0.5)).isCloseTo(1 / (1 + Math.exp(-1)), offset(1e-12));
    assertThatThrownBy(() -> head.score(new float[] {3f}, 0.5)).hasMessageContaining("reads 2 numbers");
  }

  @Test
  void aWrittenHeadLoadsBackTheSame() throws Exception {
    EncoderHead head = new EncoderHead(new double[] {0.1, 0.2, 0.3}, new double[] {1, 2, 3}, new double[] {-0.5, 0.25, 4}, 0.75);
    head.write(dir.resolve(EncoderHead.ATTACK), List.of("a test head"));

    EncoderHead loaded = EncoderHead.load(dir.resolve(EncoderHead.ATTACK));

    double[] x = {1, -2, 0.5};
    assertThat(loaded.probability(x)).isCloseTo(head.probability(x), offset(1e-5));
    assertThat(Files.readString(dir.resolve(EncoderHead.ATTACK))).startsWith("# a test head\n");
  }

  @Test
  void noFileMeansNoHeadAndABadFileIsNamed() throws Exception {
    assertThat(EncoderHead.load(dir.resolve(EncoderHead.ATTACK))).isNull();

    Files.writeString(dir.resolve(EncoderHead.ATTACK), "bias = 0\nweights = 1,2\nmean = 0\n");
    assertThatThrownBy(() -> EncoderHead.load(dir.resolve(EncoderHead.ATTACK))).hasMessageContaining(EncoderHead.ATTACK).hasMessageContaining("scale is missing");

    Files.writeString(dir.resolve(EncoderHead.ATTACK), "bias = 0\nweights = 1,2\nmean = 0,0\nscale = 1\n");
    assertThatThrownBy(() -> EncoderHead.load(dir.resolve(EncoderHead.ATTACK))).hasMessageContaining(EncoderHead.ATTACK).hasMessageContaining("one value per feature");

    Files.writeString(dir.resolve(EncoderHead.ATTACK), "bias = 0\nweights = 1,x\nmean = 0,0\nscale = 1,1\n");
    assertThatThrownBy(() -> EncoderHead.load(dir.resolve(EncoderHead.ATTACK))).hasMessageContaining(EncoderHead.ATTACK);

    Files.writeString(dir.resolve(EncoderHead.ATTACK), "bias = 0\nweights = 1,NaN\nmean = 0,0\nscale = 1,1\n");
    assertThatThrownBy(() -> EncoderHead.load(dir.resolve(EncoderHead.ATTACK))).hasMessageContaining(EncoderHead.ATTACK).hasMessageContaining("finite");

    Files.writeString(dir.resolve(EncoderHead.ATTACK), "bias = 0\nweights = 1,2\nmean = 0,0\nscale = 1,0\n");
    assertThatThrownBy(() -> EncoderHead.load(dir.resolve(EncoderHead.ATTACK))).hasMessageContaining("above 0");
  }
}
