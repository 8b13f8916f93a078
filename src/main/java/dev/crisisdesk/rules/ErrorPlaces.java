package dev.crisisdesk.rules;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.stmt.BlockStmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the engine's compile errors at the mistake. Drools reports an error in a consequence at its
 * rule's line, an unknown property at its pattern's first line (as several raw MVEL messages), and an
 * unclosed parenthesis at the keyword after it. This finds the line and column to fix, says it once,
 * and names the property or action meant when one is misspelled, from the facts' own methods.
 */
final class ErrorPlaces {
  private static final String FACTS = "dev.crisisdesk.facts.";
  private static final Pattern CONSEQUENCE_ERROR = Pattern.compile("^Rule Compilation error\\s*");
  private static final Pattern PARSER_ERROR = Pattern.compile("^\\[ERR \\d+]");
  private static final Pattern UNRESOLVED = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
  private static final Pattern EXPRESSION = Pattern.compile("Unable to (?:Analyse|analyze) [Ee]xpression '?([^:']+?)'?(?::|$)");
  private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)");
  private static final Pattern UNRESOLVED_NAME = Pattern.compile("^(\\w+) cannot be resolved");
  private static final Pattern INSERT = Pattern.compile("insert \"([^\"]+)\" to complete");
  private static final Pattern THEN = Pattern.compile("\\bthen\\b");
  private static final Pattern END = Pattern.compile("(?m)^\\s*end\\b");

  private final Map<String, String> drl;

  /** {@code drl}: the set's DRL files, decoded, by name. */
  ErrorPlaces(Map<String, String> drl) {
    this.drl = drl;
  }

  /** The engine's findings, each at the mistake, once. */
  List<RuleFinding> place(List<RuleFinding> engine) {
    Map<String, List<Placed>> byPlace = new LinkedHashMap<>();
    Set<String> unclosedReported = new TreeSet<>();
    for (RuleFinding finding : engine) {
      String text = drl.get(finding.file());
      Placed placed = text == null ? new Placed(finding, false) : place(finding, text, unclosedReported);
      if (placed != null) byPlace.computeIfAbsent(finding.file() + ":" + finding.line(), k -> new ArrayList<>()).add(placed);
    }
    Set<RuleFinding> out = new LinkedHashSet<>();
    for (List<Placed> atOnePlace : byPlace.values()) {
      // the engine says one mistake several ways; once one of them names what is wrong, the others are noise
      boolean named = atOnePlace.stream().anyMatch(Placed::specific);
      atOnePlace.stream().filter(p -> p.specific() || !named).forEach(p -> out.add(p.finding()));
    }
    return new ArrayList<>(out);
  }

  private record Placed(RuleFinding finding, boolean specific) {}

  private Placed place(RuleFinding finding, String text, Set<String> unclosedReported) {
    String message = finding.message();
    if (PARSER_ERROR.matcher(message).find()) {
      Optional<RuleFinding> unclosed = unclosed(finding.file(), text);
      if (unclosed.isEmpty()) return new Placed(finding, false);
      return unclosedReported.add(finding.file()) ? new Placed(unclosed.get(), true) : null;
    }
    Matcher consequence = CONSEQUENCE_ERROR.matcher(message);
    if (consequence.find()) return consequence(finding, text, message.substring(consequence.end()));
    Matcher unresolved = UNRESOLVED.matcher(message);
    if (unresolved.find()) {
      String member = unresolved.group(2);
      Class<?> type = type(unresolved.group(1));
      String typeName = unresolved.group(1).substring(unresolved.group(1).lastIndexOf('.') + 1);
      String why = typeName + " has no property '" + member + "'" + suggestion(member, type == null ? Set.of() : Vocabulary.reachable(type));
      int at = find(text, finding.line(), "\\b" + Pattern.quote(member) + "\\b");
      return new Placed(at < 0 ? withMessage(finding, why) : RuleFinding.at(finding.file(), text, at, RuleFinding.Severity.ERROR, why), true);
    }
    Matcher expression = EXPRESSION.matcher(message);
    if (expression.find()) {
      int at = find(text, finding.line(), Pattern.quote(expression.group(1).strip()));
      if (at >= 0) return new Placed(RuleFinding.at(finding.file(), text, at, RuleFinding.Severity.ERROR, message), false);
    }
    return new Placed(finding, false);
  }

  /** An error in the Java of a rule's consequence, at its place inside the consequence. */
  private Placed consequence(RuleFinding finding, String text, String problem) {
    String code = RuleSandbox.blankStringsAndComments(text);
    int ruleStart = offsetOfLine(text, finding.line());
    Matcher then = THEN.matcher(code);
    Matcher end = END.matcher(code);
    if (!then.find(ruleStart) || !end.find(then.end())) return new Placed(withMessage(finding, "in the consequence: " + problem), false);
    int bodyStart = then.end();
    String body = text.substring(bodyStart, end.start());
    Matcher method = UNDEFINED_METHOD.matcher(problem);
    if (method.find()) {
      Class<?> type = type(FACTS + method.group(3));
      String why = method.group(3) + " has no method '" + method.group(1) + "(" + method.group(2) + ")'"
          + suggestion(method.group(1), type == null ? Set.of() : Vocabulary.methods(type));
      return new Placed(inBody(finding, text, code, bodyStart, end.start(), "\\b" + Pattern.quote(method.group(1)) + "\\s*\\(", why), true);
    }
    Matcher name = UNRESOLVED_NAME.matcher(problem);
    if (name.find()) {
      return new Placed(inBody(finding, text, code, bodyStart, end.start(), "(?<![\\w$])" + Pattern.quote(name.group(1)) + "\\b", problem), true);
    }
    ParseResult<BlockStmt> parsed = new JavaParser().parseBlock("{" + body + "}");
    if (!parsed.isSuccessful() && !parsed.getProblems().isEmpty()) {
      // the parser places a problem at the last token it could read: the token ECJ's message names
      Matcher insert = INSERT.matcher(problem);
      boolean missing = insert.find();
      int at = parsedOffset(parsed.getProblems().get(0), "{" + body + "}", missing);
      if (at >= 0) {
        String why = missing ? "missing '" + insert.group(1) + "' at the end of this statement" : problem;
        return new Placed(RuleFinding.at(finding.file(), text, bodyStart + Math.max(0, at - 1), RuleFinding.Severity.ERROR, why), true);
      }
    }
    return new Placed(withMessage(finding, "in the consequence: " + problem), false);
  }

  private static RuleFinding inBody(RuleFinding finding, String text, String code, int from, int to, String regex, String why) {
    Matcher found = Pattern.compile(regex).matcher(code).region(from, to);
    return found.find() ? RuleFinding.at(finding.file(), text, found.start(), RuleFinding.Severity.ERROR, why) : withMessage(finding, why);
  }

  /** The offset in {@code source} of the token a parse problem is at, or just after it ({@code after}), or -1. */
  private static int parsedOffset(Problem problem, String source, boolean after) {
    return problem.getLocation().flatMap(range -> range.getBegin().getRange())
        .map(range -> after ? offsetOfLine(source, range.end.line) + range.end.column : offsetOfLine(source, range.begin.line) + range.begin.column - 1)
        .orElse(-1);
  }

  /**
   * The first bracket of the file that is never closed (or is closed by the wrong kind), found on the
   * code without its strings and comments.
   */
  static Optional<RuleFinding> unclosed(String file, String text) {
    String code = RuleSandbox.blankStringsAndComments(text);
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '(' || c == '[' || c == '{') {
        open.push(i);
      } else if (c == ')' || c == ']' || c == '}') {
        if (open.isEmpty()) return Optional.of(RuleFinding.at(file, text, i, RuleFinding.Severity.ERROR, "'" + c + "' closes nothing"));
        char opener = code.charAt(open.peek());
        if (closer(opener) != c) return Optional.of(unclosedAt(file, text, open.peek(), opener));
        open.pop();
      }
    }
    return open.isEmpty() ? Optional.empty() : Optional.of(unclosedAt(file, text, open.peekLast(), code.charAt(open.peekLast())));
  }

  private static RuleFinding unclosedAt(String file, String text, int at, char opener) {
    return RuleFinding.at(file, text, at, RuleFinding.Severity.ERROR, "'" + opener + "' is never closed: add '" + closer(opener) + "'");
  }

  private static char closer(char opener) {
    return opener == '(' ? ')' : opener == '[' ? ']' : '}';
  }

  /** The first match of {@code regex} in the code from a line on, or -1. */
  private static int find(String text, int line, String regex) {
    String code = RuleSandbox.blankStringsAndComments(text);
    Matcher found = Pattern.compile(regex).matcher(code);
    return found.find(offsetOfLine(text, line)) ? found.start() : -1;
  }

  private static int offsetOfLine(String text, int line) {
    int offset = 0;
    for (int l = 1; l < line && offset >= 0; l++) {
      int next = text.indexOf('\n', offset);
      if (next < 0) return text.length();
      offset = next + 1;
    }
    return Math.min(offset, text.length());
  }

  private static RuleFinding withMessage(RuleFinding finding, String message) {
    return RuleFinding.error(finding.file(), finding.line(), finding.column(), message);
  }

  private static Class<?> type(String name) {
    if (!name.startsWith(FACTS)) return null;
    try {
      return Class.forName(name, false, ErrorPlaces.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  /** "; did you mean 'x'?" for the closest known name, when one is close enough to be a typo. */
  static String suggestion(String written, Set<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String name : known) {
      // a property of a fact the type holds ("author.followers") is compared by its own name, and loses a tie
      String last = name.substring(name.lastIndexOf('.') + 1);
      int d = distance(written.toLowerCase(), last.toLowerCase()) * 2 + (name.equals(last) ? 0 : 1);
      if (d < bestDistance) {
        best = name;
        bestDistance = d;
      }
    }
    int allowed = Math.max(1, Math.min(3, written.length() / 3)) * 2 + 1;
    List<String> own = known.stream().filter(name -> !name.contains(".")).toList();
    return best != null && bestDistance <= allowed ? "; did you mean '" + best + "'?" : own.isEmpty() ? "" : "; it has " + String.join(", ", own);
  }

  /** Edit distance (insertions, deletions, substitutions, and swaps of two neighbours). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
    return d[a.length()][b.length()];
  }
}
