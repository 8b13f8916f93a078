package dev.crisisdesk.nlp;

import dev.crisisdesk.facts.Signals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The triage signals of a text without the sentiment models: its language, triage's patterns and
 * the needs-a-reply and attack scores. Cheap to load; thread-safe.
 */
public final class SignalReader {
  private final Languages languages = new Languages();
  private final NeedsReply needsReply;

  private SignalReader(NeedsReply needsReply) {
    this.needsReply = needsReply;
  }

  public static SignalReader load(Path modelsDir) {
    try {
      return new SignalReader(NeedsReply.load(modelsDir));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the models in " + modelsDir + ": " + e.getMessage(), e);
    }
  }

  public Signals read(String text) {
    String opening = Folding.fold(Triage.opening(text));
    NeedsReply.Scores scores = needsReply.scores(opening);
    return Triage.signals(opening, languages.detect(opening), scores.needsReply(), scores.attack());
  }
}
