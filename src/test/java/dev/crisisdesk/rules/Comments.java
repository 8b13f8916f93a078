package dev.crisisdesk.rules;

import dev.crisisdesk.facts.Author;
import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Sentiment;
import dev.crisisdesk.facts.Signals;
import java.time.Instant;

/** Analyzed comments for rule tests, without the models: triage's pattern signals are read from the text, as live. */
final class Comments {
  static final Instant T0 = Instant.parse("2026-11-01T12:00:00Z");
  private static int next;

  private Comments() {}

  static Comment comment(String text, Sentiment sentiment, long followers, boolean verified) {
    return comment(text, sentiment, 0.0, followers, verified);
  }

  static Comment comment(String text, Sentiment sentiment, double toxicity, long followers, boolean verified) {
    return comment(text, sentiment, toxicity, followers, verified, dev.crisisdesk.nlp.Triage.signals(text, "en", 0, 0));
  }

  /** With the signals given: the trained scores (attack, spam) as a model would have read them. */
  static Comment comment(String text, Sentiment sentiment, double toxicity, long followers, boolean verified, Signals signals) {
    double score = sentiment.nominalScore();
    return new Comment("acme", "twitter", "c" + (++next), text,
        new Author("a" + next, "@someone", followers, verified),
        T0.plusSeconds(next), sentiment, score, toxicity, 0.0, "en", null, signals);
  }
}
