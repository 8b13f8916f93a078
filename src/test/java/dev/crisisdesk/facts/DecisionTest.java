package dev.crisisdesk.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionTest {
  @Test
  void argumentsAreNamedInOneOrderWhateverTheMapsOrder() {
    for (int i = 0; i < 20; i++) {
      Decision route = new Decision("acme/twitter/" + i, Decision.Action.ROUTE,
          Map.of("priority", 70, "queue", "billing", "incident", "acme-" + i, "zeta", 1), "Billing questions");
      assertThat(route.namedArgs()).isEqualTo("queue=billing priority=70 incident=acme-" + i + " zeta=1");
    }
  }

  @Test
  void aRouteJoinsTheIncidentItsRuleMatched() {
    Decision joined = new Decision("k", Decision.Action.ROUTE, Map.of("queue", "crisis", "priority", 95), "During a crisis",
        Map.of("incident", "acme-1"));
    Decision flag = new Decision("k", Decision.Action.FLAG, Map.of("reason", "x"), "r", Map.of("incident", "acme-1"));

    assertThat(joined.joinedIncident()).isEqualTo("acme-1");
    assertThat(flag.joinedIncident()).isNull();
    assertThat(new Decision("k", Decision.Action.ROUTE, Map.of("queue", "q", "priority", 1), "r").joinedIncident()).isNull();
  }
}
