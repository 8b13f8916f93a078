package dev.crisisdesk.nlp;

import edu.stanford.nlp.classify.ColumnDataClassifier;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.Datum;
import edu.stanford.nlp.stats.Counter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A linear classifier over {@link SocialText} tokens, trained with CoreNLP's
 * {@link ColumnDataClassifier}: word 1- and 2-grams (toxicity: 1- to 3-grams), and for the abuse
 * models character 3- to 5-grams too (they catch spelled-around insults).
 */
final class TextClassifier {
  private final ColumnDataClassifier classifier;

  private TextClassifier(ColumnDataClassifier classifier) {
    this.classifier = classifier;
  }

  static TextClassifier load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) throw new IOException("missing " + file + "; rebuild it with the train command");
    return new TextClassifier(ColumnDataClassifier.getClassifier(file.toString()));
  }

  /** The training recipe: CoreNLP properties; word n-grams from 1 to {@code longestWordNgram} words. */
  static Properties recipe(boolean characterNgrams, int longestWordNgram, double sigma) {
    Properties p = new Properties();
    p.setProperty("goldAnswerColumn", "0");
    p.setProperty("1.splitWordsRegexp", " ");
    p.setProperty("1.useSplitWords", "true");
    p.setProperty("1.useSplitWordNGrams", "true");
    p.setProperty("1.minWordNGramLeng", "2");
    p.setProperty("1.maxWordNGramLeng", String.valueOf(longestWordNgram));
    if (characterNgrams) {
      p.setProperty("1.useNGrams", "true");
      p.setProperty("1.minNGramLeng", "3");
      p.setProperty("1.maxNGramLeng", "5");
      p.setProperty("1.binnedLengths", "10,20,40");
    }
    p.setProperty("useClassFeature", "true");
    p.setProperty("featureMinimumSupport", "2");
    p.setProperty("sigma", String.valueOf(sigma));
    p.setProperty("intern", "true");
    p.setProperty("displayedColumn", "-1");
    return p;
  }

  /** Trains on labeled texts (label strings) into {@code file}; deterministic. */
  static void train(Properties recipe, List<String> texts, List<String> labels, Path file) throws IOException {
    train(recipe, texts, labels, file, SocialText.DEFAULT);
  }

  /** As above, tokenizing with the given steps (the ablation drops one at a time). */
  static void train(Properties recipe, List<String> texts, List<String> labels, Path file, Set<SocialText.Step> steps)
      throws IOException {
    Path tsv = Files.createTempFile("crisisdesk-train", ".tsv");
    try {
      try (Writer out = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
        for (int i = 0; i < texts.size(); i++) {
          String tokens = SocialText.tokens(texts.get(i), steps);
          out.write(labels.get(i).strip() + "\t" + (tokens.isEmpty() ? "<empty>" : tokens) + "\n");
        }
      }
      ColumnDataClassifier classifier = new ColumnDataClassifier(recipe);
      classifier.trainClassifier(tsv.toString());
      classifier.serializeClassifier(file.toString());
    } finally {
      Files.deleteIfExists(tsv);
    }
  }

  /** Probabilities for a text tokenized with the given steps (the ablation's). */
  Counter<String> probabilities(String text, Set<SocialText.Step> steps) {
    Datum<String, String> datum = classifier.makeDatumFromStrings(new String[] {"", SocialText.tokens(text, steps)});
    return ((LinearClassifier<String, String>) classifier.getClassifier()).probabilityOf(datum);
  }

  /** The probability of a label ("0", "1", ...) for the text. */
  double probability(String text, String label) {
    return probabilities(text).getCount(label);
  }

  Counter<String> probabilities(String text) {
    Datum<String, String> datum = classifier.makeDatumFromStrings(new String[] {"", SocialText.tokens(text)});
    return ((LinearClassifier<String, String>) classifier.getClassifier()).probabilityOf(datum);
  }
}
