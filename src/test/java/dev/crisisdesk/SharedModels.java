package dev.crisisdesk;

import dev.crisisdesk.nlp.Analyzer;
import java.nio.file.Path;

/** The NLP models, loaded once per test JVM: CoreNLP takes seconds and over a gigabyte to load. */
public final class SharedModels {
  private static Analyzer analyzer;

  private SharedModels() {}

  public static synchronized Analyzer analyzer() {
    if (analyzer == null) analyzer = Analyzer.load(Path.of("models"));
    return analyzer;
  }
}
