package dev.crisisdesk.nlp;

import dev.crisisdesk.facts.Signals;
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
 * Trains the spam head ({@link EncoderHead#SPAM}): a logistic layer over the shared encoder's pooled
 * output and the needs-a-reply score, which tells spam (pitches, scams, fake support, bots' come-ons)
 * from everything else, in whatever words the spammer found this week.
 *
 * <p>Spam: our spam sets ({@code spam*.ndjson} in the folder of our sets). Everything else: answered
 * customer tweets (each counted {@value #ANSWERED_WEIGHT} times: a complaint taken for spam is the
 * costliest mistake, and customers talk of orders, accounts and money as spammers do), ordinary tweets,
 * TweetEval tweets labeled inoffensive, and our other sets (abuse and hard negatives). Files in
 * sub-folders are never read.
 *
 * <p>Judged by five-fold cross-validation in which every brand's answered tweets and every one of our
 * sets sit in one fold, so a figure is measured on brands and batches the fold's model never saw. Only
 * English comments count: the service gives others no spam score. The report gives, per threshold, the
 * share of each kind the head alone scores over it, and the share the default pack's guarded rule would
 * send to a moderator beyond what triage's patterns already keep out of the reply queues. The chosen threshold
 * is the lowest at which the rule sends at most {@value #ANSWERED_BUDGET} of the held-out answered
 * tweets, at most {@value #ORDINARY_BUDGET} of the ordinary and inoffensive tweets and at most
 * {@value #HARD_BUDGET} of our hard negatives. The shipped head
 * is then trained on everything.
 */
public final class SpamTrainer {
  static final int ORDINARY_TWEETS = 6_000;
  static final int ANSWERED_WEIGHT = 20;
  /** The share of held-out answered tweets the chosen threshold may send to a moderator. */
  static final double ANSWERED_BUDGET = 0.0025;
  /** The share of held-out ordinary and inoffensive tweets it may send there. */
  static final double ORDINARY_BUDGET = 0.0025;
  /** The share of our held-out hard negatives (customers' complaints and requests, fans) it may send there. */
  static final double HARD_BUDGET = 0.005;
  static final double[] THRESHOLDS = {0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99};
  private static final List<String> KINDS = List.of("our spam", "our abuse", "hard negatives", "answered", "ordinary", "inoffensive tweets");

  private SpamTrainer() {}

  public static List<String> train(Path dataDir, Path oursDir, Path modelsDir) throws IOException {
    List<Example> examples = examples(dataDir, oursDir);
    HeadTrainer.Encoded encoded = HeadTrainer.encode(examples, modelsDir, Signals::needsReply);
    double[][] x = encoded.x();
    double[][] stats = HeadTrainer.standardization(x);
    double[] heldOut = HeadTrainer.heldOut(examples, x, stats);
    boolean[] english = new boolean[x.length];
    boolean[] passed = new boolean[x.length];
    for (int i = 0; i < x.length; i++) {
      Signals s = encoded.read()[i];
      english[i] = s.lang().equals("en");
      passed[i] = s.spam() == null && s.promotion() == null && s.abuse() == null && s.insult() == null && guarded(s);
    }
    List<String> report = new ArrayList<>();
    report.add(String.format(Locale.ROOT, "spam: %d texts, %d of our spam, cross-validated in %d folds by brand and by set; English texts only",
        examples.size(), examples.stream().filter(Example::positive).count(), HeadTrainer.FOLDS));
    report.add("spam: held out, per threshold and kind, the head alone over it, then the guarded rule beyond what triage's patterns keep out");
    double chosen = THRESHOLDS[THRESHOLDS.length - 1];
    for (int t = THRESHOLDS.length - 1; t >= 0; t--) {
      double threshold = THRESHOLDS[t];
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  at %.2f:", threshold));
      double answered = 0;
      double hard = 0;
      int ordinaryFired = 0;
      int ordinaryCount = 0;
      for (String kind : KINDS) {
        int n = 0;
        int over = 0;
        int fired = 0;
        for (int i = 0; i < x.length; i++) {
          if (!english[i] || !examples.get(i).kind().equals(kind)) continue;
          n++;
          if (heldOut[i] >= threshold) {
            over++;
            if (passed[i]) fired++;
          }
        }
        double share = n == 0 ? 0 : fired / (double) n;
        if (kind.equals("answered")) answered = share;
        if (kind.equals("hard negatives")) hard = share;
        if (kind.equals("ordinary") || kind.equals("inoffensive tweets")) {
          ordinaryFired += fired;
          ordinaryCount += n;
        }
        line.append(String.format(Locale.ROOT, " %s %d, %d more of %d;", kind, over, fired, n));
      }
      double ordinary = ordinaryFired / (double) Math.max(1, ordinaryCount);
      line.append(String.format(Locale.ROOT, " answered %.4f, ordinary and inoffensive together %.4f, hard negatives %.4f", answered, ordinary, hard));
      report.add(line.toString());
      if (answered <= ANSWERED_BUDGET && ordinary <= ORDINARY_BUDGET && hard <= HARD_BUDGET) chosen = threshold;
    }
    report.add(String.format(Locale.ROOT, "spam: the lowest threshold within %.4f of answered and %.4f of ordinary tweets and %.3f of our hard negatives: %.2f"
        + " (spam.score in rules/settings.json)", ANSWERED_BUDGET, ORDINARY_BUDGET, HARD_BUDGET, chosen));
    EncoderHead head = HeadTrainer.fit(examples, x, stats, i -> true);
    head.write(modelsDir.resolve(EncoderHead.SPAM), List.of(
        "Written by train --only spam (SpamTrainer): a logistic layer over the pooled output of models/transformer",
        "and the needs-a-reply score and its log-odds, standardized by mean and scale. Cross-validated by brand and by set:",
        String.format(Locale.ROOT, "the lowest threshold within %.4f of held-out answered, %.4f of ordinary tweets and %.3f of our hard negatives is %.2f.",
            ANSWERED_BUDGET, ORDINARY_BUDGET, HARD_BUDGET, chosen)));
    report.add("spam: trained on everything into " + modelsDir.resolve(EncoderHead.SPAM));
    return report;
  }

  /**
   * Whether the default pack's spam rule may fire on a comment: it asks, reports and questions nothing
   * about the brand's business, and reads less than strongly like a customer's (needsReply under 0.8).
   */
  static boolean guarded(Signals s) {
    return s.needsReply() < 0.8 && (!s.aboutService() || !s.problem() && !s.request() && !s.question());
  }

  static List<Example> examples(Path dataDir, Path oursDir) throws IOException {
    List<Example> out = new ArrayList<>();
    NeedsReplyTrainer.labeled(dataDir.resolve("offensive"), "0").forEach(t -> out.add(new Example(t, false, "inoffensive tweets", null, 1)));
    NeedsReplyTrainer.sample(Files.readAllLines(dataDir.resolve("sentiment/train_text.txt"), StandardCharsets.UTF_8), ORDINARY_TWEETS, 5)
        .forEach(t -> out.add(new Example(t, false, "ordinary", null, 1)));
    for (String[] a : NeedsReplyTrainer.answered(dataDir.resolve("customer-care/answered-first-contact.ndjson"))) {
      out.add(new Example(a[1], false, "answered", "brand " + a[0], ANSWERED_WEIGHT));
    }
    List<Path> sets;
    try (Stream<Path> list = Files.list(oursDir)) {
      sets = list.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".ndjson")).sorted().toList();
    }
    for (Path set : sets) {
      String name = set.getFileName().toString();
      boolean spam = name.startsWith("spam");
      String kind = spam ? "our spam" : name.startsWith("abuse") ? "our abuse" : "hard negatives";
      for (String line : Files.readAllLines(set, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) out.add(new Example(new JsonObject(line).getString("text"), spam, kind, name, 1));
      }
    }
    return out;
  }
}
