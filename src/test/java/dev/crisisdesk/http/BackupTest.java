package dev.crisisdesk.http;

import static dev.crisisdesk.Service.comment;
import static dev.crisisdesk.http.IngestApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.Service;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An online backup of the embedded database, restored into a new data folder, holds what the service held. */
@Tag("slow")
class BackupTest {
  @TempDir
  Path dir;

  @Test
  void backupTakenWhileRunningRestoresCommentsAndItems() throws Exception {
    Path data = dir.resolve("data");
    Path backup;
    try (Service service = Service.start(data)) {
      service.ingest(comment("bk-a", "1", "This is the worst customer service I have ever had. Terrible and rude."));
      JsonObject taken = service.post("/v1/backups", new JsonObject()).json();
      backup = data.resolve("backups").resolve(taken.getString("file"));
      assertThat(taken.getString("path")).isEqualTo(backup.toAbsolutePath().toString());
      assertThat(taken.getLong("bytes")).isEqualTo(Files.size(backup));
      service.ingest(comment("bk-a", "2", "A comment after the backup"));

      String manager = service.post("/v1/keys", new JsonObject().put("role", "manager").put("brands", new JsonArray().add("bk-a")))
          .json().getString("key");
      assertError(service.post("/v1/backups", new JsonObject(), manager), 403, "forbidden");
      assertThat(service.get("/v1/audit").json().getJsonArray("entries").stream()
          .map(e -> ((JsonObject) e).getString("action"))).contains("backup.create");
    }

    Path restored = dir.resolve("restored");
    unzip(backup, restored);
    try (Service service = Service.start(restored)) {
      JsonObject first = service.get("/v1/comments/bk-a/twitter/1").json();
      assertThat(first.getString("status")).isEqualTo("queued");
      assertThat(first.getString("itemId")).isNotBlank();
      assertError(service.get("/v1/comments/bk-a/twitter/2"), 404, "not_found");
    }
  }

  private static void unzip(Path zip, Path into) throws Exception {
    Files.createDirectories(into);
    try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) Files.copy(entries, into.resolve(entry.getName()));
    }
  }
}
