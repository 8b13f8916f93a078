package dev.crisisdesk.pipeline;

import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.comments.PostedComment;
import dev.crisisdesk.nlp.Analysis;

/** The one place a posted comment and its analysis become the fact rules match (live, replayed or backfilled). */
public final class Facts {
  private Facts() {}

  public static Comment comment(PostedComment posted, Analysis analysis) {
    return new Comment(posted.brand(), posted.platform(), posted.id(), posted.text(), posted.author(),
        posted.createdAt(), analysis.sentiment(), analysis.score(), analysis.toxicity(), analysis.hate(), posted.lang(),
        posted.inReplyTo(), analysis.signals());
  }
}
