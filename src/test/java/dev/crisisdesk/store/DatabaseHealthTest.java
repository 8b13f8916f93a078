package dev.crisisdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crisisdesk.ops.Pressure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseHealthTest {
  @TempDir Path folder;

  @Test
  void theEmbeddedStoreIsReadableByItsOwnerOnly() throws Exception {
    Path data = folder.resolve("data");
    try (Database db = Database.open(data)) {
      assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
      try (Stream<Path> files = Files.list(data)) {
        List<Path> stored = files.filter(Files::isRegularFile).toList();
        assertFalse(stored.isEmpty());
        for (Path file : stored) {
          assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
        }
      }
    }
  }

  @Test
  void anExistingFolderOpenToOthersIsTightened() throws Exception {
    Path data = Files.createDirectories(folder.resolve("open"));
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
    try (Database db = Database.open(data)) {
      assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
    }
  }

  @Test
  void theStoreIsSaturatedWhileEveryConnectionIsTakenAndSomeoneWaits() throws Exception {
    try (Database db = Database.open(folder.resolve("pool"))) {
      Pressure pressure = new Pressure(db::saturated);
      assertEquals(List.of(), pressure.reasons());
      CountDownLatch release = new CountDownLatch(1);
      ExecutorService callers = Executors.newFixedThreadPool(9);
      try {
        for (int i = 0; i < 9; i++) {
          callers.execute(() -> db.inTransaction(connection -> {
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return null;
          }));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!db.saturated() && System.nanoTime() < deadline) Thread.sleep(10);
        assertTrue(db.saturated());
        assertEquals(List.of("store_saturated"), pressure.reasons());
      } finally {
        release.countDown();
        callers.shutdown();
        assertTrue(callers.awaitTermination(30, TimeUnit.SECONDS));
      }
      assertFalse(db.saturated());
    }
  }
}
