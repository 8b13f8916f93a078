package dev.crisisdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crisisdesk.SharedModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow")
class AnalyzerTest {
  private final Analyzer analyzer = SharedModels.analyzer();

  @ParameterizedTest
  @ValueSource(strings = {
      "This is the worst customer service I have ever had. Terrible and rude.",
      "My order arrived broken and nobody answers. I am very disappointed.",
      "Awful product, it stopped working after one day."})
  void clearlyNegativeTextsAreNegative(String text) {
    Analysis analysis = analyzer.analyze(text);

    assertThat(analysis.sentiment().isNegative()).as(text + " -> " + analysis).isTrue();
    assertThat(analysis.score()).isNegative();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I love this brand, the new phone is amazing and beautiful.",
      "What a great experience, the staff were wonderful and helpful.",
      "Excellent quality and a fantastic price.",
      "Thanks for the quick reply, problem solved!"})
  void clearlyPositiveTextsArePositive(String text) {
    Analysis analysis = analyzer.analyze(text);

    assertThat(analysis.sentiment().isPositive()).as(text + " -> " + analysis).isTrue();
    assertThat(analysis.score()).isPositive();
  }

  @Test
  void scoreStaysWithinRangeForLongMultiSentenceText() {
    String text = "The delivery was late. ".repeat(200) + "But the support team was great!";

    Analysis analysis = analyzer.analyze(text);

    assertThat(analysis.score()).isBetween(-1.0, 1.0);
  }

  @Test
  void longestAllowedCommentWithoutSentenceBreaksAndForeignTextAreAnalyzedWithinBounds() {
    String wall = "terrible service and slow delivery ".repeat(300).substring(0, 10_000);

    Analysis wallOfText = analyzer.analyze(wall);
    Analysis japanese = analyzer.analyze("配送が遅すぎる。最悪のサービスです。");
    Analysis spanish = analyzer.analyze("El pedido llegó roto y nadie responde");

    assertThat(wallOfText.score()).isBetween(-1.0, 1.0);
    assertThat(wallOfText.toxicity()).isBetween(0.0, 1.0);
    assertThat(japanese.score()).isBetween(-1.0, 1.0);
    assertThat(spanish.hate()).isBetween(0.0, 1.0);
  }

  @Test
  void unparseableTextIsNeutralRatherThanAnError() {
    Analysis analysis = analyzer.analyze("\u2764\ufe0f\ud83d\udd25\ud83d\udd25");

    assertThat(analysis.score()).isBetween(-1.0, 1.0);
  }

  @Test
  void insultsAreToxicAndThanksAreNot() {
    assertThat(analyzer.analyze("You are an idiot and a moron").toxicity()).isGreaterThan(0.8);
    assertThat(analyzer.analyze("Thank you for the help").toxicity()).isLessThan(0.2);
  }

  @Test
  void hateAgainstAGroupScoresHigherThanAQuestion() {
    assertThat(analyzer.analyze("Women should not be allowed to work here").hate())
        .isGreaterThan(analyzer.analyze("How do I change my password?").hate());
  }

  /**
   * The attack head reads threats and harassment whatever their words; these texts are in no set it
   * was trained on. Complaints and praise score low (the rule's guard handles an angry complaint that
   * also reads like an attack: "you lot are useless, my bag is still in Madrid"). A veiled threat reads
   * weaker: "I'd watch your back on the way to your car tonight if I were you" scores 0.73, under the
   * default threshold of 0.8 (models/README.md).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "@kelly_r everyone at your gym knows what you did, and soon your husband will too",
      "@dan_w you're a worthless little man and your mother should have stopped at one",
      "@rita_m nobody here likes you, just leave the group already",
      "@jo_p you are a disgrace to your profession and a coward"})
  void attacksInPlainWordsReadAsAttacks(String text) {
    assertThat(analyzer.analyze(text).signals().attack()).as(text).isGreaterThanOrEqualTo(0.8);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "@AcmeAir my flight was cancelled and nobody tells me anything",
      "@AcmeBank your app has been down all morning, sort it out",
      "@AcmeFood honestly the best burger I've had this year"})
  void complaintsAndPraiseDoNot(String text) {
    assertThat(analyzer.analyze(text).signals().attack()).as(text).isLessThan(0.1);
  }

  /**
   * The spam head reads pitches that no pattern names; these texts are in no set it was trained on.
   * The first, a home bakery asking for follows, reads 0.92: under the default threshold of 0.95.
   * Customers who write of money, refunds and accounts can read as high as spam (0.99 for "I was charged
   * twice for the same order, can I get a refund please"): the rule's guard leaves those alone
   * ({@code money-requests.ndjson} in the triage replay test).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "I run a small bakery from home and just launched custom birthday cakes, would mean the world if you followed along",
      "Anyone interested in a remote assistant role? Flexible hours, weekly pay, no experience, just comment INFO",
      "My cousin paid off her student loans in a year with this side hustle, I can tell you how if you're curious"})
  void pitchesInPlainWordsReadAsSpam(String text) {
    assertThat(analyzer.analyze(text).signals().spamScore()).as(text).isGreaterThanOrEqualTo(0.9);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "@AcmeAir my flight was cancelled and nobody tells me anything",
      "@AcmeFood honestly the best burger I've had this year",
      "@AcmeShop thank you so much, the replacement arrived a day early and my son loves it"})
  void complaintsAndPraiseReadLittleLikeSpam(String text) {
    assertThat(analyzer.analyze(text).signals().spamScore()).as(text).isLessThan(0.5);
  }

  /** The encoder was trained on English: a pitch in another language gets no spam score (the patterns read it). */
  @Test
  void otherLanguagesGetNoSpamScore() {
    assertThat(analyzer.analyze("Necesito 10 personas que quieran ganar dinero desde casa, escribe INFO y te contacto").signals().spamScore()).isZero();
  }

  @Test
  void onlyLatinScriptTextIsParsed() {
    assertThat(Analyzer.latin("Le colis est arrivé cassé, très déçu")).isTrue();
    assertThat(Analyzer.latin("@brand 😡😡 #fail 2x!!")).isTrue();
    assertThat(Analyzer.latin("配送が遅すぎる、最悪です")).isFalse();
    assertThat(Analyzer.latin("Доставка опоздала на две недели")).isFalse();
    assertThat(analyzer.analyze("Доставка опоздала на две недели").score()).isBetween(-1.0, 1.0);
  }
}
