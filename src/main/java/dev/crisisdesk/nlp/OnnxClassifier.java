package dev.crisisdesk.nlp;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A transformer text classifier exported to ONNX, with its HuggingFace tokenizer: our fine-tuned
 * encoder in {@code models/transformer}, or an operator's own model. A folder holds the graph, the
 * tokenizer and a {@value #PROPERTIES} that maps the graph's output columns to our tasks:
 *
 * <pre>
 * model = model.onnx          # inputs input_ids, attention_mask and optionally token_type_ids: int64 [batch, tokens]
 * tokenizer = tokenizer.json  # HuggingFace tokenizers format (WordPiece, BPE, SentencePiece ...)
 * maxTokens = 64              # longer texts are cut
 * output = logits             # float [batch, columns]
 * embedding = pooled         # optionally, a float [batch, width] output: the pooled encoding our own heads read
 * head.sentiment = 0,1,2      # the columns of negative, neutral, positive
 * head.offensive = 3,4        # the columns of not offensive, offensive
 * head.hate = 5,6             # the columns of not hate, hate
 * join = 1                    # an operator's model: its weight beside ours (1 replaces ours for its heads)
 * askWhen = 0.1,0.9           # a specialist of ours: asked only when the shared model's "yes" is in this range
 * askBelow = 0.8              # a specialist of ours: asked only when the shared model's most likely class is below this
 * </pre>
 *
 * A head's probabilities are a softmax over its own columns. Thread-safe: ONNX Runtime's session
 * runs concurrent calls, each on {@code threads} intra-op threads (default 1; the analysis pool
 * supplies the parallelism).
 */
final class OnnxClassifier implements AutoCloseable {
  static final String PROPERTIES = "model.properties";

  /** The tasks a head can answer, with the number of labels each has. */
  enum Task {
    sentiment(3), offensive(2), hate(2);

    final int labels;

    Task(int labels) {
      this.labels = labels;
    }
  }

  private static final Set<String> INPUTS = Set.of("input_ids", "attention_mask", "token_type_ids");

  /** One text's probabilities per head, and its pooled encoding (null when the graph gives none). */
  record Scored(Map<Task, double[]> heads, float[] embedding) {}

  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final String output;
  private final String embedding;
  private final Map<Task, int[]> heads;
  private final Path folder;
  private final double join;
  private final double[] askWhen;
  private final double askBelow;

  private OnnxClassifier(Path folder, OrtSession session, HuggingFaceTokenizer tokenizer, String output, String embedding, Map<Task, int[]> heads,
      double join, double[] askWhen, double askBelow) {
    this.embedding = embedding;
    this.folder = folder;
    this.join = join;
    this.askWhen = askWhen;
    this.askBelow = askBelow;
    this.env = OrtEnvironment.getEnvironment();
    this.session = session;
    this.tokenizer = tokenizer;
    this.output = output;
    this.heads = heads;
  }

  /** Loads the classifier described by {@code folder/model.properties}; errors name the file and key. */
  static OnnxClassifier load(Path folder) {
    Path file = folder.resolve(PROPERTIES);
    Properties p = ModelProperties.read(file);
    Map<Task, int[]> heads = new EnumMap<>(Task.class);
    for (Task task : Task.values()) {
      String columns = p.getProperty("head." + task);
      if (columns == null) continue;
      int[] parsed;
      try {
        parsed = Arrays.stream(columns.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(file + ": head." + task + " must list column numbers, got '" + columns + "'");
      }
      if (parsed.length != task.labels || Arrays.stream(parsed).anyMatch(c -> c < 0)) {
        throw new IllegalArgumentException(file + ": head." + task + " needs " + task.labels + " column numbers, got '" + columns + "'");
      }
      heads.put(task, parsed);
    }
    if (heads.isEmpty()) throw new IllegalArgumentException(file + ": no head.sentiment, head.offensive or head.hate");
    int maxTokens = integer(p, file, "maxTokens", 128);
    int threads = integer(p, file, "threads", 1);
    double join = fraction(p, file, "join");
    double[] askWhen = askWhen(p, file);
    double askBelow = fraction(p, file, "askBelow");
    Path model = inside(folder, file, p, "model");
    Path tokenizerFile = inside(folder, file, p, "tokenizer");
    try {
      HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.builder().optTokenizerPath(tokenizerFile).optMaxLength(maxTokens)
          .optTruncation(true).optPadding(false).optAddSpecialTokens(true).build();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(threads);
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      OrtSession session = OrtEnvironment.getEnvironment().createSession(model.toString(), options);
      for (String input : session.getInputNames()) {
        if (!INPUTS.contains(input)) throw new IllegalArgumentException(model + ": unknown input '" + input + "' (known: " + INPUTS + ")");
      }
      String output = p.getProperty("output", session.getOutputNames().iterator().next()).strip();
      if (!session.getOutputNames().contains(output)) {
        throw new IllegalArgumentException(file + ": output '" + output + "' is not among the graph's outputs " + session.getOutputNames());
      }
      String embedding = p.getProperty("embedding");
      if (embedding != null && !session.getOutputNames().contains(embedding.strip())) {
        throw new IllegalArgumentException(file + ": embedding '" + embedding + "' is not among the graph's outputs " + session.getOutputNames());
      }
      return new OnnxClassifier(folder, session, tokenizer, output, embedding == null ? null : embedding.strip(), heads, join, askWhen, askBelow);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + tokenizerFile + ": " + e.getMessage(), e);
    } catch (OrtException e) {
      throw new IllegalArgumentException("cannot load " + model + ": " + e.getMessage(), e);
    }
  }

  private static int integer(Properties p, Path file, String key, int fallback) {
    String value = p.getProperty(key);
    if (value == null) return fallback;
    try {
      int parsed = Integer.parseInt(value.strip());
      if (parsed < 1) throw new NumberFormatException();
      return parsed;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + ": " + key + " must be a positive whole number, got '" + value + "'");
    }
  }

  /** The value of {@code key}, a number above 0 and at most 1, or 1 when it is missing. */
  private static double fraction(Properties p, Path file, String key) {
    String value = p.getProperty(key, "1").strip();
    try {
      double fraction = Double.parseDouble(value);
      if (fraction > 0 && fraction <= 1) return fraction;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(file + ": " + key + " must be a number above 0 and at most 1, got '" + value + "'");
  }

  private static double[] askWhen(Properties p, Path file) {
    String value = p.getProperty("askWhen", "0,1").strip();
    String[] parts = value.split(",");
    try {
      if (parts.length == 2) {
        double low = Double.parseDouble(parts[0].strip());
        double high = Double.parseDouble(parts[1].strip());
        if (low >= 0 && low < high && high <= 1) return new double[] {low, high};
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(file + ": askWhen must be two numbers 'low,high' with 0 <= low < high <= 1, got '" + value + "'");
  }

  /** A file named by {@code key}, which must stay inside the model's folder. */
  private static Path inside(Path folder, Path file, Properties p, String key) {
    String name = p.getProperty(key);
    if (name == null) throw new IllegalArgumentException(file + ": " + key + " is missing");
    Path resolved = folder.resolve(name.strip()).normalize();
    if (!resolved.startsWith(folder.normalize()) || !Files.isRegularFile(resolved)) {
      throw new IllegalArgumentException(file + ": " + key + " = " + name + " is not a file in " + folder);
    }
    return resolved;
  }

  /** The weight of this model's probabilities beside ours, when it is an operator's model. */
  double join() {
    return join;
  }

  /**
   * Whether a specialist is asked, given the shared model's probabilities for the task: its "yes"
   * (the head's last label) must fall in {@code askWhen}, and its most likely class must be below
   * {@code askBelow} (1, the default, asks whatever the shared model says).
   */
  boolean asks(double[] shared) {
    double yes = shared[shared.length - 1];
    if (yes < askWhen[0] || yes > askWhen[1]) return false;
    if (askBelow >= 1) return true;
    double top = 0;
    for (double q : shared) top = Math.max(top, q);
    return top < askBelow;
  }

  /** Whether the graph gives a pooled encoding beside its logits. */
  boolean embeds() {
    return embedding != null;
  }

  Set<Task> tasks() {
    return heads.keySet();
  }

  Path folder() {
    return folder;
  }

  /** The token ids the model is given for a text. */
  long[] ids(String text) {
    return tokenizer.encode(text).getIds();
  }

  /** The probabilities of each head's labels, for one text. */
  Map<Task, double[]> classify(String text) {
    return score(List.of(text)).get(0).heads();
  }

  /** The probabilities of each head's labels, and the pooled encoding, for one text. */
  Scored score(String text) {
    return score(List.of(text)).get(0);
  }

  /** The probabilities of each head's labels, and the pooled encodings, for each text, computed in one batch. */
  List<Scored> score(List<String> texts) {
    if (texts.isEmpty()) return List.of();
    Encoding[] encodings = new Encoding[texts.size()];
    int width = 1;
    for (int i = 0; i < texts.size(); i++) {
      encodings[i] = tokenizer.encode(texts.get(i));
      width = Math.max(width, encodings[i].getIds().length);
    }
    long[] ids = new long[texts.size() * width];
    long[] mask = new long[ids.length];
    for (int i = 0; i < encodings.length; i++) {
      long[] row = encodings[i].getIds();
      System.arraycopy(row, 0, ids, i * width, row.length);
      Arrays.fill(mask, i * width, i * width + row.length, 1L);
    }
    long[] shape = {texts.size(), width};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
      if (session.getInputNames().contains("token_type_ids")) {
        inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        float[][] logits = (float[][]) result.get(output).orElseThrow().getValue();
        float[][] pooled = embedding == null ? null : (float[][]) result.get(embedding).orElseThrow().getValue();
        List<Scored> out = new ArrayList<>(texts.size());
        for (int i = 0; i < logits.length; i++) out.add(new Scored(heads(logits[i]), pooled == null ? null : pooled[i]));
        return out;
      }
    } catch (OrtException e) {
      throw new IllegalStateException(folder + ": inference failed: " + e.getMessage(), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private Map<Task, double[]> heads(float[] row) {
    Map<Task, double[]> out = new EnumMap<>(Task.class);
    heads.forEach((task, columns) -> {
      double max = Double.NEGATIVE_INFINITY;
      for (int c : columns) {
        if (c >= row.length) throw new IllegalStateException(folder + ": head." + task + " names column " + c + " of " + row.length);
        max = Math.max(max, row[c]);
      }
      double[] p = new double[columns.length];
      double sum = 0;
      for (int i = 0; i < columns.length; i++) sum += p[i] = Math.exp(row[columns[i]] - max);
      for (int i = 0; i < p.length; i++) p[i] /= sum;
      out.put(task, p);
    });
    return out;
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    }
    tokenizer.close();
  }
}
