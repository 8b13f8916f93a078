package dev.crisisdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class SentimentTrainerTest {
  private static final Path TINY = Path.of("src/test/resources/tiny-data");

  @TempDir
  Path first;
  @TempDir
  Path second;

  @Test
  void trainingRebuildsTheSameModelFromTheSameData() throws Exception {
    var report = SentimentTrainer.train(TINY, first);
    SentimentTrainer.train(TINY, second);

    assertThat(report).anySatisfy(line -> assertThat(line).startsWith("social classifier alone, val macro-recall"));
    assertThat(Files.readAllBytes(first.resolve(SocialSentiment.FILE)))
        .isEqualTo(Files.readAllBytes(second.resolve(SocialSentiment.FILE)));
    assertThat(SocialSentiment.load(first).distribution("great support, thanks")).hasSize(3);
  }

  @Test
  void abuseTrainingIsDeterministicAndReadsTheCommentsOnce() throws Exception {
    // the train command trains sentiment first; the toxicity blend reads its social model
    for (Path dir : new Path[] {first, second}) {
      Files.copy(Path.of("models", SocialSentiment.FILE), dir.resolve(SocialSentiment.FILE), StandardCopyOption.REPLACE_EXISTING);
    }
    var report = AbuseTrainer.train(TINY, first);
    AbuseTrainer.train(TINY, second);

    assertThat(report).anySatisfy(line -> assertThat(line).contains("on 19 tweets and 6 comments"));
    assertThat(Files.readAllBytes(first.resolve(AbuseModels.TOXICITY))).isEqualTo(Files.readAllBytes(second.resolve(AbuseModels.TOXICITY)));
    assertThat(Files.readAllBytes(first.resolve(AbuseModels.HATE))).isEqualTo(Files.readAllBytes(second.resolve(AbuseModels.HATE)));
    assertThat(Files.readString(first.resolve(AbuseModels.PROPERTIES)))
        .contains("offensive.threshold", "hate.threshold = 0.5", "toxicity.negativeWeight", "toxicity.hateWeight")
        .isEqualTo(Files.readString(second.resolve(AbuseModels.PROPERTIES)));
  }

  @Test
  void theBlendIsChosenTheSameWayTwiceAndReportsHeldOutFigures() throws Exception {
    for (Path dir : new Path[] {first, second}) copyModels(dir);
    var report = BlendTrainer.train(TINY, first);
    BlendTrainer.train(TINY, second);

    assertThat(report).anySatisfy(line -> assertThat(line).startsWith("sentiment macro-recall (chosen on val): val").contains("cross-validated"))
        .anySatisfy(line -> assertThat(line).startsWith("offensive macro-F1: val").contains("cross-validated"))
        .anySatisfy(line -> assertThat(line).startsWith("hate macro-F1: val").contains("cross-topic"));
    assertThat(Files.readString(first.resolve(Combination.FILE))).contains("transformer = ").isEqualTo(Files.readString(second.resolve(Combination.FILE)));
    assertThat(Files.readString(first.resolve(AbuseModels.PROPERTIES))).contains("offensive.transformer", "hate.transformer")
        .isEqualTo(Files.readString(second.resolve(AbuseModels.PROPERTIES)));
    assertThat(Analyzer.load(first).analyze("worst airline ever, lost my bag again").sentiment().isNegative()).isTrue();
  }

  @Test
  void givenASplitHeldOutByTimeTheSentimentWeightsAreChosenThereAndBothFiguresReported() throws Exception {
    copyModels(first);
    // the tiny set stands in for both the later split and its models: what is checked is where the choice is made and what is reported
    var report = BlendTrainer.train(TINY, first, new BlendTrainer.ByTime(TINY, first));

    assertThat(report).anySatisfy(line -> assertThat(line).startsWith("sentiment held out by time (").contains("chosen there", "val's own choice scores"))
        .anySatisfy(line -> assertThat(line).startsWith("sentiment macro-recall (chosen on the split held out by time): val"));
    assertThat(Files.readString(first.resolve(Combination.FILE))).startsWith("# Weights chosen on a split held out by time");
    Combination chosen = Combination.load(first);
    assertThat(chosen.rntn()).isGreaterThanOrEqualTo(BlendTrainer.MIN_RNTN_TENTHS / 10.0 - 1e-9);
  }

  private static void copyModels(Path dir) throws Exception {
    try (var files = Files.walk(Path.of("models"))) {
      for (Path file : files.toList()) {
        Path target = dir.resolve(Path.of("models").relativize(file).toString());
        if (Files.isDirectory(file)) Files.createDirectories(target);
        else Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
