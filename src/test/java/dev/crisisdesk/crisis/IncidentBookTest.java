package dev.crisisdesk.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.facts.CrisisSignal;
import dev.crisisdesk.facts.Severity;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IncidentBookTest {
  private final AtomicInteger ids = new AtomicInteger();
  private final IncidentBook book = new IncidentBook(() -> "i" + ids.incrementAndGet(), List.of(), Map.of());

  @Test
  void aSecondRuleFiringDuringAnIncidentJoinsItRaisingItsSeverity() {
    List<IncidentBook.Change> first = book.plan(List.of(new CrisisSignal("Watch terms surge", Severity.MEDIUM, "watch terms", "c1", 1)));
    book.apply(first);
    List<IncidentBook.Change> second = book.plan(List.of(new CrisisSignal("Negative spike", Severity.HIGH, "spike", "c2", 2)));
    book.apply(second);
    List<IncidentBook.Change> third = book.plan(List.of(new CrisisSignal("Volume anomaly", Severity.LOW, "volume", "c3", 3)));

    assertThat(first).singleElement().isInstanceOf(IncidentBook.Opened.class);
    assertThat(second).singleElement().isInstanceOfSatisfying(IncidentBook.Escalated.class, e -> {
      assertThat(e.id()).isEqualTo("i1");
      assertThat(e.severity()).isEqualTo(Severity.HIGH);
    });
    assertThat(third).as("a weaker signal changes nothing: comments join through the rules that route them").isEmpty();
    assertThat(book.open()).singleElement().satisfies(open -> assertThat(open.severity()).isEqualTo(Severity.HIGH));
  }

  @Test
  void twoRulesFiringOnOneCommentOpenOneIncident() {
    List<IncidentBook.Change> changes = book.plan(List.of(new CrisisSignal("Watch terms surge", Severity.MEDIUM, "watch terms", "c1", 1),
        new CrisisSignal("Negative spike", Severity.MEDIUM, "spike", "c1", 1)));

    assertThat(changes).singleElement().isInstanceOf(IncidentBook.Opened.class);
  }

  @Test
  void aRuleWithItsOwnIncidentOpensItBesideTheBrandsOpenOne() {
    book.apply(book.plan(List.of(new CrisisSignal("Negative spike", Severity.HIGH, "spike", "c1", 1))));

    List<IncidentBook.Change> changes = book.plan(List.of(new CrisisSignal("Recall", Severity.LOW, "recall", "c2", 2, true)));

    assertThat(changes).singleElement().isInstanceOfSatisfying(IncidentBook.Opened.class, o -> assertThat(o.rule()).isEqualTo("Recall"));
  }
}
