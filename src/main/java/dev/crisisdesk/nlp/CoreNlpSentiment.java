package dev.crisisdesk.nlp;

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
 * distribution is their average weighted by sentence length in tokens.
 */
final class CoreNlpSentiment {
  private static final int CLASSES = 5;

  private final StanfordCoreNLP pipeline;

  CoreNlpSentiment(Properties properties) {
    this.pipeline = new StanfordCoreNLP(properties);
  }

  /**
   * CoreNLP's stock sentiment pipeline with the shift-reduce parser and every other option at its
   * default: the yardstick benchmarks compare the service with, never used to score comments.
   */
  static CoreNlpSentiment stock() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,parse,sentiment");
    properties.setProperty("parse.model", "edu/stanford/nlp/models/srparser/englishSR.ser.gz");
    return new CoreNlpSentiment(properties);
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
}
