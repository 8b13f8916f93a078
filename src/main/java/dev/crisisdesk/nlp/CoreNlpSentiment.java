package dev.crisisdesk.nlp;

import dev.crisisdesk.facts.Sentiment;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;
import org.ejml.simple.SimpleMatrix;

/**
 * CoreNLP's recursive sentiment model over a shift-reduce parse, built once and shared by the
 * analysis workers. Keeps CoreNLP's CoreMap types inside this class.
 *
 * <p>Aggregation: each sentence's root gives a distribution over the five classes; the comment's
 * distribution is their average weighted by sentence length in tokens. The score is its expected
 * value on the scale -1, -0.5, 0, 0.5, 1, and the label follows the score: the stock model puts
 * most of its mass on neutral, so its most likely class under-calls clear complaints.
 */
final class CoreNlpSentiment {
  private static final double[] SCALE = {-1, -0.5, 0, 0.5, 1};
  private static final int CLASSES = 5;
  static final double POLAR = 0.1;
  static final double STRONG = 0.55;

  private final StanfordCoreNLP pipeline;

  CoreNlpSentiment(Properties properties) {
    this.pipeline = new StanfordCoreNLP(properties);
  }

  /** The class distribution of a text (five probabilities summing to 1), neutral when unparsed. */
  double[] distribution(String text) {
    Annotation document = new Annotation(text);
    pipeline.annotate(document);
    double[] sum = new double[CLASSES];
    double weight = 0;
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
      SimpleMatrix predictions = tree == null ? null : RNNCoreAnnotations.getPredictions(tree);
      if (predictions == null) continue;
      int tokens = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
      for (int i = 0; i < sum.length; i++) sum[i] += predictions.get(i) * tokens;
      weight += tokens;
    }
    if (weight == 0) return new double[] {0, 0, 1, 0, 0};
    for (int i = 0; i < sum.length; i++) sum[i] /= weight;
    return sum;
  }

  /** Scores beyond ±{@value #POLAR} are negative or positive, beyond ±{@value #STRONG} very so. */
  static Sentiment label(double score) {
    if (score <= -STRONG) return Sentiment.VERY_NEGATIVE;
    if (score <= -POLAR) return Sentiment.NEGATIVE;
    if (score >= STRONG) return Sentiment.VERY_POSITIVE;
    if (score >= POLAR) return Sentiment.POSITIVE;
    return Sentiment.NEUTRAL;
  }

  static double score(double[] distribution) {
    double score = 0;
    for (int i = 0; i < distribution.length; i++) score += distribution[i] * SCALE[i];
    return Math.max(-1, Math.min(1, score));
  }
}
