package dev.crisisdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SocialTextTest {
  @Test
  void linksMentionsHashtagsAndElongationsBecomePlainTokens() {
    assertThat(SocialText.tokens("@Acme sooooo GOOD!!! #LoveThisBrand see https://t.co/xyz", SocialText.ALL))
        .isEqualTo("<user> soo <caps> good !! love this brand see <url>");
  }

  @Test
  void emoticonsAndSlangBecomeWordsTheClassifierHasSeen() {
    assertThat(SocialText.tokens("thx u r gr8 :) but :( today", SocialText.ALL)).isEqualTo("thanks you are great <smile> but <frown> today");
    assertThat(SocialText.tokens("thx @acme, see http://x.co #SoGood")).isEqualTo("thanks <user> , see <url> # sogood");
  }

  @Test
  void stepsCanBeLeftOut() {
    assertThat(SocialText.tokens("@Acme sooo GOOD", java.util.EnumSet.noneOf(SocialText.Step.class))).isEqualTo("@ acme sooo good");
  }

  @Test
  void emojiAndPunctuationAreTokensOfTheirOwn() {
    assertThat(SocialText.tokens("worst day ever 😡, really?")).isEqualTo("worst day ever \uD83D\uDE21 , really ?");
  }
}
