package dev.crisisdesk.rules.sandbox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Budgeted stand-ins for the few JDK methods that can spend unbounded CPU or memory in one call:
 * regular expressions (catastrophic backtracking), {@code repeat} and {@code replace}
 * (output many times the input), and substring search (time the product of both lengths).
 * {@link Instrumenter} rewrites each allowed call to one of these to the method here of the same
 * name, with the receiver as first argument; {@link AllowList} names which calls are guarded.
 */
public final class Guards {
  /** A substring search may compare at most this many character pairs. */
  static final long MAX_SEARCH = 200_000_000L;

  private Guards() {}

  // --- regular expressions: matching reads the text through a CharSequence that ticks ---

  public static Matcher matcher(Pattern pattern, CharSequence text) {
    return pattern.matcher(new Ticking(text));
  }

  public static boolean matches(String regex, CharSequence text) {
    return matcher(Pattern.compile(regex), text).matches();
  }

  public static boolean matches(String text, String regex) {
    return matches(regex, (CharSequence) text);
  }

  public static String[] split(Pattern pattern, CharSequence text) {
    return pattern.split(new Ticking(text));
  }

  public static String[] split(Pattern pattern, CharSequence text, int limit) {
    return pattern.split(new Ticking(text), limit);
  }

  public static String[] split(String text, String regex) {
    return split(text, regex, 0);
  }

  public static String[] split(String text, String regex, int limit) {
    Budget.charge(text.length(), 16);
    return Pattern.compile(regex).split(new Ticking(text), limit);
  }

  public static String replaceAll(String text, String regex, String replacement) {
    return replaceAll(Pattern.compile(regex).matcher(new Ticking(text)), replacement);
  }

  public static String replaceFirst(String text, String regex, String replacement) {
    return replaceFirst(Pattern.compile(regex).matcher(new Ticking(text)), replacement);
  }

  public static String replaceAll(Matcher matcher, String replacement) {
    // every position may match, each adding the replacement
    Budget.charge(((long) matcherLength(matcher) + 1) * (replacement.length() + 1), 2);
    return matcher.replaceAll(replacement);
  }

  public static String replaceFirst(Matcher matcher, String replacement) {
    Budget.charge((long) matcherLength(matcher) + replacement.length(), 2);
    return matcher.replaceFirst(replacement);
  }

  private static int matcherLength(Matcher matcher) {
    return matcher.regionEnd();
  }

  // --- strings whose output can be many times their input ---

  public static String repeat(String text, int count) {
    Budget.charge((long) text.length() * Math.max(count, 0), 2);
    return text.repeat(count);
  }

  public static String replace(String text, char from, char to) {
    Budget.charge(text.length(), 2);
    return text.replace(from, to);
  }

  public static String replace(String text, CharSequence target, CharSequence replacement) {
    search(text, target);
    long most = target.length() == 0 ? text.length() + 1L : text.length() / target.length();
    Budget.charge(text.length() + most * replacement.length(), 2);
    return text.replace(target, replacement);
  }

  // --- substring search: naive in the worst case, so the product of the lengths is capped ---

  public static boolean contains(String text, CharSequence part) {
    search(text, part);
    return text.contains(part);
  }

  public static int indexOf(String text, String part) {
    search(text, part);
    return text.indexOf(part);
  }

  public static int indexOf(String text, String part, int from) {
    search(text, part);
    return text.indexOf(part, from);
  }

  public static int indexOf(String text, int ch) {
    return text.indexOf(ch);
  }

  public static int indexOf(String text, int ch, int from) {
    return text.indexOf(ch, from);
  }

  public static int lastIndexOf(String text, String part) {
    search(text, part);
    return text.lastIndexOf(part);
  }

  public static int lastIndexOf(String text, String part, int from) {
    search(text, part);
    return text.lastIndexOf(part, from);
  }

  public static int lastIndexOf(String text, int ch) {
    return text.lastIndexOf(ch);
  }

  public static int lastIndexOf(String text, int ch, int from) {
    return text.lastIndexOf(ch, from);
  }

  private static void search(String text, CharSequence part) {
    Budget.tick();
    if ((long) text.length() * part.length() > MAX_SEARCH) {
      throw new BudgetExceeded("a substring search over " + text.length() + " characters for " + part.length()
          + " is more than one firing may do");
    }
  }

  /** A text that checks the budget as a regular expression reads it. */
  private record Ticking(CharSequence text) implements CharSequence {
    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      Budget.tick();
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Ticking(text.subSequence(start, end));
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
