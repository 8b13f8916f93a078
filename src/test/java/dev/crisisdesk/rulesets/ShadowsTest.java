package dev.crisisdesk.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShadowsTest {
  @Test
  void nodesReportsAddUpWithExamplesCappedAndTheEarliestStart() {
    JsonObject one = report("2026-11-30T10:00:05Z", 7, 5, 2, 6);
    JsonObject two = report("2026-11-30T10:00:01Z", 4, 1, 3, 6);

    JsonObject sum = Shadows.sum(List.of(one, two));

    assertThat(sum.getInteger("compared")).isEqualTo(11);
    assertThat(sum.getInteger("agreed")).isEqualTo(6);
    assertThat(sum.getJsonObject("differences").getInteger("prioritized")).isEqualTo(5);
    assertThat(sum.getJsonObject("examples").getJsonArray("prioritized")).hasSize(Shadows.EXAMPLES);
    assertThat(sum.getJsonArray("shadowIncidents")).hasSize(2);
    assertThat(sum.getInteger("ruleFailures")).isEqualTo(2);
    assertThat(sum.getString("since")).isEqualTo("2026-11-30T10:00:01Z");
    assertThat(one.getInteger("compared")).as("the parts stay as they were").isEqualTo(7);
  }

  private static JsonObject report(String since, int compared, int agreed, int prioritized, int examples) {
    JsonArray shown = new JsonArray();
    for (int i = 0; i < examples; i++) shown.add(new JsonObject().put("commentId", since + i));
    return new JsonObject().put("version", 2).put("since", since).put("compared", compared).put("agreed", agreed)
        .put("differences", new JsonObject().put("routed", 0).put("prioritized", prioritized))
        .put("examples", new JsonObject().put("routed", new JsonArray()).put("prioritized", shown))
        .put("shadowIncidents", new JsonArray().add(new JsonObject().put("rule", "r" + since))).put("ruleFailures", 1);
  }
}
