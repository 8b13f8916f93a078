package dev.crisisdesk.nlp;

import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.nlp.HeadTrainer.Example;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Trains the attack head ({@link EncoderHead#ATTACK}): a logistic layer over the shared encoder's pooled
 * output and the n-gram attack score, which tells an attack on a person or group from everything else.
 *
 * <p>Attacks: talk-page comments labeled insult, threat or identity hate, TweetEval's hateful tweets,
 * and our own abuse sets ({@code abuse*.ndjson} in the folder of our sets, each example counted
 * {@value #OURS_WEIGHT} times: they are what social comments aimed at people read like). Everything
 * else: answered customer tweets, ordinary tweets, clean talk-page comments, TweetEval tweets labeled
 * neither offensive nor hateful, and our hard negatives (the other sets in that folder but spam).
 * Files in sub-folders (our held-out batches) are never read.
 *
 * <p>Judged by five-fold cross-validation in which every brand's answered tweets and every one of our
 * sets sit in one fold, so a figure is measured on brands and batches the fold's model never saw. The
 * report gives, per threshold, what the default pack's guarded rule would send to a moderator that
 * triage's patterns did not already keep out of the reply queues; the chosen threshold is the lowest
 * at which it sends at most {@value #ANSWERED_BUDGET} of the held-out answered tweets and at most
 * {@value #ORDINARY_BUDGET} of the ordinary and inoffensive tweets.
 * The shipped head is then trained on everything.
 */
public final class AttackTrainer {
  static final int ORDINARY_TWEETS = 6_000;
  static final int OURS_WEIGHT = 5;
  /** The share of held-out answered tweets the chosen threshold may send to a moderator: a complaint there waits. */
  static final double ANSWERED_BUDGET = 0.0025;
  /** The share of held-out ordinary tweets (sentiment tweets and tweets labeled inoffensive, together) it may send there: a moderator's time. */
  static final double ORDINARY_BUDGET = 0.005;
  static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};

  private AttackTrainer() {}

  public static List<String> train(Path dataDir, Path oursDir, Path modelsDir) throws IOException {
    List<Example> examples = examples(dataDir, oursDir);
    List<String> report = new ArrayList<>();
    HeadTrainer.Encoded encoded = HeadTrainer.encode(examples, modelsDir, dev.crisisdesk.facts.Signals::attack);
    double[][] x = encoded.x();
    boolean[] guarded = new boolean[examples.size()];
    for (int i = 0; i < guarded.length; i++) {
      // the rule leaves praise alone (sentiment 0.5 or more): the transformer's sentiment stands in for the service's blend
      guarded[i] = guarded(Folding.fold(examples.get(i).text())) && encoded.sentiment()[i] < 0.5;
    }
    double[][] stats = HeadTrainer.standardization(x);
    double[] heldOut = HeadTrainer.heldOut(examples, x, stats);
    // the service reads other languages with the n-gram score alone (Analyzer): so does the report
    for (int i = 0; i < heldOut.length; i++) if (!encoded.read()[i].lang().equals("en")) heldOut[i] = encoded.read()[i].attack();
    report.add(String.format(Locale.ROOT, "attack: %d texts, %d attacks (%d of ours), cross-validated in %d folds by brand and by set",
        examples.size(), examples.stream().filter(Example::positive).count(), examples.stream().filter(e -> e.positive() && e.kind().equals("ours")).count(),
        HeadTrainer.FOLDS));
    report.add("attack: held out, the share the guarded rule sends to a moderator beyond what triage's patterns keep out of the reply queues");
    double chosen = THRESHOLDS[THRESHOLDS.length - 1];
    for (int t = THRESHOLDS.length - 1; t >= 0; t--) {
      double threshold = THRESHOLDS[t];
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  at %.2f:", threshold));
      double answered = 0;
      int ordinaryFired = 0;
      int ordinaryCount = 0;
      for (String kind : List.of("ours", "talk-page attacks", "hateful tweets", "answered", "hard negatives", "ordinary", "inoffensive tweets",
          "tweets not hateful", "clean talk-page comments")) {
        int n = 0;
        int fired = 0;
        for (int i = 0; i < x.length; i++) {
          if (!examples.get(i).kind().equals(kind)) continue;
          n++;
          if (guarded[i] && heldOut[i] >= threshold) fired++;
        }
        double share = n == 0 ? 0 : fired / (double) n;
        if (kind.equals("answered")) answered = share;
        if (kind.equals("ordinary") || kind.equals("inoffensive tweets")) {
          ordinaryFired += fired;
          ordinaryCount += n;
        }
        line.append(String.format(Locale.ROOT, " %s %d/%d (%.3f);", kind, fired, n, share));
      }
      double ordinary = ordinaryFired / (double) Math.max(1, ordinaryCount);
      line.append(String.format(Locale.ROOT, " ordinary and inoffensive together %.4f", ordinary));
      report.add(line.toString());
      if (answered <= ANSWERED_BUDGET && ordinary <= ORDINARY_BUDGET) chosen = threshold;
    }
    report.add(String.format(Locale.ROOT, "attack: the lowest threshold within %.4f of answered and %.3f of ordinary tweets: %.2f (abuse.attack in rules/settings.json)",
        ANSWERED_BUDGET, ORDINARY_BUDGET, chosen));
    EncoderHead head = HeadTrainer.fit(examples, x, stats, i -> true);
    head.write(modelsDir.resolve(EncoderHead.ATTACK), List.of(
        "Written by train --only attack (AttackTrainer): a logistic layer over the pooled output of models/transformer",
        "and the n-gram attack score and its log-odds, standardized by mean and scale. Cross-validated by brand and by set:",
        String.format(Locale.ROOT, "the lowest threshold within %.4f of held-out answered and %.3f of ordinary tweets is %.2f.", ANSWERED_BUDGET,
            ORDINARY_BUDGET, chosen)));
    report.add("attack: trained on everything into " + modelsDir.resolve(EncoderHead.ATTACK));
    return report;
  }

  /**
   * Whether the default pack's attack rule may fire on a text: triage kept it in the reply queues, and it asks, reports and questions
   * nothing, names nothing of the brand's business and its writer does not speak of themselves.
   */
  static boolean guarded(String folded) {
    Triage.Signals s = Triage.of(folded);
    return s.abuse() == null && s.insult() == null && s.spam() == null && s.promotion() == null && !s.problem() && !s.request()
        && !s.question() && !s.aboutService() && !Comment.firstPerson(folded);
  }

  static List<Example> examples(Path dataDir, Path oursDir) throws IOException {
    List<Example> out = new ArrayList<>();
    for (String[] row : AbuseTrainer.toxicComments(dataDir.resolve("toxicity")).values()) {
      String text = row[0].length() > 600 ? row[0].substring(0, 600) : row[0];
      if (row[2].equals("1")) out.add(new Example(text, true, "talk-page attacks", null, 1));
      else if (row[1].equals("0")) out.add(new Example(text, false, "clean talk-page comments", null, 1));
    }
    NeedsReplyTrainer.labeled(dataDir.resolve("hate"), "1").forEach(t -> out.add(new Example(t, true, "hateful tweets", null, 1)));
    NeedsReplyTrainer.labeled(dataDir.resolve("hate"), "0").forEach(t -> out.add(new Example(t, false, "tweets not hateful", null, 1)));
    NeedsReplyTrainer.labeled(dataDir.resolve("offensive"), "0").forEach(t -> out.add(new Example(t, false, "inoffensive tweets", null, 1)));
    NeedsReplyTrainer.sample(Files.readAllLines(dataDir.resolve("sentiment/train_text.txt"), StandardCharsets.UTF_8), ORDINARY_TWEETS, 5)
        .forEach(t -> out.add(new Example(t, false, "ordinary", null, 1)));
    for (String[] a : NeedsReplyTrainer.answered(dataDir.resolve("customer-care/answered-first-contact.ndjson"))) {
      out.add(new Example(a[1], false, "answered", "brand " + a[0], 1));
    }
    List<Path> sets;
    try (Stream<Path> list = Files.list(oursDir)) {
      sets = list.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".ndjson")).sorted().toList();
    }
    for (Path set : sets) {
      String name = set.getFileName().toString();
      if (name.startsWith("spam")) continue;
      boolean attacks = name.startsWith("abuse");
      for (String line : Files.readAllLines(set, StandardCharsets.UTF_8)) {
        if (line.isBlank()) continue;
        String text = new JsonObject(line).getString("text");
        out.add(attacks ? new Example(text, true, "ours", name, OURS_WEIGHT) : new Example(text, false, "hard negatives", name, 1));
      }
    }
    return out;
  }
}
