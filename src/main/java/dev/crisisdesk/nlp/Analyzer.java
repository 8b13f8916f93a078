package dev.crisisdesk.nlp;

import dev.crisisdesk.nlp.OnnxClassifier.Task;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The NLP models of the service, loaded once from the models folder: sentiment from a fine-tuned
 * transformer combined with a classifier trained on social media text and, where the two are unsure,
 * CoreNLP's RNTN; toxicity and hate from the transformer joined with classifiers trained on abusive
 * tweets and comments. An operator's own ONNX classifier can replace or join the transformer.
 * Thread-safe; expensive, so never call it on the event loop.
 */
public final class Analyzer implements TextAnalysis {
  /** Only the opening of a long comment is parsed: parse time grows faster than length. */
  static final int MAX_ANALYZED_CHARS = 2_000;
  private static final double PREVIOUS_GATE = 0.84;

  private final CoreNlpSentiment rntn;
  private final SocialSentiment social;
  private final Combination combination;
  private final AbuseModels abuse;
  private final SignalReader signals;
  private final TransformerModels transformers;
  private final EncoderHead attack;
  private final EncoderHead spam;

  private Analyzer(CoreNlpSentiment rntn, SocialSentiment social, Combination combination, AbuseModels abuse, SignalReader signals,
      TransformerModels transformers, EncoderHead attack, EncoderHead spam) {
    this.transformers = transformers;
    this.attack = attack;
    this.spam = spam;
    this.rntn = rntn;
    this.social = social;
    this.combination = combination;
    this.abuse = abuse;
    this.signals = signals;
  }

  public static Analyzer load(Path modelsDir) {
    return load(modelsDir, null);
  }

  /** With the operator's own ONNX classifier (a folder with a model.properties), or null for ours alone. */
  public static Analyzer load(Path modelsDir, Path operatorsModel) {
    // the parser and the transformer take most of the time and need nothing of each other: they load side by side
    CompletableFuture<CoreNlpSentiment> rntn = CompletableFuture.supplyAsync(() -> rntnOnly(modelsDir));
    try {
      TransformerModels transformers = TransformerModels.load(modelsDir, operatorsModel);
      EncoderHead attack = head(modelsDir, EncoderHead.ATTACK, transformers);
      EncoderHead spam = head(modelsDir, EncoderHead.SPAM, transformers);
      return new Analyzer(rntn.join(), SocialSentiment.load(modelsDir), Combination.load(modelsDir),
          AbuseModels.load(modelsDir), SignalReader.load(modelsDir), transformers, attack, spam);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the models in " + modelsDir + ": " + e.getMessage(), e);
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private static EncoderHead head(Path modelsDir, String file, TransformerModels transformers) {
    EncoderHead head = EncoderHead.load(modelsDir.resolve(file));
    if (head != null && !transformers.embeds()) {
      throw new IllegalArgumentException(modelsDir.resolve(file) + " needs the pooled encoding of " + modelsDir.resolve(TransformerModels.FOLDER)
          + " (embedding = pooled in its model.properties)");
    }
    return head;
  }

  static CoreNlpSentiment rntnOnly(Path modelsDir) {
    return new CoreNlpSentiment(ModelProperties.read(modelsDir.resolve("corenlp.properties")));
  }

  @Override
  public Analysis analyze(String comment) {
    String text = Folding.fold(comment);
    OnnxClassifier.Scored scored = transformers.score(bounded(text));
    Map<Task, double[]> t = scored.heads();
    double[] socialP = social.distribution(text);
    double[] p = latin(text)
        ? combination.combine(t.get(Task.sentiment), socialP, () -> rntn.distribution(bounded(text)))
        : combination.withoutRntn(t.get(Task.sentiment), socialP);
    double[] abusive = abuse.scores(text, socialP[0], t.get(Task.offensive)[1], t.get(Task.hate)[1]);
    dev.crisisdesk.facts.Signals read = signals.read(text);
    // the heads read an English encoder trained on English texts: other languages keep the n-gram attack score and no spam score
    if (read.lang().equals("en")) {
      float[] pooled = scored.embedding();
      read = read.withScores(attack == null ? read.attack() : attack.score(pooled, read.attack()), spam == null ? 0 : spam.score(pooled, read.needsReply()));
    }
    return new Analysis(combination.label(p), Combination.score(p), abusive[0], abusive[1], read);
  }

  /**
   * The analysis as it was before the transformer joined (social classifier, the RNTN parsed where
   * the classifier was below 0.84, n-gram toxicity and hate): kept only so {@code eval --speed} can
   * measure the new analysis against it in the same run.
   */
  void previousAnalysis(String text) {
    double[] s = social.distribution(text);
    if (latin(text) && Math.max(s[0], Math.max(s[1], s[2])) <= PREVIOUS_GATE) rntn.distribution(bounded(text));
    abuse.toxicity(text, s[0], abuse.hate(text));
    signals.read(text);
  }

  void transformer(String text) {
    transformers.classify(bounded(text));
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
