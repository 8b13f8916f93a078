package dev.crisisdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.SharedModels;
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
    SentimentTrainer trainer = SentimentTrainer.sharing(SharedModels.analyzer());

    var report = trainer.train(TINY, models(first));
    trainer.train(TINY, models(second));

    assertThat(report).anySatisfy(line -> assertThat(line).startsWith("val macro-recall: combined"));
    assertThat(Files.readAllBytes(first.resolve(SocialSentiment.FILE)))
        .isEqualTo(Files.readAllBytes(second.resolve(SocialSentiment.FILE)));
    assertThat(Files.readString(first.resolve(Combination.FILE))).isEqualTo(Files.readString(second.resolve(Combination.FILE)));
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

  private static Path models(Path dir) throws Exception {
    for (String file : new String[] {"corenlp.properties"}) {
      Files.copy(Path.of("models", file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    return dir;
  }
}
