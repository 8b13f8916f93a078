package dev.crisisdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SocialTextTest {
  @Test
  void linksMentionsHashtagsAndElongationsBecomePlainTokens() {
    assertThat(SocialText.tokens("@Acme sooooo GOOD!!! #LoveThisBrand see https://t.co/xyz"))
        .isEqualTo("<user> soo good !!! love this brand see <url>");
  }

  @Test
  void emojiAndPunctuationAreTokensOfTheirOwn() {
    assertThat(SocialText.tokens("worst day ever 😡, really?")).isEqualTo("worst day ever \uD83D\uDE21 , really ?");
  }
}
