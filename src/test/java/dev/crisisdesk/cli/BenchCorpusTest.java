package dev.crisisdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCorpusTest {
  @Test
  void corpusIsDistinctRepeatableAndOfMixedLengths() {
    List<String> corpus = BenchCommand.corpus(1_000, 7);

    assertThat(corpus).hasSize(1_000).doesNotHaveDuplicates().isEqualTo(BenchCommand.corpus(1_000, 7));
    assertThat(corpus).anySatisfy(text -> assertThat(text.split("\\. ").length).isEqualTo(1))
        .anySatisfy(text -> assertThat(text.split("\\. |! |\\? ").length).isGreaterThanOrEqualTo(5));
  }

  @Test
  void plainTextsMayStartWithABraceAndNdjsonFilesGiveTheirText(@TempDir Path dir) throws Exception {
    Path plain = Files.writeString(dir.resolve("tweets.txt"), "{Sneak peek} new album friday\nsame\n\nsame\nlast one\n");
    Path ndjson = Files.writeString(dir.resolve("comments.ndjson"), "{\"text\": \"where is my order\"}\n\n{\"text\": \"thanks!\"}\n");

    assertThat(BenchCommand.texts(plain, 3)).containsExactly("{Sneak peek} new album friday", "same", "last one");
    assertThat(BenchCommand.texts(ndjson, 2)).containsExactly("where is my order", "thanks!");
  }
}
