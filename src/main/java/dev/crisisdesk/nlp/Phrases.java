package dev.crisisdesk.nlp;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression made of many alternatives ("your mom must|go touch grass|hope someone keys
 * your car|..."), matched only with the alternatives whose words the text holds. Java's matcher
 * tries every alternative at every position of a text, so triage's long phrase lists cost most of
 * its time on texts that hold none of their words. Each top-level alternative is read once for
 * the literal words any match of it must contain (all of {@code hope}, {@code someone}, {@code your}
 * in {@code \bhope (?:someone|somebody) (?:\w+ )?(?:your|you|ur)\b}, with a choice where it has
 * one); a text lacking them cannot match it.
 *
 * <p>{@link #matcher} answers exactly as the whole expression would, {@code group()}, {@code
 * start()} and further {@code find()}s included: the alternatives it drops cannot match anywhere in
 * the text, so the leftmost match and the alternative that wins it are the same. A construct the
 * reading does not follow (a backreference, {@code \Q}, a flag set for the rest of the pattern)
 * keeps the whole expression for every text.
 */
final class Phrases {
  private static final Pattern NEVER = Pattern.compile("(?!)");
  /**
   * Narrowed expressions kept for sets of alternatives seen together; past this many the whole
   * expression runs (the same matches, at the old cost). A comment picks the set, so this bounds
   * what hostile texts can make it hold: a narrowed copy of the longest expression takes up to 140
   * KB. TweetEval's 47,774 tweets needed 41 sets at most for one expression, 136 in all.
   */
  static final int NARROWED = 64;

  private final Pattern whole;
  private final List<String> branches;
  private final Pattern[] alone;
  private final Need[] needs;
  private final Map<BitSet, Pattern> narrowed = new ConcurrentHashMap<>();

  private Phrases(Pattern whole, List<String> branches, Need[] needs) {
    this.whole = whole;
    this.branches = branches;
    this.needs = needs;
    this.alone = new Pattern[branches.size()];
    for (int i = 0; i < alone.length; i++) alone[i] = Pattern.compile(branches.get(i), whole.flags());
  }

  static Phrases compile(String regex) {
    return compile(regex, 0);
  }

  static Phrases compile(String regex, int flags) {
    Pattern whole = Pattern.compile(regex, flags);
    List<String> branches;
    Need[] needs;
    try {
      if ((flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) throw new Unfollowed("flags");
      branches = new Reader(regex).topLevel();
      if (branches.size() == 1) branches = new Reader(regex).distributed();
      needs = new Need[branches.size()];
      for (int i = 0; i < needs.length; i++) needs[i] = new Reader(branches.get(i)).alternation(false);
    } catch (Unfollowed e) {
      branches = List.of(regex);
      needs = new Need[] {Need.ANY};
    }
    return new Phrases(whole, branches, needs);
  }

  /** A matcher over the text that finds what the whole expression finds. */
  Matcher matcher(String text) {
    if (branches.size() == 1 && needs[0] == Need.ANY) return whole.matcher(text);
    String folded = folded(text);
    BitSet candidates = new BitSet(needs.length);
    for (int i = 0; i < needs.length; i++) {
      if (needs[i].holds(folded)) candidates.set(i);
    }
    int count = candidates.cardinality();
    if (count == 0) return NEVER.matcher(text);
    if (count == 1) return alone[candidates.nextSetBit(0)].matcher(text);
    if (count == needs.length) return whole.matcher(text);
    Pattern some = narrowed.get(candidates);
    if (some == null) {
      if (narrowed.size() >= NARROWED) return whole.matcher(text);
      StringBuilder regex = new StringBuilder();
      for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
        if (regex.length() > 0) regex.append('|');
        regex.append(branches.get(i));
      }
      some = Pattern.compile(regex.toString(), whole.flags());
      narrowed.putIfAbsent(candidates, some);
    }
    return some.matcher(text);
  }

  /** How many narrowed expressions are kept. */
  int narrowedCount() {
    return narrowed.size();
  }

  String pattern() {
    return whole.pattern();
  }

  int flags() {
    return whole.flags();
  }

  /** How many top-level alternatives the expression was read into (1 when it was kept whole). */
  int alternatives() {
    return branches.size();
  }

  /** What a text must hold for one alternative to match it, as {@link #matcher} reads it. */
  String need(int alternative) {
    return needs[alternative].toString();
  }

  /** The last text folded on this thread and its folding: triage reads one text with many expressions. */
  private static final ThreadLocal<String[]> LAST = ThreadLocal.withInitial(() -> new String[2]);

  private static String folded(String text) {
    String[] last = LAST.get();
    if (last[0] != text) {
      last[1] = fold(text);
      last[0] = text;
    }
    return last[1];
  }

  /**
   * Each character as Java's case-insensitive matching compares it (upper case, then lower case),
   * so that a literal the expression must match is found in the folded text whatever its case.
   */
  static String fold(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = Character.codePointAt(text, i);
      i += Character.charCount(c);
      out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
    }
    return out.toString();
  }

  /** Words a text must hold: all of some, one of others, or nothing. */
  private sealed interface Need {
    Need ANY = new All(List.of());

    boolean holds(String folded);
  }

  private record Word(String word) implements Need {
    @Override
    public boolean holds(String folded) {
      return folded.contains(word);
    }

    @Override
    public String toString() {
      return '"' + word + '"';
    }
  }

  private record All(List<Need> parts) implements Need {
    @Override
    public boolean holds(String folded) {
      for (Need part : parts) {
        if (!part.holds(folded)) return false;
      }
      return true;
    }

    @Override
    public String toString() {
      return parts.isEmpty() ? "anything" : String.join(" and ", parts.stream().map(p -> p instanceof OneOf ? "(" + p + ")" : p.toString()).toList());
    }
  }

  private record OneOf(List<Need> choices) implements Need {
    @Override
    public boolean holds(String folded) {
      for (Need choice : choices) {
        if (choice.holds(folded)) return true;
      }
      return false;
    }

    @Override
    public String toString() {
      return String.join(" or ", choices.stream().map(c -> c instanceof All a && a.parts().size() > 1 ? "(" + c + ")" : c.toString()).toList());
    }
  }

  private static Need all(List<Need> parts) {
    List<Need> kept = new ArrayList<>();
    for (Need part : parts) {
      if (part == Need.ANY) continue;
      if (part instanceof All inner) kept.addAll(inner.parts());
      else kept.add(part);
    }
    return kept.isEmpty() ? Need.ANY : kept.size() == 1 ? kept.get(0) : new All(List.copyOf(kept));
  }

  private static Need oneOf(List<Need> choices) {
    for (Need choice : choices) {
      if (choice == Need.ANY) return Need.ANY;
    }
    return choices.size() == 1 ? choices.get(0) : new OneOf(List.copyOf(choices));
  }

  /** A construct the reading does not follow: the expression is kept whole. */
  private static final class Unfollowed extends RuntimeException {
    Unfollowed(String why) {
      super(why, null, false, false);
    }
  }

  /**
   * Reads an expression's source for what a match must contain. Conservative: whatever it does not
   * follow needs nothing (a class, an escape, a lookaround, an optional part).
   */
  private static final class Reader {
    private final String s;
    private int i;

    Reader(String s) {
      this.s = s;
    }

    /** The source of each top-level alternative. */
    List<String> topLevel() {
      List<String> out = new ArrayList<>();
      int start = 0;
      while (scan(true) == '|') {
        out.add(s.substring(start, i));
        start = ++i;
      }
      out.add(s.substring(start));
      return out;
    }

    /**
     * An expression that is one group of alternatives between zero-width guards, {@code \\b(?:A|B|C)\\b},
     * as one alternative each ({@code \\b(?:A)\\b}, {@code \\b(?:B)\\b}, ...), or the expression itself.
     * The guards before the group (word boundaries, lookbehinds) match one way only, so the alternatives
     * are tried in the same order at each position and the same match is found.
     */
    List<String> distributed() {
      i = 0;
      while (true) {
        if (s.startsWith("\\b", i)) {
          i += 2;
        } else if (s.startsWith("(?<!", i) || s.startsWith("(?<=", i)) {
          skipGroup();
        } else {
          break;
        }
      }
      int open = i;
      if (!s.startsWith("(?:", open)) return List.of(s);
      skipGroup();
      int close = i;
      if (close < s.length() && "*+?{".indexOf(s.charAt(close)) >= 0) return List.of(s);
      List<String> inner = new Reader(s.substring(open + 3, close - 1)).topLevel();
      if (inner.size() < 2) return List.of(s);
      String prefix = s.substring(0, open);
      String suffix = s.substring(close);
      List<String> out = new ArrayList<>(inner.size());
      for (String alternative : inner) out.add(prefix + "(?:" + alternative + ")" + suffix);
      return out;
    }

    /** Reads past the group that opens here, nested groups, classes and escapes included. */
    private void skipGroup() {
      i++;
      if (scan(false) != ')') throw new Unfollowed("unclosed group");
      i++;
    }

    /**
     * Reads on past escapes, character classes and nested groups to the first {@code |} at this
     * depth (when {@code atBar}), the {@code )} that closes the group it started in, or the end:
     * returns the character it stopped at, or -1 at the end.
     */
    private int scan(boolean atBar) {
      int depth = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '\\') {
          escape();
          continue;
        }
        if (c == '[') {
          charClass();
          continue;
        }
        if (c == '(') {
          if (depth == 0 && atBar && s.startsWith("(?", i) && bareFlags(i)) throw new Unfollowed("flags for the rest of the pattern");
          depth++;
        } else if (c == ')') {
          if (depth-- == 0) return ')';
        } else if (c == '|' && depth == 0 && atBar) {
          return '|';
        }
        i++;
      }
      return -1;
    }

    /** Alternatives up to the end, or to the closing parenthesis of the group being read. */
    Need alternation(boolean inGroup) {
      List<Need> choices = new ArrayList<>();
      choices.add(sequence());
      while (i < s.length() && s.charAt(i) == '|') {
        i++;
        choices.add(sequence());
      }
      if (inGroup) {
        if (i >= s.length() || s.charAt(i) != ')') throw new Unfollowed("unclosed group");
        i++;
      } else if (i < s.length()) {
        throw new Unfollowed("unbalanced ')'");
      }
      return oneOf(choices);
    }

    private Need sequence() {
      List<Need> parts = new ArrayList<>();
      StringBuilder word = new StringBuilder();
      while (i < s.length() && s.charAt(i) != '|' && s.charAt(i) != ')') {
        char c = s.charAt(i);
        Need part;
        int literal = -1;
        if (c == '(') {
          part = group();
        } else if (c == '[') {
          charClass();
          part = Need.ANY;
        } else if (c == '\\') {
          literal = escape();
          part = Need.ANY;
        } else if (c == '.' || c == '^' || c == '$') {
          i++;
          part = Need.ANY;
        } else if ("*+?{".indexOf(c) >= 0) {
          throw new Unfollowed("a quantifier with nothing before it");
        } else {
          literal = s.codePointAt(i);
          i += Character.charCount(literal);
          part = Need.ANY;
        }
        int times = quantifier();
        boolean optional = times == OPTIONAL;
        if (literal >= 0 && times == ONCE) {
          word.appendCodePoint(literal);
          continue;
        }
        if (literal >= 0 && times == REPEATED) {
          // "ab+c" holds "ab" and "bc" but not "abc": the word ends at a repeated character
          parts.add(new Word(fold(word.appendCodePoint(literal))));
          word.setLength(0);
          continue;
        }
        // anything but a literal character that must be there ends the word being read
        if (word.length() > 0) parts.add(new Word(fold(word)));
        word.setLength(0);
        if (!optional) parts.add(part);
      }
      if (word.length() > 0) parts.add(new Word(fold(word)));
      return all(parts);
    }

    private static final int ONCE = 0;
    private static final int OPTIONAL = 1;
    private static final int REPEATED = 2;

    /** Reads a quantifier after an atom, if any: {@link #ONCE} without one, {@link #OPTIONAL} when it lets the atom be absent. */
    private int quantifier() {
      if (i >= s.length()) return ONCE;
      char c = s.charAt(i);
      int times;
      if (c == '?' || c == '*') {
        times = OPTIONAL;
        i++;
      } else if (c == '+') {
        times = REPEATED;
        i++;
      } else if (c == '{') {
        int close = s.indexOf('}', i);
        if (close < 0) throw new Unfollowed("unclosed {");
        String least = s.substring(i + 1, close).split(",", -1)[0].strip();
        try {
          times = least.isEmpty() || Integer.parseInt(least) == 0 ? OPTIONAL : REPEATED;
        } catch (NumberFormatException e) {
          throw new Unfollowed("a quantifier " + s.substring(i, close + 1));
        }
        i = close + 1;
      } else {
        return ONCE;
      }
      // lazy or possessive
      if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+')) i++;
      return times;
    }

    private Need group() {
      i++; // (
      if (!s.startsWith("?", i)) return alternation(true);
      if (s.startsWith("?:", i) || s.startsWith("?>", i)) {
        i += 2;
        return alternation(true);
      }
      if (s.startsWith("?=", i) || s.startsWith("?!", i) || s.startsWith("?<=", i) || s.startsWith("?<!", i)) {
        i += s.charAt(i + 1) == '<' ? 3 : 2;
        alternation(true); // a lookaround consumes nothing; read past it
        return Need.ANY;
      }
      if (s.startsWith("?<", i)) {
        int close = s.indexOf('>', i);
        if (close < 0) throw new Unfollowed("unclosed group name");
        i = close + 1;
        return alternation(true);
      }
      // flags: (?i) for the rest of the enclosing group, or (?-i:...) for its own
      int end = i + 1;
      while (end < s.length() && (Character.isLetter(s.charAt(end)) || s.charAt(end) == '-')) end++;
      if (end >= s.length()) throw new Unfollowed("unclosed flags");
      if (s.charAt(end) == ':') {
        if (s.substring(i + 1, end).indexOf('x') >= 0) throw new Unfollowed("comments flag");
        i = end + 1;
        return alternation(true);
      }
      if (s.charAt(end) == ')') throw new Unfollowed("flags for the rest of a group");
      throw new Unfollowed("unknown group at " + i);
    }

    private boolean bareFlags(int at) {
      int end = at + 2;
      while (end < s.length() && (Character.isLetter(s.charAt(end)) || s.charAt(end) == '-')) end++;
      return end > at + 2 && end < s.length() && s.charAt(end) == ')';
    }

    /** Reads past a character class, nested ones included. */
    private void charClass() {
      int depth = 0;
      boolean first = true;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '\\') {
          escape();
          first = false;
          continue;
        }
        if (c == '[') {
          depth++;
          i++;
          first = true;
          if (i < s.length() && s.charAt(i) == '^') i++;
          continue;
        }
        if (c == ']' && !first) {
          depth--;
          i++;
          if (depth == 0) return;
          continue;
        }
        first = false;
        i++;
      }
      throw new Unfollowed("unclosed [");
    }

    /** Reads past an escape: the character it stands for when it is one literally ({@code \.}), else -1. */
    private int escape() {
      if (i + 1 >= s.length()) throw new Unfollowed("trailing backslash");
      char c = s.charAt(i + 1);
      i += 2;
      if (Character.isDigit(c)) throw new Unfollowed("a backreference");
      if (c == 'Q' || c == 'E') throw new Unfollowed("quoting");
      if (!Character.isLetter(c)) return c;
      switch (c) {
        case 'p', 'P', 'x', 'N' -> {
          if (i < s.length() && s.charAt(i) == '{') {
            int close = s.indexOf('}', i);
            if (close < 0) throw new Unfollowed("unclosed {");
            i = close + 1;
          } else {
            i += c == 'x' ? 2 : 1;
          }
        }
        case 'u' -> i += 4;
        case 'c' -> i += 1;
        case 'k' -> {
          int close = s.indexOf('>', i);
          if (close < 0) throw new Unfollowed("unclosed \\k");
          i = close + 1;
        }
        default -> {
          // \b, \s, \w, \d, \t and the like: no literal to require
        }
      }
      return -1;
    }
  }
}
