package dev.crisisdesk.nlp;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text the models and the triage patterns read, with the disguises that spam and abuse use to
 * slip past word lists undone:
 * <ul>
 *   <li>styled letters ("𝐟𝐫𝐞𝐞", "𝓲𝓭𝓲𝓸𝓽", "ｆｒｅｅ", "ⓕⓡⓔⓔ") read as plain ones (Unicode compatibility folding, NFKC);</li>
 *   <li>invisible characters inside words ("k\u200Bi\u200Bl\u200Bl", soft hyphens, direction marks) removed;</li>
 *   <li>Cyrillic and Greek look-alikes inside a Latin word ("stuріd") read as Latin letters; a word
 *       wholly in Cyrillic or Greek is left alone;</li>
 *   <li>single letters spelled out one by one ("k y s", "F.R.E.E", "d-u-m-b") joined into their word,
 *       except three apart by spaces where one is a text-speak word ("u r a star").</li>
 * </ul>
 * The stored comment keeps its own text: only what is read is folded. Plain ASCII text costs one
 * scan. Idempotent: folding a folded text changes nothing.
 */
final class Folding {
  /**
   * Three or more Latin letters, each alone, joined by the same one of space, dot, hyphen, underscore
   * or star; not the tail of a handle, link or hashtag ("@mia.p i d i o t" is "@mia.p idiot"), nor the head of
   * a masked word ("u r a f@ggot" keeps its "u r a").
   */
  private static final Pattern SPELLED = Pattern.compile(
      "(?<![\\p{L}\\p{N}'@._/#*-])\\p{IsLatin}([ .\\-_*])(?:\\p{IsLatin}\\1)+\\p{IsLatin}(?![\\p{L}\\p{N}'@$])");
  private static final Pattern SEPARATOR = Pattern.compile("[ .\\-_*]");
  /** Words after which a spelled-out "a" is the article ("what a l o s e r"). */
  private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)\\b(?:is|are|was|were|'s|'re|such|what|quite|be|like|as|r|ur|ya|you|u|just|proper|absolute)\\s$");
  /** Cyrillic and Greek letters drawn like Latin ones, and the Latin letter each is read as. */
  private static final String LOOKALIKES = "аеорсухіјѕԁһӏАВЕКМНОРСТХІЈЅ" + "αορνικτΑΒΕΗΙΚΜΝΟΡΤΥΧΖ";
  private static final String LATIN = "aeopcyxijsdhlABEKMHOPCTXIJS" + "aopvikt" + "ABEHIKMNOPTYXZ";

  private Folding() {}

  static String fold(String text) {
    String t = text;
    if (!ascii(t)) {
      t = invisibleRemoved(t);
      if (!Normalizer.isNormalized(t, Normalizer.Form.NFKC)) t = Normalizer.normalize(t, Normalizer.Form.NFKC);
      t = lookalikesRead(t);
    }
    return spelledJoined(t);
  }

  private static boolean ascii(String t) {
    for (int i = 0; i < t.length(); i++) if (t.charAt(i) > 0x7F) return false;
    return true;
  }

  /** Format characters (zero-width spaces and joiners, soft hyphens, direction marks) removed. */
  private static String invisibleRemoved(String t) {
    StringBuilder out = null;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.getType(c) == Character.FORMAT) {
        if (out == null) out = new StringBuilder(t.length()).append(t, 0, i);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? t : out.toString();
  }

  /** In a word that mixes Latin letters with Cyrillic or Greek ones, the look-alikes read as Latin. */
  private static String lookalikesRead(String t) {
    StringBuilder out = null;
    int i = 0;
    while (i < t.length()) {
      if (!Character.isLetter(t.charAt(i))) {
        if (out != null) out.append(t.charAt(i));
        i++;
        continue;
      }
      int start = i;
      boolean latin = false;
      boolean other = false;
      while (i < t.length() && Character.isLetter(t.charAt(i))) {
        Character.UnicodeScript script = Character.UnicodeScript.of(t.charAt(i));
        latin |= script == Character.UnicodeScript.LATIN;
        other |= script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK;
        i++;
      }
      if (latin && other) {
        if (out == null) out = new StringBuilder(t.length()).append(t, 0, start);
        for (int k = start; k < i; k++) {
          char c = t.charAt(k);
          int at = LOOKALIKES.indexOf(c);
          out.append(at >= 0 ? LATIN.charAt(at) : c);
        }
      } else if (out != null) {
        out.append(t, start, i);
      }
    }
    return out == null ? t : out.toString();
  }

  /** Letters that are words in text-speak ("u r a star", "i c u"): three of them apart are words, not a spelled one. */
  private static final String TEXTSPEAK = "uraincbUAINCB";

  /** Three letters apart by spaces, one of them a text-speak word: "u r a", not "k y s". */
  private static boolean textspeak(String run) {
    if (run.length() != 5 || run.charAt(1) != ' ') return false;
    for (int i = 0; i < run.length(); i += 2) if (TEXTSPEAK.indexOf(run.charAt(i)) >= 0) return true;
    return false;
  }

  private static String spelledJoined(String t) {
    Matcher m = SPELLED.matcher(t);
    if (!m.find()) return t;
    StringBuilder out = new StringBuilder(t.length());
    int last = 0;
    do {
      if (textspeak(m.group())) continue;
      String run = m.group();
      out.append(t, last, m.start());
      // round 83: "is a f a g g o t": the article is a word of its own, not the spelled word's first letter
      if (run.length() >= 9 && (run.charAt(0) == 'a' || run.charAt(0) == 'A') && run.charAt(1) == ' ' && ARTICLE_BEFORE.matcher(t.substring(Math.max(0, m.start() - 12), m.start())).find()) {
        out.append(run, 0, 2);
        run = run.substring(2);
      }
      out.append(SEPARATOR.matcher(run).replaceAll(""));
      last = m.end();
    } while (m.find());
    return out.append(t, last, t.length()).toString();
  }
}
