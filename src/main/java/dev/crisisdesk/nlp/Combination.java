package dev.crisisdesk.nlp;

import dev.crisisdesk.facts.Sentiment;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * How the three sentiment models are combined, chosen by cross-validation on the validation split
 * by {@link BlendTrainer}: {@code p = transformer * t + social * s + (1 - transformer - social) * rntn}
 * over negative, neutral, positive, with the neutral probability scaled by {@code neutralScale} and
 * the negative one by {@code negativeScale} before the most likely class is taken. The scales undo the
 * training split's class shares: macro-recall counts each class alike, and the training tweets hold
 * twice as many positive as negative ones. The score is {@code p(positive) - p(negative)}; beyond
 * ±{@value #STRONG} a polar label is "very".
 *
 * <p>The RNTN needs a full parse, the most expensive stage. When the RNTN's weight is 0, or when the
 * other two models' blend is sure (its most likely class above {@code gate}), the parse is skipped
 * and {@code p} is their blend alone. A gate of 1 parses every comment the RNTN has a weight for.
 */
record Combination(double transformer, double social, double neutralScale, double negativeScale, double gate) {
  static final String FILE = "sentiment-combination.properties";
  static final double STRONG = 0.6;
  private static final int NEG = 0;
  private static final int NEU = 1;
  private static final int POS = 2;

  Combination {
    if (transformer < 0 || social < 0 || transformer + social > 1 + 1e-9) {
      throw new IllegalArgumentException("weights must be >= 0 and sum to at most 1: transformer " + transformer + ", social " + social);
    }
    if (neutralScale <= 0) throw new IllegalArgumentException("neutralScale <= 0: " + neutralScale);
    if (negativeScale <= 0) throw new IllegalArgumentException("negativeScale <= 0: " + negativeScale);
    if (gate < 0 || gate > 1) throw new IllegalArgumentException("gate outside [0, 1]: " + gate);
  }

  /** Without a negative scale (1). */
  Combination(double transformer, double social, double neutralScale, double gate) {
    this(transformer, social, neutralScale, 1, gate);
  }

  Combination withGate(double newGate) {
    return new Combination(transformer, social, neutralScale, negativeScale, newGate);
  }

  double rntn() {
    return Math.max(0, 1 - transformer - social);
  }

  static Combination load(Path modelsDir) throws IOException {
    Path file = modelsDir.resolve(FILE);
    Properties p = ModelProperties.read(file);
    try {
      return new Combination(Double.parseDouble(p.getProperty("transformer", "0")), Double.parseDouble(p.getProperty("social")),
          Double.parseDouble(p.getProperty("neutralScale")), Double.parseDouble(p.getProperty("negativeScale", "1")),
          Double.parseDouble(p.getProperty("gate", "1")));
    } catch (NullPointerException | IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": needs social, neutralScale and optionally transformer, negativeScale and gate: " + e.getMessage(), e);
    }
  }

  void save(Path modelsDir, String comment) throws IOException {
    StringBuilder out = new StringBuilder("# " + comment.replace("\n", "\n# ") + "\n");
    out.append("gate = ").append(gate).append('\n');
    out.append("negativeScale = ").append(negativeScale).append('\n');
    out.append("neutralScale = ").append(neutralScale).append('\n');
    out.append("social = ").append(social).append('\n');
    out.append("transformer = ").append(transformer).append('\n');
    try (Writer writer = Files.newBufferedWriter(modelsDir.resolve(FILE), StandardCharsets.UTF_8)) {
      writer.write(out.toString());
    }
  }

  /** The RNTN's five classes folded into negative, neutral, positive. */
  static double[] fold(double[] fiveWay) {
    return new double[] {fiveWay[0] + fiveWay[1], fiveWay[2], fiveWay[3] + fiveWay[4]};
  }

  /** Whether the parse can be skipped: the RNTN has no weight, or the other two are sure. */
  boolean confident(double[] withoutRntn) {
    return rntn() == 0 || Math.max(withoutRntn[NEG], Math.max(withoutRntn[NEU], withoutRntn[POS])) > gate;
  }

  /** The blend of the transformer and the social classifier, renormalised: what is used without a parse. */
  double[] withoutRntn(double[] t, double[] s) {
    double total = transformer + social;
    double[] p = new double[3];
    for (int i = 0; i < 3; i++) p[i] = total == 0 ? (t[i] + s[i]) / 2 : (transformer * t[i] + social * s[i]) / total;
    return p;
  }

  /** The combined distribution; the RNTN is asked for its five-way distribution only when it is needed. */
  double[] combine(double[] t, double[] s, Supplier<double[]> rntnFiveWay) {
    double[] known = withoutRntn(t, s);
    if (confident(known)) return known;
    double[] r = fold(rntnFiveWay.get());
    double[] p = new double[3];
    for (int i = 0; i < 3; i++) p[i] = transformer * t[i] + social * s[i] + rntn() * r[i];
    return p;
  }

  static double score(double[] p) {
    return Math.max(-1, Math.min(1, p[POS] - p[NEG]));
  }

  /** 0 negative, 1 neutral, 2 positive: TweetEval's labels. */
  int threeWay(double[] p) {
    double neutral = p[NEU] * neutralScale;
    double negative = p[NEG] * negativeScale;
    if (neutral >= negative && neutral >= p[POS]) return NEU;
    return negative > p[POS] ? NEG : POS;
  }

  Sentiment label(double[] p) {
    double score = score(p);
    return switch (threeWay(p)) {
      case NEG -> score <= -STRONG ? Sentiment.VERY_NEGATIVE : Sentiment.NEGATIVE;
      case POS -> score >= STRONG ? Sentiment.VERY_POSITIVE : Sentiment.POSITIVE;
      default -> Sentiment.NEUTRAL;
    };
  }
}
