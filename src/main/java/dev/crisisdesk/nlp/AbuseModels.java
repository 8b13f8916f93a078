package dev.crisisdesk.nlp;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Toxicity and hate, each the probability of a classifier trained with CoreNLP's tooling:
 * toxicity on offensive tweets and toxic comments, hate on hate-speech tweets. The thresholds at
 * which a text counts as offensive or hateful (for {@code eval}) are in {@code abuse.properties}.
 */
final class AbuseModels {
  static final String TOXICITY = "toxicity-social.ser.gz";
  static final String HATE = "hate-social.ser.gz";
  static final String PROPERTIES = "abuse.properties";

  private final TextClassifier toxicity;
  private final TextClassifier hate;
  private final Properties thresholds;

  private AbuseModels(TextClassifier toxicity, TextClassifier hate, Properties thresholds) {
    this.toxicity = toxicity;
    this.hate = hate;
    this.thresholds = thresholds;
  }

  static AbuseModels load(Path modelsDir) throws IOException {
    Properties thresholds = new Properties();
    try (Reader reader = Files.newBufferedReader(modelsDir.resolve(PROPERTIES), StandardCharsets.UTF_8)) {
      thresholds.load(reader);
    }
    return new AbuseModels(TextClassifier.load(modelsDir.resolve(TOXICITY)), TextClassifier.load(modelsDir.resolve(HATE)), thresholds);
  }

  double toxicity(String text) {
    return toxicity.probability(text, "1");
  }

  double hate(String text) {
    return hate.probability(text, "1");
  }

  double threshold(String task) {
    return Double.parseDouble(thresholds.getProperty(task + ".threshold", "0.5"));
  }
}
