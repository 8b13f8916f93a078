package dev.crisisdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.SharedModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  private static Path models(Path dir) throws Exception {
    for (String file : new String[] {"corenlp.properties", "abuse-lexicon.txt"}) {
      Files.copy(Path.of("models", file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    return dir;
  }
}
