package dev.crisisdesk.nlp;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The NLP models of the service, loaded once from the models folder: sentiment from CoreNLP's
 * RNTN combined with a classifier trained on social media text, toxicity and hate from classifiers
 * trained on abusive tweets and comments. Thread-safe; expensive, so never call it on the event loop.
 */
public final class Analyzer implements TextAnalysis {
  /** Only the opening of a long comment is parsed: parse time grows faster than length. */
  static final int MAX_ANALYZED_CHARS = 2_000;

  private final CoreNlpSentiment rntn;
  private final SocialSentiment social;
  private final Combination combination;
  private final AbuseModels abuse;
  private final SignalReader signals;

  private Analyzer(CoreNlpSentiment rntn, SocialSentiment social, Combination combination, AbuseModels abuse, SignalReader signals) {
    this.rntn = rntn;
    this.social = social;
    this.combination = combination;
    this.abuse = abuse;
    this.signals = signals;
  }

  public static Analyzer load(Path modelsDir) {
    try {
      return new Analyzer(rntnOnly(modelsDir), SocialSentiment.load(modelsDir), Combination.load(modelsDir),
          AbuseModels.load(modelsDir), SignalReader.load(modelsDir));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the models in " + modelsDir + ": " + e.getMessage(), e);
    }
  }

  static CoreNlpSentiment rntnOnly(Path modelsDir) {
    try (Reader reader = Files.newBufferedReader(modelsDir.resolve("corenlp.properties"), StandardCharsets.UTF_8)) {
      Properties config = new Properties();
      config.load(reader);
      return new CoreNlpSentiment(config);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the models in " + modelsDir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Analysis analyze(String text) {
    double[] socialP = social.distribution(text);
    double[] p = latin(text) ? combination.combine(socialP, () -> rntn.distribution(bounded(text))) : socialP;
    double hate = abuse.hate(text);
    return new Analysis(combination.label(p), Combination.score(p), abuse.toxicity(text, socialP[0], hate), hate, signals.read(text));
  }



  /** The score from which a text counts as offensive or hateful: "offensive" or "hate". */
  public double threshold(String task) {
    return abuse.threshold(task);
  }

  void socialSentiment(String text) {
    social.distribution(text);
  }

  void abuseScores(String text) {
    abuse.toxicity(text);
    abuse.hate(text);
  }

  CoreNlpSentiment rntn() {
    return rntn;
  }

  /**
   * Whether most of the letters of a text are Latin: CoreNLP's English parser is not run on other
   * scripts (it would spend a parse to call them neutral); the trained classifier scores them alone.
   */
  static boolean latin(String text) {
    int letters = 0;
    int latin = 0;
    int end = Math.min(text.length(), MAX_ANALYZED_CHARS);
    for (int i = 0; i < end; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) continue;
      letters++;
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) latin++;
    }
    return latin * 2 >= letters;
  }

  static String bounded(String text) {
    return text.length() > MAX_ANALYZED_CHARS ? text.substring(0, MAX_ANALYZED_CHARS) : text;
  }
}
