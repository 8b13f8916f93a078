package dev.crisisdesk.http;

import static dev.crisisdesk.Service.comment;
import static dev.crisisdesk.http.IngestApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.RunningService;
import dev.crisisdesk.Service;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("slow")
class RulesApiTest {
  private static final String QUEUES = "[{\"name\": \"all\", \"slaMinutes\": 60, \"escalateTo\": null}]";

  @RegisterExtension
  static final RunningService service = new RunningService();
  private static String strategist;

  @BeforeAll
  static void start() {
    strategist = service.post("/v1/keys", new JsonObject().put("role", "strategist").put("brands", new JsonArray().add("own")))
        .json().getString("key");
  }

  @Test
  void activeDefaultSetShowsVersionFilesAndRules() {
    JsonObject rules = service.get("/v1/rules").json();

    assertThat(rules.getInteger("version")).isEqualTo(1);
    assertThat(rules.getString("scope")).isEqualTo("default");
    assertThat(rules.getJsonObject("files").fieldNames()).contains("routing.drl", "queues.json", "settings.json");
    assertThat(rules.getJsonArray("rules")).contains("Negative spike", "Questions get a reply");
  }

  @Test
  void scenariosRunAgainstTheActiveSetOrTheGivenFilesAndChangeNothing() {
    JsonObject shipped = service.post("/v1/rules/scenarios", new JsonObject()).json();
    assertThat(shipped.getInteger("failed")).as(shipped.encodePrettily()).isZero();
    assertThat(shipped.getJsonArray("results")).hasSizeGreaterThanOrEqualTo(8)
        .allSatisfy(r -> assertThat(((JsonObject) r).getString("file")).startsWith("scenarios/"));

    // a set where everything goes to one queue: the shipped routing scenario fails, and says why
    JsonObject files = service.get("/v1/rules").json().getJsonObject("files").copy();
    files.put("routing.drl", header().replace("package own", "package crisisdesk") + "rule \"All to complaints\"\nwhen $c : Comment()\nthen actions.route($c, \"complaints\", 10);\nend\n");
    Service.Response answer = service.post("/v1/rules/scenarios?brand=own", new JsonObject().put("files", files), strategist);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonObject changed = answer.json();
    JsonObject routing = changed.getJsonArray("results").stream().map(JsonObject.class::cast)
        .filter(r -> r.getString("file").equals("scenarios/routing.scenario")).findFirst().orElseThrow();
    assertThat(routing.getBoolean("passed")).isFalse();
    assertThat(routing.getJsonArray("failures").encode()).contains("angry-star");

    JsonObject own = service.post("/v1/rules/scenarios", new JsonObject().put("scenarios", new JsonObject()
        .put("mine.scenario", "scenario Mine\ncomment 10:00:00 q neutral \"How do I reset my password?\"\nexpect q queued questions\n")
        .put("bad.scenario", "scenario Bad\nthis is not a line\n"))).json();
    assertThat(own.getLong("passed")).isEqualTo(1);
    assertThat(own.getJsonArray("results").getJsonObject(0).getString("error")).contains("bad.scenario");
    assertError(service.post("/v1/rules/scenarios", new JsonObject().put("scenarios", new JsonObject().put("../x.scenario", ""))), 400, "invalid_field");
    assertThat(service.get("/v1/rules/versions?brand=own", strategist).json().getJsonArray("versions")).isEmpty();
  }

  @Test
  void brokenRuleSetIsRefusedWithEachProblemAtItsLine() {
    JsonObject broken = files("x.drl", header() + "rule \"Typo\"\nwhen $c : Comment( folowers > 3 )\nthen actions.route($c, \"all\", 1);\nend\n");

    Service.Response answer = service.post("/v1/rules/validate?brand=own", broken, strategist);

    assertError(answer, 422, "invalid_rules");
    JsonObject detail = answer.json().getJsonObject("error").getJsonArray("details").getJsonObject(0);
    assertThat(detail.getString("file")).isEqualTo("x.drl");
    assertThat(detail.getInteger("line")).isEqualTo(5);
    assertThat(detail.getString("problem")).isNotBlank();
  }

  @Test
  void ruleSetThatEscapesTheRuleApiIsRefused() {
    JsonObject escape = files("x.drl", header() + "rule \"Exit\"\nwhen $c : Comment( )\nthen System.exit(0);\nend\n");

    Service.Response answer = service.post("/v1/rules/validate?brand=own", escape, strategist);

    assertError(answer, 422, "invalid_rules");
    JsonObject detail = answer.json().getJsonObject("error").getJsonArray("details").getJsonObject(0);
    assertThat(detail.getString("file")).isEqualTo("x.drl");
    assertThat(detail.getInteger("line")).isEqualTo(header().split("\n", -1).length + 2);
    assertThat(detail.getString("problem")).contains("'java.lang.System.exit' is outside the rule API");
  }

  @Test
  void scenarioRunsThatBringFilesNeedTheRightToWriteRulesAndAreAuditedAndSandboxed() {
    String manager = service.post("/v1/keys", new JsonObject().put("role", "manager").put("brands", new JsonArray().add("own")))
        .json().getString("key");
    JsonObject escape = files("x.drl", header() + "rule \"Env\"\nwhen $c : Comment( )\nthen actions.flag($c, System.getenv(\"HOME\"));\nend\n");

    assertError(service.post("/v1/rules/scenarios?brand=own", escape, manager), 403, "forbidden");
    assertThat(service.post("/v1/rules/scenarios?brand=own", new JsonObject(), manager).status()).isEqualTo(200);
    Service.Response refused = service.post("/v1/rules/scenarios?brand=own", escape, strategist);
    assertError(refused, 422, "invalid_rules");
    assertThat(refused.json().getJsonObject("error").getJsonArray("details").getJsonObject(0).getString("problem"))
        .contains("java.lang.System.getenv");

    JsonArray audited = service.get("/v1/audit?brand=own").json().getJsonArray("entries");
    assertThat(audited.stream().map(e -> ((JsonObject) e).getString("action"))).contains("rules.scenarios");
  }

