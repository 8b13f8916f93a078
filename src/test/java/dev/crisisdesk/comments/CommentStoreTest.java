package dev.crisisdesk.comments;

import dev.crisisdesk.store.Database;
import dev.crisisdesk.store.TestStores;
import dev.crisisdesk.queue.ItemStore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.facts.Author;
import dev.crisisdesk.facts.Decision;
import dev.crisisdesk.facts.Sentiment;
import dev.crisisdesk.comments.PostedComment;
import dev.crisisdesk.nlp.Analysis;
import dev.crisisdesk.rules.Outcome;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class CommentStoreTest {
  @TempDir
  Path data;

  @ParameterizedTest
  @EnumSource(TestStores.Engine.class)
  void processingOneCommentTwiceNeverCreatesSecondItem(TestStores.Engine engine) {
    try (TestStores.TestStore store = TestStores.open(engine, data)) {
      Database db = store.db();
      CommentStore comments = new CommentStore(db, Clock.systemUTC());
      ItemStore items = new ItemStore(db, Clock.systemUTC());
      PostedComment posted = new PostedComment("s-a", "twitter", "1", "late again", Author.UNKNOWN,
          Instant.parse("2026-11-01T10:00:00Z"), Map.of());
      StoredComment stored = comments.insert(List.of(posted)).stored().get(0);
      Decision route = new Decision(posted.key(), Decision.Action.ROUTE, Map.of("queue", "complaints", "priority", 60), "r");
      Outcome outcome = new Outcome(Outcome.Status.QUEUED, List.of(route),
          new Outcome.Route("complaints", 60, Instant.parse("2026-11-01T12:00:00Z"), List.of("r")));
      Analysis analysis = new Analysis(Sentiment.NEGATIVE, -0.4, 0, 0);

      boolean first = comments.complete(stored, analysis, outcome, connection -> items.place(connection, stored, outcome));
      boolean second = comments.complete(stored, analysis, outcome, connection -> items.place(connection, stored, outcome));

      assertThat(first).isTrue();
      assertThat(second).isFalse();
      assertThat(items.open("s-a", "complaints", 10)).hasSize(1);
      assertThat(comments.received()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestStores.Engine.class)
  void storeKeepsCommentsAcrossReopen(TestStores.Engine engine) {
    String postgres = engine == TestStores.Engine.POSTGRES ? TestStores.freshPostgres() : null;
    try (Database db = Database.open(postgres, data)) {
      new CommentStore(db, Clock.systemUTC()).insert(List.of(new PostedComment("s-b", "reddit", "x", "hello",
          new Author("u", "@u", 3L, true), Instant.parse("2026-11-01T10:00:00Z"), Map.of("lang", "en"))));
    }
    try (Database db = Database.open(postgres, data)) {
      CommentStore comments = new CommentStore(db, Clock.systemUTC());

      CommentView found = comments.find("s-b", "reddit", "x").orElseThrow();

      assertThat(found.status()).isEqualTo("received");
      assertThat(found.author()).containsEntry("verified", true);
      assertThat(found.meta()).containsEntry("lang", "en");
      assertThat(comments.received()).hasSize(1);
    } finally {
      if (postgres != null) TestStores.dropPostgres(postgres);
    }
  }
}
