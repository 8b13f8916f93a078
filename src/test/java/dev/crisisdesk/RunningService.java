package dev.crisisdesk;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The service started once for a test class on a fresh data folder and stopped after it:
 * {@code @RegisterExtension static final RunningService service = new RunningService();}
 */
public final class RunningService implements BeforeAllCallback, AfterAllCallback {
  private Path data;
  private Service service;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    data = Files.createTempDirectory("crisisdesk-test");
    service = Service.start(data);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    service.close();
    try (Stream<Path> files = Files.walk(data)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /** The running service itself, for what the HTTP helpers here do not cover (its port, its app). */
  public Service service() {
    return service;
  }

  public Service.Response get(String path) {
    return service.get(path);
  }

  public Service.Response get(String path, String key) {
    return service.get(path, key);
  }

  public Service.Response post(String path, Object json) {
    return service.post(path, json);
  }

  public Service.Response post(String path, Object json, String key) {
    return service.post(path, json, key);
  }

  public Service.Response put(String path, Object json) {
    return service.put(path, json);
  }

  public Service.Response put(String path, Object json, String key) {
    return service.put(path, json, key);
  }

  public Service.Response delete(String path) {
    return service.delete(path);
  }

  public Service.Response delete(String path, String key) {
    return service.delete(path, key);
  }

  public Service.Response raw(String method, String path, String contentType, byte[] body, String key) {
    return service.raw(method, path, contentType, body, key);
  }

  public JsonObject ingest(JsonObject... comments) {
    return service.ingest(comments);
  }

  public JsonObject awaitProcessed(String brand, String platform, String id) {
    return service.awaitProcessed(brand, platform, id);
  }
}
