package dev.crisisdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {
  @Test
  void whatAnIncidentSaysMoreThanTheBrandUsuallyDoesComesFirst() {
    List<String> incident = List.of("The outage again, where is my refund?", "Outage!!! refund please", "This outage is the worst, @brand",
        "Still no refund and the outage goes on https://t.co/x");
    List<String> usual = List.of("Where is my parcel?", "Thanks for the refund", "Love the new store", "My parcel is late", "Great service");

    List<Terms.Term> terms = Terms.unusual(incident, usual);

    assertThat(terms).extracting(Terms.Term::term).startsWith("outage").contains("refund").doesNotContain("the", "brand", "https", "where");
    Terms.Term outage = terms.get(0);
    assertThat(outage.count()).isEqualTo(4);
    assertThat(outage.baseline()).isZero();
    Terms.Term refund = terms.stream().filter(t -> t.term().equals("refund")).findFirst().orElseThrow();
    assertThat(refund.count()).isEqualTo(3);
    assertThat(refund.baseline()).isEqualTo(0.8);
  }

  @Test
  void aTermInOneCommentOnlyOrAsCommonAsUsualIsNotUnusual() {
    List<String> incident = List.of("parcel late", "parcel late again", "delivery missing");
    List<String> usual = List.of("parcel late", "parcel late", "parcel arrived", "late parcel");

    assertThat(Terms.unusual(incident, usual)).extracting(Terms.Term::term).doesNotContain("delivery", "missing", "parcel");
  }
}
