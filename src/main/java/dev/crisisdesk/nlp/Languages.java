package dev.crisisdesk.nlp;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;

/**
 * The language of a comment as ISO 639-1, or {@code "und"}, with Lingua restricted to the
 * languages brands most often see. Most comments are English and are recognized by their function
 * words without asking Lingua; short or unclear texts lean to English, the language of the default
 * pack, when English is nearly as likely as the best guess. Lingua loads a language's model the
 * first time it is needed.
 */
final class Languages {
  private static final Pattern NOISE = Pattern.compile("(?:https?://|www\\.)\\S+|[@#]\\w+|[^\\p{L}\\s']+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
  private static final Set<String> ENGLISH = Set.of("the", "a", "an", "to", "and", "of", "in", "on", "for", "is", "are", "was",
      "were", "it", "its", "it's", "i", "i'm", "my", "me", "you", "your", "you're", "we", "our", "they", "this", "that", "with",
      "have", "has", "had", "not", "no", "be", "been", "at", "just", "get", "got", "why", "what", "how", "when", "where", "can",
      "can't", "do", "does", "did", "don't", "didn't", "please", "thanks", "thank", "will", "would", "should", "could", "from",
      "there", "but", "so", "if", "about", "still", "again", "any", "all", "out", "up", "now", "want", "need", "who", "or");
  /** English is taken when its confidence is at least this share of the best language's. */
  private static final double ENGLISH_PRIOR = 0.85;
  static final int MAX_LETTERS = 300;

  private final LanguageDetector detector = LanguageDetectorBuilder.fromLanguages(Language.ENGLISH, Language.SPANISH, Language.FRENCH,
      Language.GERMAN, Language.PORTUGUESE, Language.ITALIAN, Language.DUTCH, Language.POLISH, Language.TURKISH, Language.INDONESIAN,
      Language.RUSSIAN, Language.ARABIC, Language.HINDI, Language.JAPANESE, Language.CHINESE, Language.KOREAN).build();

  String detect(String text) {
    String letters = NOISE.matcher(text).replaceAll(" ").strip();
    // a few hundred letters tell the language; Lingua's cost grows with the length it reads
    if (letters.length() > MAX_LETTERS) {
      letters = letters.substring(0, Character.isHighSurrogate(letters.charAt(MAX_LETTERS - 1)) ? MAX_LETTERS - 1 : MAX_LETTERS);
    }
    if (letters.isEmpty()) return "und";
    int words = 0;
    int english = 0;
    var word = WORD.matcher(letters.toLowerCase(Locale.ROOT));
    while (word.find()) {
      words++;
      if (ENGLISH.contains(word.group())) english++;
    }
    if (english >= 2 && english * 4 >= words) return "en";
    SortedMap<Language, Double> confidence = detector.computeLanguageConfidenceValues(letters);
    if (confidence.isEmpty()) return "und";
    Map.Entry<Language, Double> best = confidence.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    // accented Latin letters and hardly an English word: a language outside the set (Romanian, Czech, Hungarian,
    // Vietnamese) that Lingua can only liken to English; English models must not read it
    if (english <= 1 && accented(letters) >= 2) {
      if (best.getKey() != Language.ENGLISH) return best.getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
      return "und";
    }
    double englishConfidence = confidence.getOrDefault(Language.ENGLISH, 0.0);
    if (best.getKey() != Language.ENGLISH && englishConfidence >= ENGLISH_PRIOR * best.getValue()) return "en";
    if (letters.length() < 6 && best.getKey() != Language.ENGLISH) return "und";
    return best.getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }

  /** Latin letters beyond ASCII (ă, ř, ő, ế...): English borrows a few, other languages write them often. */
  private static int accented(String letters) {
    int n = 0;
    for (int i = 0; i < letters.length(); i++) {
      char c = letters.charAt(i);
      if (c > 0x7F && Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) n++;
    }
    return n;
  }
}
