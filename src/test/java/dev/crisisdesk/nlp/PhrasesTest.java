package dev.crisisdesk.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PhrasesTest {
  private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  @Test
  void readsTheWordsEveryMatchOfAnAlternativeMustHold() {
    Phrases p = Phrases.compile("\\bhope (?:someone|somebody) (?:\\w+ )?(?:your|you|ur)\\b|go touch grass|ab+c|x?yz|[a-z]+ing", F);
    assertThat(p.alternatives()).isEqualTo(5);
    assertThat(p.need(0)).isEqualTo("\"hope \" and (\"someone\" or \"somebody\") and \" \" and (\"your\" or \"you\" or \"ur\")");
    assertThat(p.need(1)).isEqualTo("\"go touch grass\"");
    assertThat(p.need(2)).isEqualTo("\"ab\" and \"c\"");
    assertThat(p.need(3)).isEqualTo("\"yz\"");
    assertThat(p.need(4)).isEqualTo("\"ing\"");
  }

  @Test
  void whatItCannotFollowIsKeptWhole() {
    assertThat(Phrases.compile("(a)\\1|b", F).alternatives()).isEqualTo(1);
    assertThat(Phrases.compile("(?i)a|b", 0).alternatives()).isEqualTo(1);
    assertThat(Phrases.compile("\\Qa|b\\E|c", 0).alternatives()).isEqualTo(1);
    assertThat(Phrases.compile("a b|c", Pattern.COMMENTS).alternatives()).isEqualTo(1);
    Phrases kept = Phrases.compile("(a)\\1|b", F);
    assertThat(kept.matcher("xAa").find()).isTrue();
    assertThat(kept.need(0)).isEqualTo("anything");
  }

  @Test
  void findsWhatTheWholeExpressionFinds() {
    Phrases p = Phrases.compile("\\bgo away\\b|\\byou (?:absolute )?(?:clown|moron)\\b|\\bmoron\\b", F);
    Matcher m = p.matcher("Moron. You absolute MORON, go away");
    assertThat(m.find()).isTrue();
    assertThat(m.group()).isEqualTo("Moron");
    assertThat(m.find()).isTrue();
    assertThat(m.group()).isEqualTo("You absolute MORON");
    assertThat(m.find()).isTrue();
    assertThat(m.group()).isEqualTo("go away");
    assertThat(m.find()).isFalse();
    assertThat(p.matcher("nothing to see").find()).isFalse();
    // case as Java's case-insensitive matching reads it, beyond ASCII too
    assertThat(Phrases.compile("\\bstraße\\b|öl", F).matcher("STRASSE or STRAßE").find()).isTrue();
    assertThat(Phrases.compile("kilo", F).matcher("\u212Alo").find()).isEqualTo(Pattern.compile("kilo", F).matcher("\u212Alo").find());
  }

  /** One group of alternatives between word boundaries is read as one alternative each, and finds what it found. */
  @Test
  void aGuardedGroupOfAlternativesIsReadAsItsAlternatives() {
    Phrases p = Phrases.compile("\\b(?:free (?:followers|likes)|dm me|(?<!not )scam)\\b", F);
    assertThat(p.alternatives()).isEqualTo(3);
    assertThat(p.need(1)).isEqualTo("\"dm me\"");
    for (String text : List.of("DM me for free likes", "not scam, a scam", "free followersx dm me", "nothing here")) {
      assertThat(spans(p.matcher(text))).as(text).isEqualTo(spans(Pattern.compile(p.pattern(), F).matcher(text)));
    }
    Phrases behind = Phrases.compile("(?<![\\p{L}])(?:sorteo|gana dinero)(?![\\p{L}])", F);
    assertThat(behind.alternatives()).isEqualTo(2);
    // a quantified group, or a prefix that can match more than one way, is kept as it is
    assertThat(Phrases.compile("\\b(?:ab|cd)+\\b", F).alternatives()).isEqualTo(1);
    assertThat(Phrases.compile("x?(?:ab|cd)", F).alternatives()).isEqualTo(1);
  }

  @Test
  void textsThatPickEverySetOfAlternativesHoldItsCacheToItsBound() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 12; i++) words.add("word" + (char) ('a' + i));
    // one alternative per word, so that each subset of words is a set of candidates
    Phrases many = Phrases.compile(String.join("|", words.stream().map(w -> "\\b" + w + "\\b").toList()), F);
    assertThat(many.alternatives()).isEqualTo(12);
    Pattern whole = Pattern.compile(many.pattern(), F);
    for (int set = 1; set < 1 << 12; set++) {
      StringBuilder text = new StringBuilder("x");
      for (int i = 0; i < 12; i++) {
        if ((set & 1 << i) != 0) text.append(' ').append(words.get(i));
      }
      assertThat(spans(many.matcher(text.toString()))).isEqualTo(spans(whole.matcher(text.toString())));
    }
    assertThat(many.narrowedCount()).isEqualTo(Phrases.NARROWED);
  }

  /** Every expression of triage, read as phrases, finds the same spans as Java's matcher on every text we keep. */
  @Test
  void triageExpressionsFindTheSameSpansAsTheirPatterns() throws Exception {
    List<String> texts = texts();
    assertThat(texts).hasSizeGreaterThan(1_500);
    int expressions = 0;
    int read = 0;
    for (Field field : Triage.class.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) continue;
      field.setAccessible(true);
      Pattern pattern;
      Phrases phrases;
      if (field.getType() == Phrases.class) {
        phrases = (Phrases) field.get(null);
        pattern = Pattern.compile(phrases.pattern(), phrases.flags());
      } else if (field.getType() == Pattern.class) {
        pattern = (Pattern) field.get(null);
        phrases = Phrases.compile(pattern.pattern(), pattern.flags());
      } else {
        continue;
      }
      expressions++;
      if (phrases.alternatives() > 1 || !phrases.need(0).equals("anything")) read++;
      for (String text : texts) {
        for (String t : List.of(text, Folding.fold(text).replace('\u2019', '\''), Triage.unmasked(Folding.fold(text)))) {
          assertThat(spans(phrases.matcher(t))).as("%s on %s", field.getName(), t).isEqualTo(spans(pattern.matcher(t)));
        }
      }
    }
    assertThat(expressions).isGreaterThan(30);
    assertThat(read).as("expressions read for the words they need").isGreaterThan(30);
  }

  private static List<String> spans(Matcher m) {
    List<String> out = new ArrayList<>();
    while (m.find()) out.add(m.start() + "-" + m.end());
    return out;
  }

  private static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> sets = Files.walk(Path.of("src/test/resources/triage"))) {
      for (Path set : sets.filter(Files::isRegularFile).sorted().toList()) {
        for (String line : Files.readAllLines(set, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) texts.add(new JsonObject(line).getString("text"));
        }
      }
    }
    texts.addAll(Files.readAllLines(Path.of("src/main/resources/dev/crisisdesk/nlp/warmup.txt"), StandardCharsets.UTF_8));
    texts.addAll(Files.readAllLines(Path.of("src/test/resources/tiny-data/sentiment/val_text.txt"), StandardCharsets.UTF_8));
    return texts;
  }
}
