package dev.crisisdesk.nlp;

import dev.crisisdesk.facts.Comment;
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
 * Trains the needs-a-reply classifier, which tells three kinds of comment apart: first-contact
 * customer tweets that brands answered ({@code customer-care/answered-first-contact.ndjson}),
 * ordinary tweets (TweetEval's sentiment tweets and its tweets not labeled offensive or hateful, and
 * clean talk-page comments), and attacks on a person or group (talk-page comments labeled insult,
 * threat or identity hate, and TweetEval's hateful tweets). The third class is what lets an insult be
 * told from a complaint: both are addressed to someone, angry and short, but only the complaint is
 * about the customer's matter.
 *
 * <p>Judged by cross-validation held out by brand: the answered tweets are split into folds by the
 * brand that answered, so every figure is measured on brands the fold's model never saw; ordinary
 * and attacking texts are split into folds by position. The report gives, for a grid of thresholds on
 * the attack score, the share of held-out answered tweets it would send to a moderator and the share
 * of held-out attacks it would catch, alone and under the default pack's guard (the comment asks,
 * reports and questions nothing, and its writer does not speak of themselves): the default threshold
 * {@code abuse.attack} in {@code rules/settings.json} is the lowest at which the guarded rule sends
 * at most {@link #ANSWERED_BUDGET} of them. The shipped model is then trained on everything.
 */
public final class NeedsReplyTrainer {
  static final int FOLDS = 5;
  static final int ORDINARY = 2_000;
  static final int ORDINARY_COMMENTS = 500;
  static final int ATTACKS = 2_500;
  /** Talk-page comments longer than this read unlike a social comment and are left out. */
  static final int LONGEST_COMMENT = 300;
  static final double SIGMA = 1.0;
  /** The share of answered customer tweets the attack threshold may send to a moderator. */
  static final double ANSWERED_BUDGET = 0.005;
  static final String ANSWERED_LABEL = "1";
  static final String ORDINARY_LABEL = "0";
  static final String ATTACK_LABEL = "2";

  private NeedsReplyTrainer() {}

  /** The training texts: {brand, text} of answered tweets, and the ordinary and attacking texts. */
  record Data(List<String[]> answered, List<String> ordinary, List<String> attacks) {}

  public static List<String> train(Path dataDir, Path modelsDir) throws IOException {
    Data data = data(dataDir);
    List<String> report = new ArrayList<>();
    report.add(String.format(Locale.ROOT, "needs-reply: %d answered tweets of %d brands, %d ordinary texts, %d attacks",
        data.answered().size(), data.answered().stream().map(a -> a[0]).distinct().count(), data.ordinary().size(),
        data.attacks().size()));
    report.addAll(crossValidate(data));
    List<String> texts = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    data.answered().forEach(a -> add(texts, labels, a[1], ANSWERED_LABEL));
    data.ordinary().forEach(t -> add(texts, labels, t, ORDINARY_LABEL));
    data.attacks().forEach(t -> add(texts, labels, t, ATTACK_LABEL));
    TextClassifier.train(TextClassifier.recipe(false, 2, SIGMA), texts, labels, modelsDir.resolve(NeedsReply.FILE));
    report.add("needs-reply: trained on everything into " + modelsDir.resolve(NeedsReply.FILE));
    return report;
  }

  static Data data(Path dataDir) throws IOException {
    List<String[]> answered = answered(dataDir.resolve("customer-care/answered-first-contact.ndjson"));
    List<String> ordinary = sample(ordinaryTweets(dataDir), ORDINARY, 17);
    List<String> cleanComments = new ArrayList<>();
    List<String> attacks = new ArrayList<>();
    for (String[] row : AbuseTrainer.toxicComments(dataDir.resolve("toxicity")).values()) {
      if (row[0].length() > LONGEST_COMMENT) continue;
      if (row[2].equals("1")) attacks.add(row[0]);
      else if (row[1].equals("0")) cleanComments.add(row[0]);
    }
    ordinary.addAll(sample(cleanComments, ORDINARY_COMMENTS, 19));
    attacks.addAll(labeled(dataDir.resolve("hate"), "1"));
    return new Data(answered, ordinary, sample(attacks, ATTACKS, 23));
  }

  /** Folds by brand: each brand's tweets sit in one fold (largest brands first, each to the smallest fold). */
  static List<String> crossValidate(Data data) throws IOException {
    Map<String, List<String>> byBrand = new TreeMap<>();
    data.answered().forEach(a -> byBrand.computeIfAbsent(a[0], b -> new ArrayList<>()).add(a[1]));
    List<List<String>> folds = new ArrayList<>();
    for (int i = 0; i < FOLDS; i++) folds.add(new ArrayList<>());
    byBrand.values().stream().sorted(Comparator.comparingInt((List<String> l) -> l.size()).reversed())
        .forEach(tweets -> folds.stream().min(Comparator.comparingInt(List::size)).orElseThrow().addAll(tweets));
    List<String> report = new ArrayList<>();
    int caught = 0;
    int ordinaryFlagged = 0;
    int answeredMoreAttack = 0;
    int attacksMoreAttack = 0;
    List<Double> answeredAttack = new ArrayList<>();
    List<Double> answeredAsking = new ArrayList<>();
    List<Double> attackAttack = new ArrayList<>();
    List<Double> attackAsking = new ArrayList<>();
    List<Double> ordinaryAttack = new ArrayList<>();
    Path model = Files.createTempFile("crisisdesk-needs-reply", ".ser.gz");
    try {
      for (int fold = 0; fold < FOLDS; fold++) {
        List<String> texts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int other = 0; other < FOLDS; other++) {
          if (other != fold) folds.get(other).forEach(t -> add(texts, labels, t, ANSWERED_LABEL));
        }
        List<String> heldOutOrdinary = split(data.ordinary(), fold, texts, labels, ORDINARY_LABEL);
        List<String> heldOutAttacks = split(data.attacks(), fold, texts, labels, ATTACK_LABEL);
        TextClassifier.train(TextClassifier.recipe(false, 2, SIGMA), texts, labels, model);
        NeedsReply classifier = new NeedsReply(TextClassifier.load(model));
        int foldCaught = 0;
        for (String t : folds.get(fold)) {
          NeedsReply.Scores s = classifier.scores(t);
          if (s.needsReply() >= NeedsReply.THRESHOLD) foldCaught++;
          answeredAttack.add(s.attack());
          answeredAsking.add(customerMatter(t) ? 0.0 : s.attack());
          if (!customerMatter(t) && s.attack() >= s.needsReply()) answeredMoreAttack++;
        }
        int foldFlagged = 0;
        for (String t : heldOutOrdinary) {
          NeedsReply.Scores s = classifier.scores(t);
          if (s.needsReply() >= NeedsReply.THRESHOLD) foldFlagged++;
          ordinaryAttack.add(s.attack());
        }
        for (String t : heldOutAttacks) {
          NeedsReply.Scores s = classifier.scores(t);
          double attack = s.attack();
          attackAttack.add(attack);
          if (!customerMatter(t) && attack >= s.needsReply()) attacksMoreAttack++;
          attackAsking.add(customerMatter(t) ? 0.0 : attack);
        }
        report.add(String.format(Locale.ROOT, "  fold %d (held-out brands, %d answered): recall %.3f, ordinary texts flagged %.3f",
            fold + 1, folds.get(fold).size(), foldCaught / (double) folds.get(fold).size(), foldFlagged / (double) heldOutOrdinary.size()));
        caught += foldCaught;
        ordinaryFlagged += foldFlagged;
      }
    } finally {
      Files.deleteIfExists(model);
    }
    report.add(String.format(Locale.ROOT, "needs-reply, %d-fold by brand at %.2f: recall %.3f on answered tweets, %.3f of ordinary texts flagged",
        FOLDS, NeedsReply.THRESHOLD, caught / (double) data.answered().size(), ordinaryFlagged / (double) data.ordinary().size()));
    report.add("attack score, held out: threshold, answered tweets sent to a moderator, attacks caught, ordinary texts caught;"
        + " then answered tweets and attacks under the default pack's guard (asks, reports and questions nothing; no \"I\", \"my\", \"we\")");
    double chosen = Double.NaN;
    for (int t = 20; t <= 95; t += 5) {
      double threshold = t / 100.0;
      double answered = share(answeredAttack, threshold);
      if (Double.isNaN(chosen) && share(answeredAsking, threshold) <= ANSWERED_BUDGET) chosen = threshold;
      report.add(String.format(Locale.ROOT, "  %.2f  %.3f  %.3f  %.3f   %.3f  %.3f", threshold, answered, share(attackAttack, threshold),
          share(ordinaryAttack, threshold), share(answeredAsking, threshold), share(attackAsking, threshold)));
    }
    report.add(String.format(Locale.ROOT, "attack: the lowest threshold at which the guarded rule sends at most %.1f%% of answered tweets to a moderator: %.2f",
        ANSWERED_BUDGET * 100, chosen));
    report.add(String.format(Locale.ROOT, "attack at least needs-a-reply, under the guard: %.3f of answered tweets, %.3f of attacks"
        + " (the default pack asks a toxicity score as well)", answeredMoreAttack / (double) data.answered().size(),
        attacksMoreAttack / (double) attackAttack.size()));
    return report;
  }

  /**
   * Whether the default pack's attack rule leaves the text alone: triage's patterns read a request, a
   * problem or a question in it, or the writer speaks of themselves.
   */
  static boolean customerMatter(String text) {
    Triage.Signals read = Triage.of(text);
    return read.request() || read.problem() || read.question() || Comment.firstPerson(text);
  }

  private static double share(List<Double> scores, double threshold) {
    return scores.stream().filter(s -> s >= threshold).count() / (double) scores.size();
  }

  /** Adds the texts outside the fold to the training lists and returns those in it. */
  private static List<String> split(List<String> all, int fold, List<String> texts, List<String> labels, String label) {
    List<String> heldOut = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (i % FOLDS == fold) heldOut.add(all.get(i));
      else add(texts, labels, all.get(i), label);
    }
    return heldOut;
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

  /** TweetEval's sentiment tweets, and its offensive and hate tweets labeled neither. */
  static List<String> ordinaryTweets(Path dataDir) throws IOException {
    List<String> pool = new ArrayList<>(Files.readAllLines(dataDir.resolve("sentiment/train_text.txt"), StandardCharsets.UTF_8));
    pool.addAll(labeled(dataDir.resolve("offensive"), "0"));
    pool.addAll(labeled(dataDir.resolve("hate"), "0"));
    return pool;
  }

  /** The training texts of a TweetEval folder with the given label. */
  static List<String> labeled(Path folder, String label) throws IOException {
    List<String> texts = Files.readAllLines(folder.resolve("train_text.txt"), StandardCharsets.UTF_8);
    List<String> labels = Files.readAllLines(folder.resolve("train_labels.txt"), StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) if (labels.get(i).strip().equals(label) && !texts.get(i).isBlank()) out.add(texts.get(i));
    return out;
  }

  /** A fixed, seeded sample of at most {@code n} texts. */
  static List<String> sample(List<String> pool, int n, long seed) {
    List<String> shuffled = new ArrayList<>(pool);
    shuffled.removeIf(String::isBlank);
    Collections.shuffle(shuffled, new Random(seed));
    return new ArrayList<>(shuffled.subList(0, Math.min(n, shuffled.size())));
  }
}
