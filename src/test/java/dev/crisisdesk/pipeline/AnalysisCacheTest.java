package dev.crisisdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.facts.Sentiment;
import dev.crisisdesk.nlp.Analysis;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AnalysisCacheTest {
  private final List<String> analyzed = new ArrayList<>();
  private final Function<String, Analysis> analyzer = text -> {
    analyzed.add(text);
    return new Analysis(Sentiment.NEUTRAL, 0, 0, 0);
  };

  @Test
  void identicalTextsOfOneBrandAreAnalyzedOnce() {
    AnalysisCache cache = new AnalysisCache(100);

    for (int i = 0; i < 50; i++) cache.analyze("acme", "Follow me for free followers", analyzer);
    cache.analyze("other", "Follow me for free followers", analyzer);

    assertThat(analyzed).hasSize(2);
  }

  @Test
  void leastRecentlyUsedTextsLeaveWhenFull() {
    AnalysisCache cache = new AnalysisCache(2);

    cache.analyze("acme", "a", analyzer);
    cache.analyze("acme", "b", analyzer);
    cache.analyze("acme", "a", analyzer);
    cache.analyze("acme", "c", analyzer);
    cache.analyze("acme", "b", analyzer);

    assertThat(analyzed).containsExactly("a", "b", "c", "b");
  }
}
