package dev.crisisdesk.nlp;

import dev.crisisdesk.nlp.OnnxClassifier.Task;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Our fine-tuned transformer ({@code models/transformer}), our specialists, and, when the operator
 * configures one, their own ONNX classifier.
 * <ul>
 *   <li>A specialist ({@code models/transformer-<task>}, e.g. {@code transformer-offensive}) is a
 *       second encoder trained for one task. It is asked only where the shared model is unsure (its
 *       "yes" in the specialist's {@code askWhen} range, its most likely class below {@code askBelow}),
 *       and its probabilities replace the shared model's there.</li>
 *   <li>For each task the operator's model answers, its probabilities replace ours ({@code join = 1})
 *       or are averaged with ours at its {@code join} weight; other tasks keep ours.</li>
 * </ul>
 */
final class TransformerModels implements AutoCloseable {
  static final String FOLDER = "transformer";

  private final OnnxClassifier ours;
  private final Map<Task, OnnxClassifier> specialists;
  private final OnnxClassifier operators;

  TransformerModels(OnnxClassifier ours, Map<Task, OnnxClassifier> specialists, OnnxClassifier operators) {
    this.ours = ours;
    this.specialists = specialists;
    this.operators = operators;
  }

  static TransformerModels load(Path modelsDir, Path operatorsModel) {
    OnnxClassifier ours = OnnxClassifier.load(modelsDir.resolve(FOLDER));
    for (Task task : Task.values()) {
      if (!ours.tasks().contains(task)) throw new IllegalArgumentException(ours.folder() + ": our model must answer " + task);
    }
    Map<Task, OnnxClassifier> specialists = new EnumMap<>(Task.class);
    for (Task task : Task.values()) {
      Path folder = modelsDir.resolve(FOLDER + "-" + task);
      if (!Files.isDirectory(folder)) continue;
      OnnxClassifier specialist = OnnxClassifier.load(folder);
      if (!specialist.tasks().contains(task)) throw new IllegalArgumentException(folder + ": a specialist for " + task + " must answer it");
      specialists.put(task, specialist);
    }
    return new TransformerModels(ours, specialists, operatorsModel == null ? null : OnnxClassifier.load(operatorsModel));
  }

  /** Whether our shared model gives its pooled encoding, which the attack head reads. */
  boolean embeds() {
    return ours.embeds();
  }

  /** Negative/neutral/positive, not-offensive/offensive and not-hate/hate probabilities. */
  Map<Task, double[]> classify(String text) {
    return score(text).heads();
  }

  /** The probabilities of {@link #classify}, with our shared model's pooled encoding (null when its graph gives none). */
  OnnxClassifier.Scored score(String text) {
    OnnxClassifier.Scored scored = ours.score(text);
    return new OnnxClassifier.Scored(combined(text, scored.heads()), scored.embedding());
  }

  private Map<Task, double[]> combined(String text, Map<Task, double[]> p) {
    specialists.forEach((task, specialist) -> {
      double[] shared = p.get(task);
      if (specialist.asks(shared)) p.put(task, specialist.classify(text).get(task));
    });
    if (operators == null) return p;
    Map<Task, double[]> theirs = operators.classify(text);
    Map<Task, double[]> out = new EnumMap<>(p);
    double w = operators.join();
    theirs.forEach((task, q) -> {
      double[] mine = p.get(task);
      double[] joined = new double[q.length];
      for (int i = 0; i < q.length; i++) joined[i] = w * q[i] + (1 - w) * mine[i];
      out.put(task, joined);
    });
    return out;
  }

  @Override
  public void close() {
    ours.close();
    specialists.values().forEach(OnnxClassifier::close);
    if (operators != null) operators.close();
  }
}
