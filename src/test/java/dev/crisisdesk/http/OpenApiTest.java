package dev.crisisdesk.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.Service;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps {@code /openapi.json} true: it documents exactly the routes the router serves. */
@Tag("slow")
class OpenApiTest {
  @TempDir
  Path data;

  @Test
  void openApiDocumentsExactlyTheRoutesServed() {
    try (Service service = Service.start(data)) {
      Service.Response response = service.get("/openapi.json", null);
      JsonObject spec = response.json();

      Set<String> documented = new TreeSet<>();
      spec.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).fieldNames()
          .forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
      Set<String> served = new TreeSet<>();
      for (Route route : service.app().router().getRoutes()) {
        if (route.getPath() == null || route.methods() == null || route.methods().isEmpty()) continue;
        String path = route.getPath().replaceAll(":(\\w+)", "{$1}");
        route.methods().forEach(method -> served.add(method.name() + " " + path));
      }

      assertThat(response.status()).isEqualTo(200);
      assertThat(spec.getString("openapi")).isEqualTo("3.1.0");
      assertThat(documented).isEqualTo(served);
    }
  }
}
