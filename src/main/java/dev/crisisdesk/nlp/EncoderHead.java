package dev.crisisdesk.nlp;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * A score read from the transformer: a logistic layer over our shared encoder's pooled output and one
 * n-gram score. The encoder has already read the comment for sentiment and abuse, so a head costs a
 * few hundred multiplications. Two ship:
 * <ul>
 *   <li>{@value #ATTACK}, the attack score, over the n-gram attack score ({@link NeedsReply}), trained
 *       by {@link AttackTrainer}. It reads threats, harassment and insults whatever their words ("I know
 *       which school your kids go to"), which the n-gram model, trained on talk-page insults, misses.</li>
 *   <li>{@value #SPAM}, the spam score, over the needs-a-reply score, trained by {@link SpamTrainer}.
 *       It reads pitches in words no pattern names ("we'd love to feature you, apply in our bio").</li>
 * </ul>
 */
final class EncoderHead {
  static final String ATTACK = "attack.properties";
  static final String SPAM = "spam.properties";

  private final double[] mean;
  private final double[] scale;
  private final double[] weights;
  private final double bias;

  EncoderHead(double[] mean, double[] scale, double[] weights, double bias) {
    if (mean.length != weights.length || scale.length != weights.length) {
      throw new IllegalArgumentException("mean, scale and weights must have one value per feature");
    }
    // a NaN would pass every range check downstream and silently turn the rule off
    if (!Double.isFinite(bias) || !(finite(mean) && finite(scale) && finite(weights)) || Arrays.stream(scale).anyMatch(s -> s <= 0)) {
      throw new IllegalArgumentException("bias, mean, scale and weights must be finite numbers, and every scale above 0");
    }
    this.mean = mean;
    this.scale = scale;
    this.weights = weights;
    this.bias = bias;
  }

  private static boolean finite(double[] values) {
    return Arrays.stream(values).allMatch(Double::isFinite);
  }

  /** The head in {@code file}, or null when there is none (the n-gram score is used alone). */
  static EncoderHead load(Path file) {
    if (!Files.isRegularFile(file)) return null;
    Properties p = ModelProperties.read(file);
    try {
      return new EncoderHead(numbers(p, file, "mean"), numbers(p, file, "scale"), numbers(p, file, "weights"),
          Double.parseDouble(p.getProperty("bias", "0").strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  private static double[] numbers(Properties p, Path file, String key) {
    String value = p.getProperty(key);
    if (value == null) throw new IllegalArgumentException(key + " is missing");
    return Arrays.stream(value.split(",")).map(String::strip).mapToDouble(Double::parseDouble).toArray();
  }

  /** How many numbers of the pooled encoding the head reads. */
  int width() {
    return weights.length - 2;
  }

  /** The features of one comment: its pooled encoding, then the n-gram score and its log-odds. */
  static double[] features(float[] pooled, double ngram) {
    double[] x = new double[pooled.length + 2];
    for (int i = 0; i < pooled.length; i++) x[i] = pooled[i];
    double p = Math.min(Math.max(ngram, 1e-6), 1 - 1e-6);
    x[pooled.length] = ngram;
    x[pooled.length + 1] = Math.log(p / (1 - p));
    return x;
  }

  /** The head's probability for one comment, from 0 to 1. */
  double score(float[] pooled, double ngram) {
    if (pooled.length != width()) throw new IllegalStateException("the head reads " + width() + " numbers, the encoder gave " + pooled.length);
    return probability(features(pooled, ngram));
  }

  double probability(double[] x) {
    double z = bias;
    for (int i = 0; i < x.length; i++) z += weights[i] * (x[i] - mean[i]) / scale[i];
    return 1 / (1 + Math.exp(-z));
  }

  void write(Path file, List<String> comments) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String c : comments) w.write("# " + c + "\n");
      w.write("bias = " + number(bias) + "\n");
      w.write("weights = " + join(weights) + "\n");
      w.write("mean = " + join(mean) + "\n");
      w.write("scale = " + join(scale) + "\n");
    }
  }

  private static String join(double[] values) {
    return Arrays.stream(values).mapToObj(EncoderHead::number).collect(Collectors.joining(","));
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }
}
