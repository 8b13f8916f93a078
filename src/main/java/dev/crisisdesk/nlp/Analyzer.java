package dev.crisisdesk.nlp;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The NLP models of the service, loaded once from the models folder: sentiment from CoreNLP and
 * toxicity from the abuse lexicon. Thread-safe; expensive, so never call it on the event loop.
 */
public final class Analyzer {
  /** Only the opening of a long comment is parsed: parse time grows faster than length. */
  static final int MAX_ANALYZED_CHARS = 2_000;

  private final CoreNlpSentiment sentiment;
  private final AbuseLexicon abuse;

  private Analyzer(CoreNlpSentiment sentiment, AbuseLexicon abuse) {
    this.sentiment = sentiment;
    this.abuse = abuse;
  }

  public static Analyzer load(Path modelsDir) {
    Path properties = modelsDir.resolve("corenlp.properties");
    try (Reader reader = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
      Properties config = new Properties();
      config.load(reader);
      return new Analyzer(new CoreNlpSentiment(config), new AbuseLexicon(modelsDir.resolve("abuse-lexicon.txt")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the models in " + modelsDir + ": " + e.getMessage(), e);
    }
  }

  public Analysis analyze(String text) {
    String analyzed = text.length() > MAX_ANALYZED_CHARS ? text.substring(0, MAX_ANALYZED_CHARS) : text;
    double score = CoreNlpSentiment.score(sentiment.distribution(analyzed));
    return new Analysis(CoreNlpSentiment.label(score), score, abuse.toxicity(text));
  }
}
