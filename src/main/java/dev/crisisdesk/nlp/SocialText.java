package dev.crisisdesk.nlp;

import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Social media text as the trained classifiers see it: lower case, links and mentions as one
 * token each, hashtags as their words, letters repeated three times or more cut to two ("soooo"
 * becomes "soo"), and words, punctuation runs and emoji as separate tokens. Training and analysis
 * share this one function, so they never disagree on what a token is.
 */
public final class SocialText {
  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
  private static final Pattern MENTION = Pattern.compile("@\\w+");
  private static final Pattern HASHTAG = Pattern.compile("#(\\w+)");
  private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
  private static final Pattern ELONGATION = Pattern.compile("(\\p{L})\\1{2,}");
  private static final Pattern TOKEN = Pattern.compile("<url>|<user>|[\\p{L}\\p{N}']+|[!?.]+|[^\\s\\p{L}\\p{N}]");

  private SocialText() {}

  public static String tokens(String text) {
    String t = URL.matcher(text).replaceAll(" <url> ");
    t = MENTION.matcher(t).replaceAll(" <user> ");
    Matcher hashtag = HASHTAG.matcher(t);
    StringBuilder split = new StringBuilder();
    while (hashtag.find()) hashtag.appendReplacement(split, Matcher.quoteReplacement(" " + CAMEL.matcher(hashtag.group(1)).replaceAll(" ") + " "));
    hashtag.appendTail(split);
    t = ELONGATION.matcher(split.toString().toLowerCase(Locale.ROOT)).replaceAll("$1$1");
    StringJoiner out = new StringJoiner(" ");
    Matcher token = TOKEN.matcher(t);
    while (token.find()) out.add(token.group());
    return out.toString();
  }
}
