package dev.crisisdesk.nlp;

/** What the pipeline asks of the analysis: a text in, its scores and signals out. {@link Analyzer} is the service's. */
@FunctionalInterface
public interface TextAnalysis {
  Analysis analyze(String text);

  /** Whether the models are loaded: until then an analysis waits for them ({@code /health} says {@code starting}). */
  default boolean ready() {
    return true;
  }
}
