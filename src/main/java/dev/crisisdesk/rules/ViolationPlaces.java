package dev.crisisdesk.rules;

import dev.crisisdesk.rules.sandbox.RuleBytecode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where in the DRL a refused reference was written. The compiled classes know which rules
 * they serve; within those rules' text (else anywhere in the set) the first token naming the
 * member, or its property form ({@code classLoader} for {@code getClassLoader}), is the place.
 */
final class ViolationPlaces {
  private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");
  private static final Pattern END = Pattern.compile("(?m)^\\s*end\\b");

  private record Span(String file, String text, String code, int start, int end) {}

  private final List<Span> wholeFiles = new ArrayList<>();
  private final Map<String, List<Span>> rules = new HashMap<>();

  /** {@code drl}: the set's DRL files, decoded, by name. */
  ViolationPlaces(Map<String, String> drl) {
    drl.forEach((file, text) -> {
      String code = RuleSandbox.blankStringsAndComments(text);
      wholeFiles.add(new Span(file, text, code, 0, text.length()));
      Matcher rule = RULE.matcher(text);
      while (rule.find()) {
        String name = rule.group(1) != null ? rule.group(1) : rule.group(2) != null ? rule.group(2) : rule.group(3);
        Matcher end = END.matcher(code);
        int stop = end.find(rule.end()) ? end.end() : text.length();
        rules.computeIfAbsent(name, k -> new ArrayList<>()).add(new Span(file, text, code, rule.start(), stop));
      }
    });
  }

  RuleFinding place(RuleBytecode.Violation violation, Map<String, Set<String>> rulesByClass) {
    String message = "'" + violation.member() + "' " + violation.problem();
    List<Span> spans = new ArrayList<>();
    for (String key : List.of(violation.className() + "#" + violation.method(), violation.className())) {
      for (String rule : rulesByClass.getOrDefault(key, Set.of())) spans.addAll(rules.getOrDefault(rule, List.of()));
    }
    spans.addAll(wholeFiles);
    for (String token : tokens(violation.member())) {
      Pattern word = Pattern.compile("\\b" + Pattern.quote(token) + "\\b");
      for (Span span : spans) {
        Matcher found = word.matcher(span.code()).region(span.start(), span.end());
        if (found.find()) return RuleFinding.at(span.file(), span.text(), found.start(), RuleFinding.Severity.ERROR, message);
      }
    }
    Span first = spans.get(0);
    return RuleFinding.at(first.file(), first.text(), first.start(), RuleFinding.Severity.ERROR, message);
  }

  /** What a strategist may have written for a member: its name, its property form, its type's name. */
  private static List<String> tokens(String member) {
    String name = member.substring(member.lastIndexOf('.') + 1);
    List<String> tokens = new ArrayList<>(List.of(name));
    for (String prefix : List.of("get", "is", "set")) {
      if (name.length() > prefix.length() && name.startsWith(prefix) && Character.isUpperCase(name.charAt(prefix.length()))) {
        String rest = name.substring(prefix.length());
        tokens.add(Character.toLowerCase(rest.charAt(0)) + rest.substring(1));
      }
    }
    int dot = member.lastIndexOf('.');
    if (dot > 0) {
      String owner = member.substring(0, dot);
      tokens.add(owner.substring(owner.lastIndexOf('.') + 1));
    }
    return tokens;
  }
}
