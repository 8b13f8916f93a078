package dev.crisisdesk.cli;

import dev.crisisdesk.nlp.AbuseTrainer;
import dev.crisisdesk.nlp.AttackTrainer;
import dev.crisisdesk.nlp.SpamTrainer;
import dev.crisisdesk.nlp.BlendTrainer;
import dev.crisisdesk.nlp.NeedsReplyTrainer;
import dev.crisisdesk.nlp.SentimentTrainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train}: rebuilds the trained models in the models folder from a labeled data folder. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Rebuild the trained NLP models (sentiment; toxicity and hate when offensive/ and hate/ are there;"
    + " needs-a-reply when customer-care/ is), then choose how they blend with the fine-tuned transformer, from a data folder laid out like TweetEval."
    + " The transformer itself is fine-tuned by src/train/transformer/run.sh.")
final class TrainCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, description = "Folder with sentiment/{train,val}_{text,labels}.txt.")
  Path data;

  @Option(names = "--models", defaultValue = "./models", description = "Models folder to write into (default: ${DEFAULT-VALUE}).")
  Path models;

  @Option(names = "--only", description = "Train only this model: sentiment, abuse, needs-reply, attack, spam or blend (the blend is chosen again after sentiment and"
      + " abuse; the attack and spam heads again after needs-reply).")
  String only;

  @Option(names = "--sets", defaultValue = "src/test/resources/triage", description = "Our own spam and abuse sets and hard negatives (*.ndjson), which the"
      + " attack and spam heads learn from beside --data; sub-folders, our held-out batches, are not read (default: ${DEFAULT-VALUE}).")
  Path sets;

  @Option(names = "--by-time-data", description = "Folder whose sentiment/val_* holds later tweets than its sentiment/train_*:"
      + " the sentiment blend is chosen there instead of on val (with --by-time-models).")
  Path byTimeData;

  @Option(names = "--by-time-models", description = "Models folder with a transformer and a social classifier trained on --by-time-data's train split alone.")
  Path byTimeModels;

  @Option(names = "--ablation", description = "Measure each text normalization step on sentiment val instead of training.")
  boolean ablation;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(data.resolve("sentiment"))) {
      System.err.println(data + ": no sentiment/ folder with train and val files");
      return 2;
    }
    if ((byTimeData == null) != (byTimeModels == null)) {
      System.err.println("--by-time-data and --by-time-models go together");
      return 2;
    }
    if (ablation) {
      SentimentTrainer.ablation(data).forEach(System.out::println);
      return 0;
    }
    // the heads are trained after needs-reply, whose scores they read: their sets are checked before anything is trained
    boolean careData = Files.isDirectory(data.resolve("customer-care"));
    boolean attack = (only == null || only.equals("needs-reply") || only.equals("attack")) && careData;
    boolean spam = (only == null || only.equals("needs-reply") || only.equals("spam")) && careData;
    if ((attack || spam) && !Files.isDirectory(sets)) {
      System.err.println(sets + ": no folder of our spam and abuse sets (--sets)");
      return 2;
    }
    if (only == null || only.equals("sentiment")) SentimentTrainer.train(data, models).forEach(System.out::println);
    if ((only == null || only.equals("abuse")) && Files.isDirectory(data.resolve("offensive")) && Files.isDirectory(data.resolve("hate"))) {
      AbuseTrainer.train(data, models).forEach(System.out::println);
    }
    if ((only == null || only.equals("needs-reply")) && Files.isDirectory(data.resolve("customer-care"))) {
      NeedsReplyTrainer.train(data, models).forEach(System.out::println);
    }
    if (attack) AttackTrainer.train(data, sets, models).forEach(System.out::println);
    if (spam) SpamTrainer.train(data, sets, models).forEach(System.out::println);
    if (only == null || only.equals("sentiment") || only.equals("abuse") || only.equals("blend")) {
      BlendTrainer.train(data, models, byTimeData == null ? null : new BlendTrainer.ByTime(byTimeData, byTimeModels)).forEach(System.out::println);
    }
    return 0;
  }
}
