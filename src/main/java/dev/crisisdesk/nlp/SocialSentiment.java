package dev.crisisdesk.nlp;

import edu.stanford.nlp.classify.ColumnDataClassifier;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.Datum;
import edu.stanford.nlp.stats.Counter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A linear classifier over social-text word n-grams, trained with CoreNLP's
 * {@link ColumnDataClassifier} on labeled tweets: negative, neutral, positive.
 */
final class SocialSentiment {
  static final String FILE = "sentiment-social.ser.gz";

  private final ColumnDataClassifier classifier;

  private SocialSentiment(ColumnDataClassifier classifier) {
    this.classifier = classifier;
  }

  static SocialSentiment load(Path modelsDir) throws IOException {
    Path file = modelsDir.resolve(FILE);
    if (!Files.isRegularFile(file)) throw new IOException("missing " + file + "; rebuild it with the train command");
    return new SocialSentiment(ColumnDataClassifier.getClassifier(file.toString()));
  }

  /** The training recipe: CoreNLP properties for word 1- and 2-grams of {@link SocialText} tokens. */
  static Properties recipe() {
    Properties p = new Properties();
    p.setProperty("goldAnswerColumn", "0");
    p.setProperty("1.splitWordsRegexp", " ");
    p.setProperty("1.useSplitWords", "true");
    p.setProperty("1.useSplitWordNGrams", "true");
    p.setProperty("1.minWordNGramLeng", "2");
    p.setProperty("1.maxWordNGramLeng", "2");
    p.setProperty("useClassFeature", "true");
    p.setProperty("featureMinimumSupport", "2");
    p.setProperty("sigma", "1.0");
    p.setProperty("intern", "true");
    p.setProperty("displayedColumn", "-1");
    return p;
  }

  static ColumnDataClassifier untrained() {
    return new ColumnDataClassifier(recipe());
  }

  /** Probabilities of negative, neutral and positive (classes "0", "1", "2"). */
  double[] distribution(String text) {
    Datum<String, String> datum = classifier.makeDatumFromStrings(new String[] {"", SocialText.tokens(text)});
    Counter<String> probabilities = ((LinearClassifier<String, String>) classifier.getClassifier()).probabilityOf(datum);
    return new double[] {probabilities.getCount("0"), probabilities.getCount("1"), probabilities.getCount("2")};
  }
}
