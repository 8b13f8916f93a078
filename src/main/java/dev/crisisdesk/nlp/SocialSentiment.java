package dev.crisisdesk.nlp;

import edu.stanford.nlp.stats.Counter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;

/** The social sentiment classifier: negative, neutral, positive ("0", "1", "2"), word n-grams. */
final class SocialSentiment {
  static final String FILE = "sentiment-social.ser.gz";

  private final TextClassifier classifier;

  private SocialSentiment(TextClassifier classifier) {
    this.classifier = classifier;
  }

  static SocialSentiment load(Path modelsDir) throws IOException {
    return new SocialSentiment(TextClassifier.load(modelsDir.resolve(FILE)));
  }

  static Properties recipe() {
    return TextClassifier.recipe(false, 2, 1.0);
  }

  /** Probabilities of negative, neutral and positive. */
  double[] distribution(String text) {
    Counter<String> p = classifier.probabilities(text);
    return new double[] {p.getCount("0"), p.getCount("1"), p.getCount("2")};
  }
}
