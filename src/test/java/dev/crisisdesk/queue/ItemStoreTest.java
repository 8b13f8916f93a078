package dev.crisisdesk.queue;

import dev.crisisdesk.store.TestStores;
import dev.crisisdesk.comments.CommentStore;
import dev.crisisdesk.comments.StoredComment;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ItemStoreTest {
  private static final int ITEMS = 40;

  @TempDir
  Path data;

  /** Two item stores stand for two nodes: their in-process locks do not see each other, only the database does. */
  @ParameterizedTest
  @EnumSource(TestStores.Engine.class)
  void agentsOnTwoNodesClaimingAtOnceNeverGetTheSameItem(TestStores.Engine engine) throws Exception {
    try (TestStores.TestStore store = TestStores.open(engine, data)) {
      CommentStore comments = new CommentStore(store.db(), Clock.systemUTC());
      ItemStore placing = new ItemStore(store.db(), Clock.systemUTC());
      List<PostedComment> posted = new ArrayList<>();
      for (int i = 0; i < ITEMS; i++) {
        posted.add(new PostedComment("s-claim", "twitter", "c" + i, "late again " + i, Author.UNKNOWN,
            Instant.parse("2026-11-01T10:00:00Z").plusSeconds(i), Map.of()));
      }
      for (StoredComment stored : comments.insert(posted).stored()) {
        Decision route = new Decision(stored.comment().key(), Decision.Action.ROUTE, Map.of("queue", "complaints", "priority", 60), "r");
        Outcome queued = new Outcome(Outcome.Status.QUEUED, List.of(route),
            new Outcome.Route("complaints", 60, Instant.parse("2026-11-01T12:00:00Z"), List.of("r")));
        comments.complete(stored, new Analysis(Sentiment.NEGATIVE, -0.4, 0, 0), queued, connection -> placing.place(connection, stored, queued));
      }
      List<ItemStore> nodes = List.of(new ItemStore(store.db(), Clock.systemUTC()), new ItemStore(store.db(), Clock.systemUTC()));
      ConcurrentLinkedQueue<String> claimed = new ConcurrentLinkedQueue<>();
      ExecutorService agents = Executors.newFixedThreadPool(8);
      List<Future<?>> done = new ArrayList<>();
      for (int a = 0; a < 8; a++) {
        ItemStore node = nodes.get(a % 2);
        String agent = "agent-" + a;
        done.add(agents.submit(() -> {
          while (true) {
            List<QueueItem> items = node.claim("s-claim", "complaints", agent, "key-" + agent, 1, 300);
            if (items.isEmpty()) return null;
            claimed.add(items.get(0).itemId());
          }
        }));
      }
      for (Future<?> f : done) f.get();
      agents.shutdown();

      assertThat(claimed).hasSize(ITEMS).doesNotHaveDuplicates();
    }
  }

  @ParameterizedTest
  @EnumSource(TestStores.Engine.class)
  void notesAndAssigneesAreKeptPerItemAndFilterTheQueue(TestStores.Engine engine) {
    try (TestStores.TestStore store = TestStores.open(engine, data)) {
      CommentStore comments = new CommentStore(store.db(), Clock.systemUTC());
      ItemStore items = new ItemStore(store.db(), Clock.systemUTC());
      for (StoredComment stored : comments.insert(List.of(
          new PostedComment("s-note", "twitter", "a", "late again", Author.UNKNOWN, Instant.parse("2026-11-01T10:00:00Z"), Map.of()),
          new PostedComment("s-note", "twitter", "b", "late again", Author.UNKNOWN, Instant.parse("2026-11-01T10:01:00Z"), Map.of()))).stored()) {
        Decision route = new Decision(stored.comment().key(), Decision.Action.ROUTE, Map.of("queue", "complaints", "priority", 60), "r");
        Outcome queued = new Outcome(Outcome.Status.QUEUED, List.of(route),
            new Outcome.Route("complaints", 60, Instant.parse("2026-11-01T12:00:00Z"), List.of("r")));
        comments.complete(stored, new Analysis(Sentiment.NEGATIVE, -0.4, 0, 0), queued, connection -> items.place(connection, stored, queued));
      }
      List<QueueItem> open = items.open("s-note", "complaints", 10);
      String first = open.get(0).itemId();

      items.note(first, "Mia", "called them back");
      items.note(first, "Omar", "refund sent");
      items.assign(first, "Omar");

      assertThat(items.find(first).orElseThrow().notes()).extracting(QueueItem.Note::text).containsExactly("called them back", "refund sent");
      assertThat(items.open("s-note", "complaints", 10, "Omar")).extracting(QueueItem::itemId).containsExactly(first);
      assertThat(items.open("s-note", "complaints", 10)).extracting(item -> item.notes().size()).containsExactly(2, 0);
      assertThat(items.assign(first, null).assignedTo()).isNull();
      assertThat(items.open("s-note", "complaints", 10, "Omar")).isEmpty();
      assertThat(items.note("no-such-item", "Mia", "x")).isEmpty();
    }
  }
}
