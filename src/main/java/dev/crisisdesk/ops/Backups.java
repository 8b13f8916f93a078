package dev.crisisdesk.ops;

import dev.crisisdesk.http.Role.Permission;
import dev.crisisdesk.http.ApiException;
import dev.crisisdesk.http.Blocking;
import dev.crisisdesk.http.Requests;
import dev.crisisdesk.store.Database;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** {@code POST /v1/backups} (admin): a consistent copy of the embedded database taken while the service runs. */
public final class Backups {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  private final Database db;
  private final Path folder;
  private final Clock clock;
  private final Blocking blocking;

  public Backups(Database db, Path dataDir, Clock clock, Blocking blocking) {
    this.db = db;
    this.folder = dataDir.resolve("backups");
    this.clock = clock;
    this.blocking = blocking;
  }

  public void create(RoutingContext ctx) {
    Requests.principal(ctx).require(Permission.BACKUP, null);
    if (!db.embedded()) throw ApiException.conflict("this service keeps its state in PostgreSQL: back it up with pg_dump (docs/operations.md)");
    blocking.respond(ctx, 201, () -> {
      Instant at = clock.instant();
      Files.createDirectories(folder);
      Path file = folder.resolve("crisisdesk-" + STAMP.format(at) + ".zip");
      db.backupTo(file);
      return new JsonObject().put("file", file.getFileName().toString()).put("path", file.toAbsolutePath().toString())
          .put("bytes", Files.size(file)).put("at", at.toString());
    });
  }
}
