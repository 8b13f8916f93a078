package dev.crisisdesk.nlp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Toxicity and hate from classifiers trained with CoreNLP's tooling: toxicity on offensive tweets
 * and toxic comments, hate on hate-speech tweets. The toxicity score adds, in log-odds, weighted
 * evidence from the comment's negative sentiment and its hate score (the weights chosen on val,
 * like sentiment's combination). The weights and the thresholds at which a text counts as offensive
 * or hateful (for {@code eval}) are in {@code abuse.properties}. The fine-tuned transformer's
 * offensive and hate probabilities join these in log-odds at the weights {@code offensive.transformer}
 * and {@code hate.transformer}, chosen by cross-validation ({@link BlendTrainer}).
 */
final class AbuseModels {
  static final String TOXICITY = "toxicity-social.ser.gz";
  static final String HATE = "hate-social.ser.gz";
  static final String PROPERTIES = "abuse.properties";

  private final TextClassifier toxicity;
  private final TextClassifier hate;
  private final Properties thresholds;
  private final double negativeWeight;
  private final double hateWeight;
  private final double offensiveTransformer;
  private final double hateTransformer;

  private AbuseModels(TextClassifier toxicity, TextClassifier hate, Properties thresholds) {
    this.toxicity = toxicity;
    this.hate = hate;
    this.thresholds = thresholds;
    this.negativeWeight = Double.parseDouble(thresholds.getProperty("toxicity.negativeWeight", "0"));
    this.hateWeight = Double.parseDouble(thresholds.getProperty("toxicity.hateWeight", "0"));
    this.offensiveTransformer = Double.parseDouble(thresholds.getProperty("offensive.transformer", "0"));
    this.hateTransformer = Double.parseDouble(thresholds.getProperty("hate.transformer", "0"));
  }

  static AbuseModels load(Path modelsDir) throws IOException {
    return new AbuseModels(TextClassifier.load(modelsDir.resolve(TOXICITY)), TextClassifier.load(modelsDir.resolve(HATE)),
        ModelProperties.read(modelsDir.resolve(PROPERTIES)));
  }

  /** The toxicity classifier's own probability. */
  double toxicity(String text) {
    return toxicity.probability(text, "1");
  }

  /** Toxicity with the evidence of negative sentiment ({@code negative}: its probability) and hate. */
  double toxicity(String text, double negative, double hate) {
    return blend(toxicity(text), negative, hate, negativeWeight, hateWeight);
  }

  /** Whether the n-gram models take part at all: not when the transformer alone decides both scores. */
  boolean ngramsNeeded() {
    return offensiveTransformer < 1 || hateTransformer < 1;
  }

  /**
   * Toxicity and hate: the transformer's probabilities joined with the n-gram models' (the
   * classifiers are run only when their weight is above 0). {@code negative}: the comment's
   * negative-sentiment probability. Returns {toxicity, hate}.
   */
  double[] scores(String text, double negative, double transformerOffensive, double transformerHate) {
    if (!ngramsNeeded()) return new double[] {transformerOffensive, transformerHate};
    double ngramHate = hate(text);
    double toxicity = offensiveTransformer == 1 ? transformerOffensive
        : join(toxicity(text, negative, ngramHate), transformerOffensive, offensiveTransformer);
    return new double[] {toxicity, join(ngramHate, transformerHate, hateTransformer)};
  }

  /** {@code sigmoid((1 - weight) * logit(ngram) + weight * logit(transformer))}. */
  static double join(double ngram, double transformer, double weight) {
    if (weight == 1) return transformer;
    double logOdds = (1 - weight) * logit(ngram) + weight * logit(transformer);
    return 1 / (1 + Math.exp(-logOdds));
  }

  static double blend(double toxicity, double negative, double hate, double negativeWeight, double hateWeight) {
    double logOdds = logit(toxicity) + negativeWeight * logit(negative) + hateWeight * logit(hate);
    return 1 / (1 + Math.exp(-logOdds));
  }

  static double logit(double p) {
    double bounded = Math.min(1 - 1e-6, Math.max(1e-6, p));
    return Math.log(bounded / (1 - bounded));
  }

  double hate(String text) {
    return hate.probability(text, "1");
  }

  double threshold(String task) {
    return Double.parseDouble(thresholds.getProperty(task + ".threshold", "0.5"));
  }
}
