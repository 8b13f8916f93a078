package dev.crisisdesk.nlp;

import dev.crisisdesk.facts.Sentiment;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * How the two sentiment models are combined, chosen on the validation split by the trainer:
 * {@code p = weight * social + (1 - weight) * rntn} over negative, neutral, positive, with the
 * neutral probability scaled by {@code neutralScale} before the most likely class is taken. The
 * score is {@code p(positive) - p(negative)}; beyond ±{@value #STRONG} a polar label is "very".
 *
 * <p>The RNTN needs a full parse, a hundred times the cost of the social classifier. When the
 * social classifier's most likely class has a probability above {@code gate}, the parse is skipped
 * and {@code p = social}: on val those comments are the ones the RNTN almost never changes. A gate
 * of 1 parses every comment.
 */
record Combination(double weight, double neutralScale, double gate) {
  static final String FILE = "sentiment-combination.properties";
  static final double STRONG = 0.6;
  private static final int NEG = 0;
  private static final int NEU = 1;
  private static final int POS = 2;

  Combination {
    if (weight < 0 || weight > 1) throw new IllegalArgumentException("weight outside [0, 1]: " + weight);
    if (neutralScale <= 0) throw new IllegalArgumentException("neutralScale <= 0: " + neutralScale);
    if (gate < 0 || gate > 1) throw new IllegalArgumentException("gate outside [0, 1]: " + gate);
  }

  Combination(double weight, double neutralScale) {
    this(weight, neutralScale, 1);
  }

  Combination withGate(double newGate) {
    return new Combination(weight, neutralScale, newGate);
  }

  /** Whether the social classifier is sure enough that the RNTN's parse is not needed. */
  boolean confident(double[] social) {
    return Math.max(social[NEG], Math.max(social[NEU], social[POS])) > gate;
  }

  static Combination load(Path modelsDir) throws IOException {
    Properties p = new Properties();
    try (Reader reader = Files.newBufferedReader(modelsDir.resolve(FILE), StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    return new Combination(Double.parseDouble(p.getProperty("weight")), Double.parseDouble(p.getProperty("neutralScale")),
        Double.parseDouble(p.getProperty("gate", "1")));
  }

  void save(Path modelsDir, String comment) throws IOException {
    Properties p = new Properties() {
      @Override
      public synchronized java.util.Enumeration<Object> keys() {
        return java.util.Collections.enumeration(new java.util.TreeSet<>(super.keySet()));
      }
    };
    p.setProperty("weight", String.valueOf(weight));
    p.setProperty("neutralScale", String.valueOf(neutralScale));
    p.setProperty("gate", String.valueOf(gate));
    StringBuilder out = new StringBuilder("# " + comment.replace("\n", "\n# ") + "\n");
    p.stringPropertyNames().stream().sorted().forEach(key -> out.append(key).append(" = ").append(p.getProperty(key)).append('\n'));
    try (Writer writer = Files.newBufferedWriter(modelsDir.resolve(FILE), StandardCharsets.UTF_8)) {
      writer.write(out.toString());
    }
  }

  /** The RNTN's five classes folded into negative, neutral, positive. */
  static double[] fold(double[] fiveWay) {
    return new double[] {fiveWay[0] + fiveWay[1], fiveWay[2], fiveWay[3] + fiveWay[4]};
  }

  /** Like {@link #combine} when the RNTN was not run because the social classifier was confident. */
  double[] combine(double[] social, java.util.function.Supplier<double[]> rntnFiveWay) {
    return confident(social) ? social : combine(social, rntnFiveWay.get());
  }

  double[] combine(double[] social, double[] rntnFiveWay) {
    double[] rntn = fold(rntnFiveWay);
    double[] p = new double[3];
    for (int i = 0; i < 3; i++) p[i] = weight * social[i] + (1 - weight) * rntn[i];
    return p;
  }

  static double score(double[] p) {
    return Math.max(-1, Math.min(1, p[POS] - p[NEG]));
  }

  /** 0 negative, 1 neutral, 2 positive: TweetEval's labels. */
  int threeWay(double[] p) {
    double neutral = p[NEU] * neutralScale;
    if (neutral >= p[NEG] && neutral >= p[POS]) return NEU;
    return p[NEG] > p[POS] ? NEG : POS;
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
