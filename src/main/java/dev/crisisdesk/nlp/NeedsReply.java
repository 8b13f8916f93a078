package dev.crisisdesk.nlp;

import java.io.IOException;
import java.nio.file.Path;

/**
 * How much a comment reads like one a support team answers, from 0 to 1: a classifier trained on
 * first-contact customer tweets that brands answered against ordinary tweets
 * ({@link NeedsReplyTrainer}). It ranks, it does not gate: the default pack queues every comment
 * it has no reason to keep out, and uses this score to lift plain statements ("I lost my phone in
 * an Uber") above praise.
 */
final class NeedsReply {
  static final String FILE = "needs-reply.ser.gz";
  /** The score from which a comment counts as needing a reply. */
  static final double THRESHOLD = 0.3;

  private final TextClassifier classifier;

  private NeedsReply(TextClassifier classifier) {
    this.classifier = classifier;
  }

  static NeedsReply load(Path modelsDir) throws IOException {
    return new NeedsReply(TextClassifier.load(modelsDir.resolve(FILE)));
  }

  double score(String text) {
    return classifier.probability(text, "1");
  }
}
