package dev.crisisdesk.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warnings for strategists, printed but never failing a check: a pattern whose conditions on one
 * field can never all hold ({@code followers > 10, followers < 5}), and two rules with the same
 * conditions where one hides a comment and the other routes it.
 */
final class RuleLint {
  private static final Pattern RULE = Pattern.compile("(?s)\\brule\\s+(\"[^\"\\n]*\"|\\S+)(.*?)\\bwhen\\b(.*?)\\bthen\\b(.*?)\\bend\\b");
  private static final Pattern PATTERN_START = Pattern.compile("\\b[A-Z]\\w*\\s*\\(");
  private static final Pattern COMPARISON = Pattern.compile("^\\s*([a-zA-Z_][\\w.]*)\\s*(>=|<=|>|<|==)\\s*(-?\\d+(?:\\.\\d+)?)\\s*$");

  private RuleLint() {}

  static void check(String file, String text, List<RuleFinding> findings) {
    String code = RuleSandbox.blankStringsAndComments(text);
    Map<String, String[]> byConditions = new HashMap<>();
    Matcher rule = RULE.matcher(code);
    while (rule.find()) {
      String name = text.substring(rule.start(1), rule.end(1));
      contradictions(file, text, rule.start(3), rule.group(3), findings);
      String conditions = rule.group(3).replaceAll("\\s+", " ").strip();
      String consequence = rule.group(4);
      String acts = consequence.contains("actions.hide") ? "hide" : consequence.contains("actions.route") ? "route" : null;
      if (acts == null) continue;
      String[] other = byConditions.get(conditions);
      if (other != null && !other[1].equals(acts)) {
        findings.add(warning(file, text, rule.start(1), "rule " + name + " has the same conditions as rule " + other[0]
            + ", but one hides the comment and the other routes it: the hide wins, the route never takes effect"));
      } else {
        byConditions.put(conditions, new String[] {name, acts});
      }
    }
  }

  /** Each pattern's comparisons of one field with numbers must leave some value possible. */
  private static void contradictions(String file, String text, int offset, String lhs, List<RuleFinding> findings) {
    Matcher start = PATTERN_START.matcher(lhs);
    while (start.find()) {
      int open = start.end() - 1;
      int close = matching(lhs, open);
      if (close < 0) return;
      Map<String, double[]> bounds = new HashMap<>();
      Map<String, List<String>> seen = new HashMap<>();
      for (String constraint : topLevelParts(lhs.substring(open + 1, close))) {
        Matcher c = COMPARISON.matcher(constraint);
        if (!c.matches()) continue;
        String field = c.group(1);
        double value = Double.parseDouble(c.group(3));
        // low, low exclusive (1/0), high, high exclusive
        double[] b = bounds.computeIfAbsent(field, f -> new double[] {Double.NEGATIVE_INFINITY, 0, Double.POSITIVE_INFINITY, 0});
        switch (c.group(2)) {
          case ">" -> raise(b, value, true);
          case ">=" -> raise(b, value, false);
          case "<" -> lower(b, value, true);
          case "<=" -> lower(b, value, false);
          default -> {
            raise(b, value, false);
            lower(b, value, false);
          }
        }
        seen.computeIfAbsent(field, f -> new ArrayList<>()).add(constraint.strip());
      }
      bounds.forEach((field, b) -> {
        boolean empty = b[0] > b[2] || (b[0] == b[2] && (b[1] == 1 || b[3] == 1));
        if (empty) {
          findings.add(warning(file, text, offset + start.start(), "the conditions on '" + field + "' can never all hold: "
              + String.join(", ", seen.get(field)) + "; this rule never fires"));
        }
      });
    }
  }

  private static void raise(double[] b, double value, boolean exclusive) {
    if (value > b[0] || (value == b[0] && exclusive)) {
      b[0] = value;
      b[1] = exclusive ? 1 : 0;
    }
  }

  private static void lower(double[] b, double value, boolean exclusive) {
    if (value < b[2] || (value == b[2] && exclusive)) {
      b[2] = value;
      b[3] = exclusive ? 1 : 0;
    }
  }

  private static int matching(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      if (text.charAt(i) == '(') depth++;
      if (text.charAt(i) == ')' && --depth == 0) return i;
    }
    return -1;
  }

  private static List<String> topLevelParts(String constraints) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < constraints.length(); i++) {
      char c = constraints.charAt(i);
      if (c == '(') depth++;
      if (c == ')') depth--;
      if (c == ',' && depth == 0) {
        parts.add(constraints.substring(from, i));
        from = i + 1;
      }
    }
    parts.add(constraints.substring(from));
    return parts;
  }

  private static RuleFinding warning(String file, String text, int offset, String message) {
    return RuleFinding.at(file, text, offset, RuleFinding.Severity.WARNING, message);
  }
}
