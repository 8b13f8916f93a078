package dev.crisisdesk.scenarios;

import dev.crisisdesk.facts.Author;
import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Decision;
import dev.crisisdesk.facts.Sentiment;
import dev.crisisdesk.facts.Signals;
import dev.crisisdesk.nlp.Triage;
import dev.crisisdesk.scenarios.Scenario.Expectation;
import dev.crisisdesk.scenarios.Scenario.Kind;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the plain scenario format of {@code docs/rules.md}: {@code scenario}, {@code brand},
 * {@code date}, {@code comment} and {@code expect} lines; {@code #} starts a comment. A line it
 * cannot read is a {@link ScenarioException} naming the file and line.
 */
public final class ScenarioParser {
  private static final Pattern TOKEN = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|(\\S+)");
  private static final Set<String> STATUSES = Set.of("queued", "hidden", "ignored", "failed");
  private static final LocalDate DEFAULT_DATE = LocalDate.of(2026, 1, 5);

  private ScenarioParser() {}

  public static Scenario parse(String file, String text) {
    String name = file;
    String brand = "acme";
    LocalDate date = DEFAULT_DATE;
    List<Comment> comments = new ArrayList<>();
    List<Expectation> expectations = new ArrayList<>();
    JsonObject settings = null;
    String[] lines = text.split("\r?\n", -1);
    for (int n = 1; n <= lines.length; n++) {
      String line = stripComment(lines[n - 1]).strip();
      if (line.isEmpty()) continue;
      List<String> tokens = tokens(line);
      try {
        switch (tokens.get(0)) {
          case "scenario" -> name = line.substring("scenario".length()).strip();
          case "brand" -> brand = one(tokens);
          case "date" -> date = LocalDate.parse(one(tokens));
          case "comment" -> comments.addAll(comments(tokens, brand, date));
          case "expect" -> expectations.add(expectation(n, line, tokens));
          case "settings" -> settings = settings(line.substring("settings".length()).strip());
          default -> throw new IllegalArgumentException("a line starts with scenario, brand, date, settings, comment or expect");
        }
      } catch (RuntimeException e) {
        throw new ScenarioException(file + ":" + n + ": " + e.getMessage());
      }
    }
    if (comments.isEmpty()) throw new ScenarioException(file + ":1: a scenario needs at least one comment line");
    comments.sort(Comparator.comparingLong(Comment::getEventTime));
    return new Scenario(file, name, comments, expectations, settings);
  }

  /** {@code settings {JSON}}: brand settings over the rule set's defaults, as {@code PUT /v1/brands/{brand}} takes them. */
  private static JsonObject settings(String json) {
    try {
      return new JsonObject(json);
    } catch (DecodeException | ClassCastException e) {
      throw new IllegalArgumentException("settings takes a JSON object: settings {\"thresholds\": {\"profanity.hide\": 1}}");
    }
  }

  /**
   * {@code comment TIME ID SENTIMENT [followers=N] [verified] [toxicity=X] [hate=X] [lang=xx] [needsReply=X] [attack=X] [spamScore=X] [author=ID] [brand=B] [xN every Ds] "TEXT"}.
   * Triage's pattern signals (request, problem, question, profanity, abuse, spam) are read from the text as live.
   */
  private static List<Comment> comments(List<String> tokens, String brand, LocalDate date) {
    if (tokens.size() < 5) throw new IllegalArgumentException("comment TIME ID SENTIMENT [options] \"TEXT\"");
    long at = date.atTime(LocalTime.parse(tokens.get(1))).toInstant(ZoneOffset.UTC).toEpochMilli();
    String id = tokens.get(2);
    Sentiment sentiment = Sentiment.ofLabel(tokens.get(3));
    String text = tokens.get(tokens.size() - 1);
    Long followers = null;
    boolean verified = false;
    double toxicity = 0;
    double hate = 0;
    String lang = "en";
    String author = null;
    double needsReply = 0;
    double attack = 0;
    double spamScore = 0;
    int repeat = 1;
    long every = 0;
    for (int i = 4; i < tokens.size() - 1; i++) {
      String option = tokens.get(i);
      if (option.startsWith("followers=")) followers = Long.parseLong(option.substring(10));
      else if (option.equals("verified")) verified = true;
      else if (option.startsWith("toxicity=")) toxicity = Double.parseDouble(option.substring(9));
      else if (option.startsWith("hate=")) hate = Double.parseDouble(option.substring(5));
      else if (option.startsWith("brand=")) brand = option.substring(6);
      else if (option.startsWith("lang=")) lang = option.substring(5);
      else if (option.startsWith("author=")) author = option.substring(7);
      else if (option.startsWith("needsReply=")) needsReply = Double.parseDouble(option.substring(11));
      else if (option.startsWith("attack=")) attack = Double.parseDouble(option.substring(7));
      else if (option.startsWith("spamScore=")) spamScore = Double.parseDouble(option.substring(10));
      else if (option.matches("x\\d+")) repeat = Integer.parseInt(option.substring(1));
      else if (option.equals("every") && i + 1 < tokens.size() - 1) every = Duration.parse("PT" + tokens.get(++i).toUpperCase(Locale.ROOT)).toMillis();
      else throw new IllegalArgumentException("unknown option '" + option + "' (followers=N, verified, toxicity=X, hate=X, lang=xx, needsReply=X, attack=X, spamScore=X, author=ID, brand=B, xN every 10s)");
    }
    double score = sentiment.nominalScore();
    Signals signals = Triage.signals(text, lang, needsReply, attack).withScores(attack, spamScore);
    List<Comment> out = new ArrayList<>();
    for (int k = 1; k <= repeat; k++) {
      String commentId = repeat == 1 ? id : id + k;
      String by = author == null ? commentId : author;
      out.add(new Comment(brand, "twitter", commentId, text, new Author(by, "@" + by, followers, verified),
          Instant.ofEpochMilli(at + (k - 1) * every), sentiment, score, toxicity, hate, lang, null, signals));
    }
    return out;
  }

  /**
   * {@code expect [no] incident ["RULE"] [SEVERITY] [at ID]}, {@code expect [no] escalation [ID] [QUEUE]},
   * {@code expect ID [not] queued|hidden|ignored|failed [QUEUE [PRIORITY]]}, {@code expect ID [not] rule "NAME"},
   * {@code expect ID [not] ACTION [ARGUMENT]}.
   */
  private static Expectation expectation(int line, String text, List<String> tokens) {
    List<String> rest = new ArrayList<>(tokens.subList(1, tokens.size()));
    if (rest.isEmpty()) throw new IllegalArgumentException("expect what?");
    boolean negated = false;
    if (rest.get(0).equals("no")) {
      negated = true;
      rest.remove(0);
    }
    String head = rest.isEmpty() ? "" : rest.remove(0);
    if (head.equals("incident")) return new Expectation(line, text, negated, Kind.INCIDENT, null, rest);
    if (head.equals("escalation")) return new Expectation(line, text, negated, Kind.ESCALATION, rest.isEmpty() ? null : rest.remove(0), rest);
    if (negated) throw new IllegalArgumentException("'expect no' takes incident or escalation; write 'expect ID not ...'");
    if (rest.isEmpty()) throw new IllegalArgumentException("expect ID what?");
    if (rest.get(0).equals("not")) {
      negated = true;
      rest.remove(0);
    }
    String what = rest.remove(0);
    if (STATUSES.contains(what)) {
      List<String> args = new ArrayList<>(List.of(what));
      args.addAll(rest);
      return new Expectation(line, text, negated, Kind.STATUS, head, args);
    }
    if (what.equals("rule")) return new Expectation(line, text, negated, Kind.RULE, head, List.of(one(List.of("", rest.get(0)))));
    Decision.Action.valueOf(what.toUpperCase(Locale.ROOT));
    List<String> args = new ArrayList<>(List.of(what));
    args.addAll(rest);
    return new Expectation(line, text, negated, Kind.ACTION, head, args);
  }

  private static String one(List<String> tokens) {
    if (tokens.size() != 2) throw new IllegalArgumentException(tokens.get(0) + " takes one value");
    return tokens.get(1);
  }

  static List<String> tokens(String line) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(line);
    while (m.find()) tokens.add(m.group(1) != null ? m.group(1).replace("\\\"", "\"") : m.group(2));
    return tokens;
  }

  private static String stripComment(String line) {
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') quoted = !quoted;
      if (c == '#' && !quoted) return line.substring(0, i);
    }
    return line;
  }
}
