package dev.crisisdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.facts.Signals;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped needs-a-reply model tells a customer's comment from an attack on a person. */
class NeedsReplyTest {
  private static final SignalReader READER = SignalReader.load(Path.of("models"));

  private static final List<String> COMPLAINTS = List.of(
      "@AcmeAir you lost my luggage and nobody at the desk can tell me where it is",
      "@AcmeShop my order never arrived and I was charged twice",
      "@AcmeBank why is the app logging me out every five minutes");
  private static final List<String> ATTACKS = List.of(
      "@user you are a disgusting human being",
      "@user nobody likes you, go crawl back under your rock",
      "@user you're too stupid to breathe");

  @Test
  void complaintsNeedAReplyAndAttacksReadAsAttacks() {
    for (String complaint : COMPLAINTS) {
      Signals signals = READER.read(complaint);
      assertThat(signals.needsReply()).as(complaint).isGreaterThanOrEqualTo(0.3);
      assertThat(signals.attack()).as(complaint).isLessThan(0.5);
    }
    for (String attack : ATTACKS) {
      Signals signals = READER.read(attack);
      assertThat(signals.attack()).as(attack).isGreaterThan(signals.needsReply());
    }
  }

  @Test
  void everyAttackOutranksEveryComplaint() {
    double lowestAttack = ATTACKS.stream().mapToDouble(t -> READER.read(t).attack()).min().orElseThrow();
    double highestComplaint = COMPLAINTS.stream().mapToDouble(t -> READER.read(t).attack()).max().orElseThrow();

    assertThat(lowestAttack).isGreaterThan(highestComplaint);
  }
}
