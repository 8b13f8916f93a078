package dev.crisisdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class ReplayCommandTest {
  private static final String EXAMPLE = "docs/examples/burst.ndjson";

  @TempDir
  Path dir;

  @Test
  void textReportNamesTheIncidentWithWhenAndWhy() {
    CliRun run = run("rules", "replay", "--rules", "rules", "--comments", EXAMPLE);

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("replayed 460 comments of 3 brands", "incidents: 1 opened",
        "2026-11-02T08:41:54Z  acme", "\"Negative spike\": 20 negative comments in 5 minutes", "queued to crisis");
  }

  @Test
  void jsonReportHasOneLinePerIncidentAndComment() {
    CliRun run = run("rules", "replay", "--rules", "rules", "--comments", EXAMPLE, "--format", "json");

    List<JsonObject> lines = run.out().lines().map(JsonObject::new).toList();
    assertThat(lines).filteredOn(line -> line.getString("type").equals("incident") && line.getString("change").equals("opened"))
        .singleElement().satisfies(incident -> {
          assertThat(incident.getString("brand")).isEqualTo("acme");
          assertThat(incident.getString("severity")).isEqualTo("medium");
          assertThat(incident.getString("openedAt")).isEqualTo("2026-11-02T08:41:54Z");
          assertThat(incident.getString("rule")).isEqualTo("Negative spike");
          assertThat(incident.getString("reason")).isNotBlank();
        });
    assertThat(lines).filteredOn(line -> line.getString("type").equals("comment")).hasSize(460);
  }

  @Test
  void baselineComparisonCountsWhatTheCandidateChangesWithExamples() throws Exception {
    Path candidate = dir.resolve("candidate");
    Files.createDirectories(candidate);
    try (var files = Files.list(Path.of("rules"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) Files.copy(file, candidate.resolve(file.getFileName()));
    }
    Files.writeString(candidate.resolve("settings.json"),
        Files.readString(candidate.resolve("settings.json")).replace("\"negativeSpike.count\": 20", "\"negativeSpike.count\": 50"));

    CliRun text = run("rules", "replay", "--rules", candidate.toString(), "--baseline", "rules", "--comments", EXAMPLE);
    CliRun json = run("rules", "replay", "--rules", candidate.toString(), "--baseline", "rules", "--comments", EXAMPLE, "--format", "json");

    assertThat(text.exit()).isZero();
    // without the incident, neither its 20 causes (which moved with it) nor the 16 later comments about it reach the crisis queue
    assertThat(text.out()).contains("36 of 460 comments treated differently", "routed: 36",
        "acme acme-1000: queued in crisis at 95  ->  queued in complaints at 60", "incidents lost: 1", "- acme: \"Negative spike\"");
    List<JsonObject> lines = json.out().lines().map(JsonObject::new).toList();
    assertThat(lines).filteredOn(line -> "routed".equals(line.getString("kind"))).hasSize(36);
    assertThat(lines).filteredOn(line -> "lost".equals(line.getString("change"))).singleElement()
        .satisfies(line -> assertThat(line.getString("incident")).isEqualTo("acme: \"Negative spike\""));
  }

  /** Forty customers writing about one outage in their own words, after half an hour of calm, scored by the real models. */
  @Test
  void aSurgeInManyWordsEndsInTheCrisisQueueAndTheCalmBeforeItDoesNot() {
    CliRun json = run("rules", "replay", "--rules", "rules", "--comments", "docs/examples/outage-surge.ndjson", "--format", "json");

    Map<String, String> where = new HashMap<>();
    List<JsonObject> lines = json.out().lines().map(JsonObject::new).toList();
    for (JsonObject line : lines) {
      if ("comment".equals(line.getString("type"))) where.put(line.getString("commentId"), line.getString("queue", line.getString("status")));
      if ("joined".equals(line.getString("type")) && line.getBoolean("moved")) where.put(line.getString("commentId"), line.getString("queue"));
    }
    assertThat(lines).filteredOn(line -> "incident".equals(line.getString("type")) && "opened".equals(line.getString("change"))).hasSize(1);
    assertThat(where.entrySet().stream().filter(e -> e.getKey().startsWith("surge-") && e.getValue().equals("crisis")).count())
        .as("surge comments in the crisis queue").isGreaterThanOrEqualTo(32);
    assertThat(where.entrySet().stream().filter(e -> e.getKey().startsWith("calm-") && e.getValue().equals("crisis"))).isEmpty();
  }

  @Test
  void badLineIsReportedWithFileAndLineNumber() throws Exception {
    Path file = dir.resolve("bad.ndjson");
    Files.writeString(file, "{\"id\": \"1\", \"brand\": \"a\", \"platform\": \"twitter\", \"text\": \"hi\", \"sentiment\": \"neutral\"}\n{oops\n");

    CliRun run = run("rules", "replay", "--rules", "rules", "--comments", file.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(file + ":2: not a JSON object");
  }

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }
}
