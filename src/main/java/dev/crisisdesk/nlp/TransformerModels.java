package dev.crisisdesk.nlp;

import dev.crisisdesk.nlp.OnnxClassifier.Task;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Our fine-tuned transformer ({@code models/transformer}) and, when the operator configures one, their
 * own ONNX classifier. For each task the operator's model answers, its probabilities replace ours
 * ({@code join = 1}) or are averaged with ours at its {@code join} weight; other tasks keep ours.
 */
final class TransformerModels implements AutoCloseable {
  static final String FOLDER = "transformer";

  private final OnnxClassifier ours;
  private final OnnxClassifier operators;

  TransformerModels(OnnxClassifier ours, OnnxClassifier operators) {
    this.ours = ours;
    this.operators = operators;
  }

  static TransformerModels load(Path modelsDir, Path operatorsModel) {
    OnnxClassifier ours = OnnxClassifier.load(modelsDir.resolve(FOLDER));
    for (Task task : Task.values()) {
      if (!ours.tasks().contains(task)) throw new IllegalArgumentException(ours.folder() + ": our model must answer " + task);
    }
    return new TransformerModels(ours, operatorsModel == null ? null : OnnxClassifier.load(operatorsModel));
  }

  /** Negative/neutral/positive, not-offensive/offensive and not-hate/hate probabilities. */
  Map<Task, double[]> classify(String text) {
    Map<Task, double[]> p = ours.classify(text);
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
    if (operators != null) operators.close();
  }
}
