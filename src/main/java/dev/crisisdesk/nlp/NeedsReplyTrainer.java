package dev.crisisdesk.nlp;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Trains the needs-a-reply classifier: first-contact customer tweets that brands answered
 * ({@code customer-care/answered-first-contact.ndjson}) against ordinary tweets (TweetEval's
 * sentiment and offensive training tweets, which nobody addressed to a brand's support team).
 *
 * <p>Judged by cross-validation held out by brand: the answered tweets are split into folds by
 * the brand that answered, so every figure is measured on brands the fold's model never saw. The
 * shipped model is then trained on everything.
 */
public final class NeedsReplyTrainer {
  static final int FOLDS = 5;
  static final int NEGATIVES = 2_000;
  static final double SIGMA = 1.0;

  private NeedsReplyTrainer() {}

  public static List<String> train(Path dataDir, Path modelsDir) throws IOException {
    List<String[]> answered = answered(dataDir.resolve("customer-care/answered-first-contact.ndjson"));
    List<String> ordinary = ordinary(dataDir);
    List<String> report = new ArrayList<>();
    report.add(String.format(Locale.ROOT, "needs-reply: %d answered tweets of %d brands, %d ordinary tweets",
        answered.size(), answered.stream().map(a -> a[0]).distinct().count(), ordinary.size()));
    report.addAll(crossValidate(answered, ordinary));
    List<String> texts = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    answered.forEach(a -> add(texts, labels, a[1], "1"));
    ordinary.forEach(t -> add(texts, labels, t, "0"));
    TextClassifier.train(TextClassifier.recipe(false, 2, SIGMA), texts, labels, modelsDir.resolve(NeedsReply.FILE));
    report.add("needs-reply: trained on everything into " + modelsDir.resolve(NeedsReply.FILE));
    return report;
  }

  /** Folds by brand: each brand's tweets sit in one fold (largest brands first, each to the smallest fold). */
  static List<String> crossValidate(List<String[]> answered, List<String> ordinary) throws IOException {
    Map<String, List<String>> byBrand = new TreeMap<>();
    answered.forEach(a -> byBrand.computeIfAbsent(a[0], b -> new ArrayList<>()).add(a[1]));
    List<List<String>> folds = new ArrayList<>();
    for (int i = 0; i < FOLDS; i++) folds.add(new ArrayList<>());
    byBrand.values().stream().sorted(Comparator.comparingInt((List<String> l) -> l.size()).reversed())
        .forEach(tweets -> folds.stream().min(Comparator.comparingInt(List::size)).orElseThrow().addAll(tweets));
    List<String> report = new ArrayList<>();
    int caught = 0;
    int positives = 0;
    int falseAlarms = 0;
    int negatives = 0;
    Path model = Files.createTempFile("crisisdesk-needs-reply", ".ser.gz");
    try {
      for (int fold = 0; fold < FOLDS; fold++) {
        List<String> texts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int other = 0; other < FOLDS; other++) {
          if (other != fold) folds.get(other).forEach(t -> add(texts, labels, t, "1"));
        }
        List<String> heldOutOrdinary = new ArrayList<>();
        for (int i = 0; i < ordinary.size(); i++) {
          if (i % FOLDS == fold) heldOutOrdinary.add(ordinary.get(i));
          else add(texts, labels, ordinary.get(i), "0");
        }
        TextClassifier.train(TextClassifier.recipe(false, 2, SIGMA), texts, labels, model);
        TextClassifier classifier = TextClassifier.load(model);
        int foldCaught = 0;
        for (String t : folds.get(fold)) if (classifier.probability(t, "1") >= NeedsReply.THRESHOLD) foldCaught++;
        int foldAlarms = 0;
        for (String t : heldOutOrdinary) if (classifier.probability(t, "1") >= NeedsReply.THRESHOLD) foldAlarms++;
        report.add(String.format(Locale.ROOT, "  fold %d (held-out brands, %d answered): recall %.3f, ordinary tweets flagged %.3f",
            fold + 1, folds.get(fold).size(), foldCaught / (double) folds.get(fold).size(), foldAlarms / (double) heldOutOrdinary.size()));
        caught += foldCaught;
        positives += folds.get(fold).size();
        falseAlarms += foldAlarms;
        negatives += heldOutOrdinary.size();
      }
    } finally {
      Files.deleteIfExists(model);
    }
    report.add(String.format(Locale.ROOT, "needs-reply, %d-fold by brand at %.2f: recall %.3f on answered tweets, %.3f of ordinary tweets flagged",
        FOLDS, NeedsReply.THRESHOLD, caught / (double) positives, falseAlarms / (double) negatives));
    return report;
  }

  private static void add(List<String> texts, List<String> labels, String text, String label) {
    texts.add(text);
    labels.add(label);
  }

  /** {brand, text} of every answered tweet. */
  static List<String[]> answered(Path ndjson) throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(ndjson, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonObject json = new JsonObject(line);
      out.add(new String[] {json.getString("brand"), json.getString("text")});
    }
    return out;
  }

  /** A fixed, seeded sample of ordinary tweets. */
  static List<String> ordinary(Path dataDir) throws IOException {
    List<String> pool = new ArrayList<>(Files.readAllLines(dataDir.resolve("sentiment/train_text.txt"), StandardCharsets.UTF_8));
    pool.addAll(Files.readAllLines(dataDir.resolve("offensive/train_text.txt"), StandardCharsets.UTF_8));
    pool.removeIf(String::isBlank);
    Collections.shuffle(pool, new Random(17));
    return new ArrayList<>(pool.subList(0, Math.min(NEGATIVES, pool.size())));
  }
}
