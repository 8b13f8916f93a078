package dev.crisisdesk.facts;

/**
 * What triage read in a comment besides its sentiment, as rules see it through {@link Comment}:
 * its language, whether it asks for something, reports a problem or asks a question, whether it
 * swears, whether it names something the brand sells or does or the people who do it
 * ({@code aboutService}: an order, a store, staff, an app, a bill), whether it names a group of people
 * ({@code namesGroup}: a religion, a nationality or ethnicity, women or men, immigrants, gay or trans people), whether it attacks a person or group beyond doubt ({@code abuse}: why, or null) or insults a
 * person in a comment that is no customer's matter ({@code insult}: why, or null), whether it is spam
 * ({@code spam}: why, or null), whether it may be spam, for a person to judge ({@code promotion}: why,
 * or null; set whenever {@code spam} is), and how much it reads like a comment support teams answer
 * ({@code needsReply}, 0 to 1) and like an attack on a person or group, whatever its words
 * ({@code attack}, 0 to 1: from our transformer's encoding and an n-gram model, or the n-gram model alone
 * when no transformer reads the comment) and like spam, whatever its words ({@code spamScore}, 0 to 1:
 * from our transformer's encoding and the needs-a-reply score; 0 for comments not in English, which the
 * encoder was not trained on).
 */
public record Signals(String lang, boolean request, boolean problem, boolean question, boolean profanity, boolean aboutService,
    boolean namesGroup, String abuse, String insult,
    String spam, String promotion, double needsReply, double attack, double spamScore) {
  /** Nothing read: an unknown language, no signal. */
  public static final Signals NONE = new Signals("und", false, false, false, false, false, false, null, null, null, null, 0, 0, 0);

  public Signals {
    lang = lang == null || lang.isBlank() ? "und" : lang;
    // written so that NaN, which passes every comparison, is refused too
    if (!(needsReply >= 0 && needsReply <= 1)) throw new IllegalArgumentException("needsReply outside [0, 1]: " + needsReply);
    if (!(attack >= 0 && attack <= 1)) throw new IllegalArgumentException("attack outside [0, 1]: " + attack);
    if (!(spamScore >= 0 && spamScore <= 1)) throw new IllegalArgumentException("spamScore outside [0, 1]: " + spamScore);
  }

  /** The same signals with other attack and spam scores. */
  public Signals withScores(double attack, double spamScore) {
    return new Signals(lang, request, problem, question, profanity, aboutService, namesGroup, abuse, insult, spam, promotion, needsReply, attack, spamScore);
  }
}
