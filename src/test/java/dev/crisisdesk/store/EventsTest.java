package dev.crisisdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class EventsTest {
  @TempDir
  Path data;

  @ParameterizedTest
  @EnumSource(TestStores.Engine.class)
  void readerNeverPassesAnEventWhoseTransactionIsStillOpen(TestStores.Engine engine) throws Exception {
    try (TestStores.TestStore store = TestStores.open(engine, data)) {
      Database db = store.db();
      Events events = new Events(db);
      CountDownLatch firstInserted = new CountDownLatch(1);
      CountDownLatch mayCommit = new CountDownLatch(1);
      ExecutorService threads = Executors.newSingleThreadExecutor();
      Future<?> slow = threads.submit(() -> db.inTransaction(connection -> {
        Events.append(connection, "e-a", "reply", "{\"text\":\"first\"}", 1);
        firstInserted.countDown();
        await(mayCommit);
        return null;
      }));
      await(firstInserted);
      db.inTransaction(connection -> {
        Events.append(connection, "e-a", "reply", "{\"text\":\"second\"}", 2);
        return null;
      });

      assertThat(events.read("e-a", 0, null, 10)).as("the second is committed but the first, before it, is not").isEmpty();
      assertThat(events.last()).isZero();

      mayCommit.countDown();
      slow.get(10, TimeUnit.SECONDS);
      threads.shutdown();
      assertThat(events.read("e-a", 0, null, 10).stream().map(Events.Event::data)).containsExactly("{\"text\":\"first\"}", "{\"text\":\"second\"}");
      assertThat(events.last()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(TestStores.Engine.class)
  void rolledBackEventLeavesAGapThatDoesNotHoldReadersBack(TestStores.Engine engine) {
    try (TestStores.TestStore store = TestStores.open(engine, data)) {
      Database db = store.db();
      Events events = new Events(db);
      try {
        db.inTransaction(connection -> {
          Events.append(connection, "e-b", "hide", "{}", 1);
          throw new IllegalStateException("rolled back");
        });
      } catch (IllegalStateException expected) {
        // the event went with its transaction
      }
      db.inTransaction(connection -> {
        Events.append(connection, "e-b", "hide", "{\"text\":\"kept\"}", 2);
        return null;
      });
      assertThat(events.read("e-b", 0, null, 10)).hasSize(1);
      assertThat(events.last()).isEqualTo(2);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
