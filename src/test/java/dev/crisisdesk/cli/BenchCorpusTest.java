package dev.crisisdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCorpusTest {
  @Test
  void corpusIsDistinctRepeatableAndOfMixedLengths() {
    List<String> corpus = BenchCommand.corpus(1_000, 7);

    assertThat(corpus).hasSize(1_000).doesNotHaveDuplicates().isEqualTo(BenchCommand.corpus(1_000, 7));
    assertThat(corpus).anySatisfy(text -> assertThat(text.split("\\. ").length).isEqualTo(1))
        .anySatisfy(text -> assertThat(text.split("\\. |! |\\? ").length).isGreaterThanOrEqualTo(5));
  }
}