  @Test
  void brandSetIsStoredActivatedAndRolledBackWhileOtherBrandsKeepTheDefault() {
    JsonObject v1 = service.put("/v1/rules?brand=own", ownSet(10), strategist).json();
    service.ingest(comment("own", "a", "Where is my parcel?"), comment("other", "a", "Where is my parcel?"));

    assertThat(v1.getInteger("version")).isEqualTo(1);
    assertThat(service.get("/v1/comments/own/twitter/a").json().getString("queue")).isEqualTo("all");
    assertThat(service.get("/v1/comments/other/twitter/a").json().getString("queue")).isNotEqualTo("all");
    assertThat(service.get("/v1/rules?brand=own", strategist).json().getString("scope")).isEqualTo("own");

    JsonObject v2 = service.put("/v1/rules?brand=own&activate=false", ownSet(20), strategist).json();
    service.ingest(comment("own", "b", "Where is my parcel?"));
    assertThat(v2.getBoolean("active")).isFalse();
    assertThat(service.get("/v1/comments/own/twitter/b").json().getInteger("priority")).isEqualTo(10);

    assertThat(service.post("/v1/rules/versions/2/activate?brand=own", new JsonObject(), strategist).status()).isEqualTo(200);
    service.ingest(comment("own", "c", "Where is my parcel?"));
    assertThat(service.get("/v1/comments/own/twitter/c").json().getInteger("priority")).isEqualTo(20);

    assertThat(service.post("/v1/rules/versions/1/activate?brand=own", new JsonObject(), strategist).status()).isEqualTo(200);
    service.ingest(comment("own", "d", "Where is my parcel?"));
    assertThat(service.get("/v1/comments/own/twitter/d").json().getInteger("priority")).isEqualTo(10);

    JsonArray versions = service.get("/v1/rules/versions?brand=own", strategist).json().getJsonArray("versions");
    assertThat(versions).extracting(v -> ((JsonObject) v).getInteger("version")).containsExactly(2, 1);
    assertThat(versions.getJsonObject(1).getBoolean("active")).isTrue();
    assertThat(versions.getJsonObject(1).getString("activatedBy")).isNotBlank();
    assertThat(versions.getJsonObject(1).getString("createdAt")).isNotBlank();
    assertError(service.post("/v1/rules/versions/9/activate?brand=own", new JsonObject(), strategist), 404, "not_found");
  }

  @Test
  void shadowVersionIsComparedOnLiveTrafficWithoutBeingApplied() {
    String key = service.post("/v1/keys", new JsonObject().put("role", "strategist").put("brands", new JsonArray().add("shade")))
        .json().getString("key");
    service.put("/v1/rules?brand=shade", ownSet(10), key);
    service.put("/v1/rules?brand=shade&activate=false", ownSet(30), key);
    assertError(service.get("/v1/rules/shadow/report?brand=shade", key), 404, "not_found");

    assertThat(service.post("/v1/rules/versions/2/shadow?brand=shade", new JsonObject(), key).json().getBoolean("shadow")).isTrue();
    service.ingest(comment("shade", "a", "Where is my parcel?"), comment("shade", "b", "Thanks!"));
    JsonObject report = service.get("/v1/rules/shadow/report?brand=shade", key).json();

    assertThat(service.get("/v1/comments/shade/twitter/a").json().getInteger("priority")).isEqualTo(10);
    assertThat(report.getInteger("version")).isEqualTo(2);
    assertThat(report.getInteger("compared")).isEqualTo(2);
    assertThat(report.getJsonObject("differences").getInteger("prioritized")).isEqualTo(2);
    assertThat(report.getJsonObject("examples").getJsonArray("prioritized").getJsonObject(0).getString("shadow")).isEqualTo("queued in all at 30");
    assertThat(service.get("/v1/rules/versions?brand=shade", key).json().getJsonArray("versions").getJsonObject(0).getBoolean("shadow")).isTrue();

    assertThat(service.delete("/v1/rules/shadow?brand=shade", key).status()).isEqualTo(200);
    assertError(service.get("/v1/rules/shadow/report?brand=shade", key), 404, "not_found");
  }

  @Test
  void strategistChangesOnlyItsBrandsSets() {
    assertError(service.put("/v1/rules", ownSet(1), strategist), 403, "forbidden");
    assertError(service.put("/v1/rules?brand=someone-else", ownSet(1), strategist), 403, "forbidden");
    assertError(service.post("/v1/rules/versions/1/activate", new JsonObject(), strategist), 403, "forbidden");
  }

  @Test
  void fileNamesOutsideARuleSetAreRefused() {
    assertError(service.put("/v1/rules?brand=own", files("../../etc/passwd.drl", "x"), strategist), 400, "invalid_field");
    assertError(service.put("/v1/rules?brand=own", new JsonObject().put("files", "nope"), strategist), 400, "invalid_field");
  }

  private static String header() {
    return "package own\nimport dev.crisisdesk.facts.Comment\nglobal dev.crisisdesk.facts.Actions actions\n";
  }

  private static JsonObject ownSet(int priority) {
    return files("all.drl", header() + "rule \"Everything goes to all\"\nwhen $c : Comment( )\nthen actions.route($c, \"all\", " + priority + ");\nend\n");
  }

  private static JsonObject files(String name, String drl) {
    return new JsonObject().put("files", new JsonObject().put(name, drl).put("queues.json", QUEUES));
  }
}
