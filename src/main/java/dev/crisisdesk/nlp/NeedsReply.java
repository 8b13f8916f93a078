package dev.crisisdesk.nlp;

import edu.stanford.nlp.stats.Counter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * How much a comment reads like one a support team answers, and how much like an attack on a person
 * or group, each from 0 to 1: one classifier trained on first-contact customer tweets that brands
 * answered, ordinary tweets and attacks ({@link NeedsReplyTrainer}). Needs-a-reply weighs answered
 * against ordinary alone, so that what reads like an attack does not lower it. The needs-a-reply score ranks,
 * it does not gate: the default pack queues every comment it has no reason to keep out, and uses it
 * to lift plain statements ("I lost my phone in an Uber") above praise. The attack score sends what
 * reads like an insult or threat at someone to a moderator, whatever words it uses.
 */
final class NeedsReply {
  static final String FILE = "needs-reply.ser.gz";
  /** The score from which a comment counts as needing a reply. */
  static final double THRESHOLD = 0.3;

  /** The two scores of a text. */
  record Scores(double needsReply, double attack) {}

  private final TextClassifier classifier;

  NeedsReply(TextClassifier classifier) {
    this.classifier = classifier;
  }

  static NeedsReply load(Path modelsDir) throws IOException {
    return new NeedsReply(TextClassifier.load(modelsDir.resolve(FILE)));
  }

  Scores scores(String text) {
    Counter<String> p = classifier.probabilities(text);
    double answered = p.getCount(NeedsReplyTrainer.ANSWERED_LABEL);
    double ordinary = p.getCount(NeedsReplyTrainer.ORDINARY_LABEL);
    // answered against ordinary only: an angry complaint that also reads like an attack still needs a reply
    double needsReply = answered + ordinary > 0 ? answered / (answered + ordinary) : 0;
    return new Scores(clamp(needsReply), clamp(p.getCount(NeedsReplyTrainer.ATTACK_LABEL)));
  }

  private static double clamp(double p) {
    return Math.max(0, Math.min(1, p));
  }
}
