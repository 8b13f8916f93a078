package dev.crisisdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FoldingTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "𝐲𝐨𝐮 𝐚𝐫𝐞 𝐚 𝐰𝐨𝐫𝐭𝐡𝐥𝐞𝐬𝐬 𝐢𝐝𝐢𝐨𝐭 | you are a worthless idiot",
      "𝓔𝓪𝓻𝓷 $500 𝓪 𝓭𝓪𝔂 | Earn $500 a day",
      "Ｂｕｙ　ｃｈｅａｐ　ｆｏｌｌｏｗｅｒｓ | Buy cheap followers",
      "ⓗⓞⓣ ⓢⓘⓝⓖⓛⓔⓢ | hot singles",
      "k\u200Bi\u200Bl\u200Bl yourself | kill yourself",
      "soft\u00ADhyphen | softhyphen",
      "you stuріd bitch | you stupid bitch",
      "go die, lоser | go die, loser",
      "@marco k y s loser | @marco kys loser",
      "F.R.E.E G.I.F.T C.A.R.D.S | FREE GIFT CARDS",
      "you d-u-m-b c_o_w | you dumb cow",
      "@mia.p i d i o t | @mia.p idiot"})
  void disguisedWordsReadAsTheirWords(String disguised, String read) {
    assertThat(Folding.fold(disguised)).isEqualTo(read);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "where is my package, order 1234?",
      "Привет, где мой заказ?",
      "Το πακέτο μου δεν έφτασε",
      "¿Dónde está mi pedido? Llegó tarde",
      "我的订单在哪里",
      "I can't log in, it's been 2 days",
      "J. K. Rowling at 8 p.m. on t.co/abc",
      "U.S. and e.g. i.e.",
      "@user u r a star",
      "i c u later"})
  void ordinaryTextKeepsItsWords(String text) {
    assertThat(Folding.fold(text)).isEqualTo(text);
  }

  @Test
  void emojiKeepTheirPartsAndFoldingTwiceChangesNothing() {
    String folded = Folding.fold("love it 👨\u200D👩\u200D👧 ❤️ 𝐫𝐞𝐚𝐥𝐥𝐲");
    assertThat(folded).isEqualTo("love it 👨👩👧 ❤️ really");
    assertThat(Folding.fold(folded)).isEqualTo(folded);
  }

  @Test
  void plainAsciiIsReturnedAsItIs() {
    String text = "where is my package";
    assertThat(Folding.fold(text)).isSameAs(text);
  }

  @Test
  void aLongHostileTextIsFoldedWhole() {
    String spelled = "k ".repeat(50_000);
    assertThat(Folding.fold(spelled)).startsWith("kkkk").hasSize(50_001);
    String mixed = "\u0430a\u200B".repeat(30_000);
    assertThat(Folding.fold(mixed)).isEqualTo("aa".repeat(30_000));
  }
}
