package dev.crisisdesk.rules;

import dev.crisisdesk.facts.Brand;
import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Crisis;
import dev.crisisdesk.facts.WindowCount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kie.api.runtime.rule.Match;

/**
 * The facts that matched a rule, as a decision shows them: the values its conditions bound, the
 * comment's signals (sentiment, score, audience, toxicity, watch terms found), window counts and
 * open incidents.
 */
final class Explanation {
  private Explanation() {}

  static Map<String, Object> of(Match match) {
    Map<String, Object> facts = new LinkedHashMap<>();
    Comment comment = null;
    Brand brand = null;
    for (Object fact : match.getObjects()) {
      if (fact instanceof Comment c && comment == null) comment = c;
      if (fact instanceof Brand b) brand = b;
      if (fact instanceof WindowCount count) facts.put(count.getName(), count.getValue());
      if (fact instanceof Crisis crisis) {
        facts.put("crisis", crisis.getRule() + " (" + crisis.getSeverity().label() + ")");
        facts.put("incident", crisis.getId());
      }
    }
    for (String id : match.getDeclarationIds()) {
      Object value = match.getDeclarationValue(id);
      if (value instanceof Number || value instanceof String || value instanceof Boolean || value instanceof Enum) {
        facts.put(id.startsWith("$") ? id.substring(1) : id, value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : value);
      }
    }
    if (comment != null) {
      facts.put("sentiment", comment.getSentiment().label());
      facts.put("score", Math.round(comment.getSentimentScore() * 1000) / 1000.0);
      facts.put("toxicity", Math.round(comment.getToxicity() * 1000) / 1000.0);
      facts.put("hate", Math.round(comment.getHate() * 1000) / 1000.0);
      facts.put("followers", comment.getAuthor().getFollowers());
      facts.put("verified", comment.getAuthor().isVerified());
      if (comment.isQuestion()) facts.put("question", true);
      if (brand != null) {
        List<String> found = new ArrayList<>();
        for (String term : brand.getWatchTerms()) {
          if (comment.getText().toLowerCase(Locale.ROOT).contains(term)) found.add(term);
        }
        if (!found.isEmpty()) facts.put("watchTermsFound", found);
      }
    }
    return facts;
  }
}
