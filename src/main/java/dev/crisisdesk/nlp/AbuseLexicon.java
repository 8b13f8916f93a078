package dev.crisisdesk.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The interim toxicity model: weighted abusive words from {@code models/abuse-lexicon.txt},
 * combined as a noisy-or over the distinct words of a comment.
 */
final class AbuseLexicon {
  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

  private final Map<String, Double> exact = new HashMap<>();
  private final Map<String, Double> prefixes = new LinkedHashMap<>();

  AbuseLexicon(Path file) throws IOException {
    int lineNumber = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNumber++;
      String entry = line.strip();
      if (entry.isEmpty() || entry.startsWith("#")) continue;
      String[] parts = entry.split("\\s+");
      try {
        double weight = Double.parseDouble(parts[1]);
        if (parts.length != 2 || weight < 0 || weight > 1) throw new NumberFormatException();
        if (parts[0].endsWith("*")) prefixes.put(parts[0].substring(0, parts[0].length() - 1), weight);
        else exact.put(parts[0], weight);
      } catch (RuntimeException e) {
        throw new IOException(file + ":" + lineNumber + ": expected 'word weight' with weight in [0, 1]");
      }
    }
  }

  double toxicity(String text) {
    Map<String, Double> hits = new HashMap<>();
    Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (words.find()) {
      String word = words.group();
      Double weight = exact.get(word);
      if (weight == null) weight = prefixWeight(word);
      if (weight != null) hits.put(word, weight);
    }
    double clean = 1;
    for (double weight : hits.values()) clean *= 1 - weight;
    return 1 - clean;
  }

  private Double prefixWeight(String word) {
    for (Map.Entry<String, Double> prefix : prefixes.entrySet()) {
      if (word.startsWith(prefix.getKey())) return prefix.getValue();
    }
    return null;
  }
}
