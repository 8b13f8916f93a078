package dev.crisisdesk.nlp;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Social media text as the trained classifiers see it, step by step. Each step was measured by
 * {@code train --ablation} (retraining without it on the same data) and {@link #DEFAULT} keeps
 * those that helped on val; training and analysis share this one function, so they never disagree
 * on what a token is.
 */
public final class SocialText {
  /** The normalization steps, in the order they apply. */
  public enum Step {
    /** links become {@code <url>} */
    LINKS,
    /** {@code @someone} becomes {@code <user>} */
    MENTIONS,
    /** {@code #LoveThisBrand} becomes {@code love this brand} */
    HASHTAGS,
    /** {@code :)} {@code :D} {@code <3} become {@code <smile>}, {@code :(} becomes {@code <frown>} */
    EMOTICONS,
    /** a word in capitals gets a {@code <caps>} token before it */
    CAPS,
    /** letters repeated three times or more are cut to two: {@code sooooo} becomes {@code soo} */
    ELONGATION,
    /** runs of {@code !} or {@code ?} are cut to two */
    PUNCTUATION,
    /** common slang spelled out: {@code u} becomes {@code you}, {@code thx} becomes {@code thanks} */
    SLANG
  }

  public static final Set<Step> ALL = EnumSet.allOf(Step.class);
  /**
   * The steps the shipped models use: those whose removal lowered val macro-recall in the
   * ablation (links +0.0005, mentions +0.0003, slang +0.0003; the others cost up to 0.005).
   */
  public static final Set<Step> DEFAULT = EnumSet.of(Step.LINKS, Step.MENTIONS, Step.SLANG);

  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
  private static final Pattern MENTION = Pattern.compile("@\\w+");
  private static final Pattern HASHTAG = Pattern.compile("#(\\w+)");
  private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
  private static final Pattern SMILE = Pattern.compile("(?<!\\w)(?:[:;=]-?[)D\\]pP]|<3)(?!\\w)");
  private static final Pattern FROWN = Pattern.compile("(?<!\\w)(?::'?-?[(\\[/]|D:)(?!\\w)");
  private static final Pattern CAPITALS = Pattern.compile("\\b(\\p{Lu}{3,})\\b");
  private static final Pattern ELONGATION = Pattern.compile("(\\p{L})\\1{2,}");
  private static final Pattern REPEATED = Pattern.compile("([!?])\\1{2,}");
  private static final Pattern TOKEN = Pattern.compile("<\\w+>|[\\p{L}\\p{N}']+|[!?.]+|[^\\s\\p{L}\\p{N}]");
  private static final Map<String, String> SLANG = Map.ofEntries(
      Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("r", "are"), Map.entry("thx", "thanks"),
      Map.entry("thnx", "thanks"), Map.entry("ty", "thank you"), Map.entry("pls", "please"), Map.entry("plz", "please"),
      Map.entry("idk", "i don't know"), Map.entry("gr8", "great"), Map.entry("luv", "love"), Map.entry("b4", "before"),
      Map.entry("cuz", "because"), Map.entry("bc", "because"), Map.entry("im", "i'm"), Map.entry("dont", "don't"),
      Map.entry("cant", "can't"), Map.entry("wont", "won't"), Map.entry("smh", "shaking my head"), Map.entry("tbh", "to be honest"));

  private SocialText() {}

  public static String tokens(String text) {
    return tokens(text, DEFAULT);
  }

  public static String tokens(String text, Set<Step> steps) {
    String t = text;
    if (steps.contains(Step.LINKS)) t = URL.matcher(t).replaceAll(" <url> ");
    if (steps.contains(Step.MENTIONS)) t = MENTION.matcher(t).replaceAll(" <user> ");
    if (steps.contains(Step.HASHTAGS)) t = HASHTAG.matcher(t).replaceAll(m -> Matcher.quoteReplacement(" " + CAMEL.matcher(m.group(1)).replaceAll(" ") + " "));
    if (steps.contains(Step.EMOTICONS)) t = FROWN.matcher(SMILE.matcher(t).replaceAll(" <smile> ")).replaceAll(" <frown> ");
    if (steps.contains(Step.CAPS)) t = CAPITALS.matcher(t).replaceAll(m -> m.group(1).equals("URL") ? m.group() : "<caps> " + m.group(1));
    t = t.toLowerCase(Locale.ROOT);
    if (steps.contains(Step.ELONGATION)) t = ELONGATION.matcher(t).replaceAll("$1$1");
    if (steps.contains(Step.PUNCTUATION)) t = REPEATED.matcher(t).replaceAll("$1$1");
    StringJoiner out = new StringJoiner(" ");
    Matcher token = TOKEN.matcher(t);
    while (token.find()) {
      String word = token.group();
      out.add(steps.contains(Step.SLANG) ? SLANG.getOrDefault(word, word) : word);
    }
    return out.toString();
  }
}
