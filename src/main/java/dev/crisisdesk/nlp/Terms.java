package dev.crisisdesk.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an incident's comments say more than the brand's comments usually do: each word or hashtag
 * counted once per comment, against how many comments of the same number would carry it at the
 * brand's own recent rate. Most unusual first; a term needs at least two comments.
 */
public final class Terms {
  /** One term: in how many of the incident's comments, and how many the brand's baseline would expect. */
  public record Term(String term, int count, double baseline) {}

  static final int MAX_TERMS = 10;
  private static final Pattern WORD = Pattern.compile("#?[\\p{L}\\p{N}][\\p{L}\\p{N}'_-]*");
  private static final Set<String> STOP = Set.of("the", "and", "for", "are", "but", "not", "you", "your", "yours", "all", "any", "can", "had",
      "her", "was", "one", "our", "out", "has", "have", "him", "his", "how", "its", "it's", "may", "now", "own", "she", "they", "them",
      "their", "there", "this", "that", "these", "those", "what", "when", "where", "which", "who", "why", "will", "with", "would", "from",
      "been", "were", "than", "then", "into", "just", "also", "very", "more", "most", "some", "such", "only", "about", "after", "again",
      "over", "still", "here", "does", "did", "doing", "don't", "i'm", "i've", "you're", "we're", "can't", "won't", "didn't", "doesn't",
      "isn't", "wasn't", "aren't", "get", "got", "let", "because", "could", "should", "being", "every", "other", "same", "too", "yet",
      "ever", "even", "much", "many", "like", "amp", "via", "http", "https");

  private Terms() {}

  /** The unusual terms of the incident's texts against the brand's baseline texts. */
  public static List<Term> unusual(List<String> incident, List<String> baseline) {
    Map<String, Integer> counts = documentFrequencies(incident);
    Map<String, Integer> usual = documentFrequencies(baseline);
    List<Term> terms = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      if (entry.getValue() < 2) continue;
      double expected = baseline.isEmpty() ? 0 : usual.getOrDefault(entry.getKey(), 0) * (double) incident.size() / baseline.size();
      if (entry.getValue() <= expected) continue;
      terms.add(new Term(entry.getKey(), entry.getValue(), Math.round(expected * 10) / 10.0));
    }
    terms.sort(Comparator.comparingDouble((Term t) -> -(t.count() + 1) / (t.baseline() + 1)).thenComparing(t -> -t.count()).thenComparing(Term::term));
    return terms.size() > MAX_TERMS ? List.copyOf(terms.subList(0, MAX_TERMS)) : terms;
  }

  private static Map<String, Integer> documentFrequencies(List<String> texts) {
    Map<String, Integer> frequencies = new HashMap<>();
    for (String text : texts) for (String term : terms(text)) frequencies.merge(term, 1, Integer::sum);
    return frequencies;
  }

  /** The distinct terms of a text: words of three letters or more and hashtags, lower-cased; no stop words, mentions or links. */
  static Set<String> terms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    if (text == null) return terms;
    String cleaned = text.replaceAll("https?://\\S+", " ").replaceAll("@\\w+", " ");
    Matcher m = WORD.matcher(cleaned.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String term = m.group().replaceAll("['_-]+$", "");
      if (term.length() < 3 || STOP.contains(term) || term.chars().allMatch(Character::isDigit)) continue;
      terms.add(term);
    }
    return terms;
  }
}
