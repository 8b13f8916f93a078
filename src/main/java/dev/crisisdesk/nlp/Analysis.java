package dev.crisisdesk.nlp;

import dev.crisisdesk.facts.Sentiment;
import dev.crisisdesk.facts.Signals;

/** What the NLP models say about one comment: sentiment, toxicity, hate and the triage signals. */
public record Analysis(Sentiment sentiment, double score, double toxicity, double hate, Signals signals) {
  public Analysis {
    if (score < -1 || score > 1) throw new IllegalArgumentException("score outside [-1, 1]: " + score);
    if (toxicity < 0 || toxicity > 1) throw new IllegalArgumentException("toxicity outside [0, 1]: " + toxicity);
    if (hate < 0 || hate > 1) throw new IllegalArgumentException("hate outside [0, 1]: " + hate);
    signals = signals == null ? Signals.NONE : signals;
  }

  /** Scores without triage signals (a replayed line that carries its scores). */
  public Analysis(Sentiment sentiment, double score, double toxicity, double hate) {
    this(sentiment, score, toxicity, hate, Signals.NONE);
  }
}
