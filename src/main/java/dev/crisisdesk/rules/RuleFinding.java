package dev.crisisdesk.rules;

import java.util.Locale;

/** One problem in a rule set, at a place a strategist can open: {@code FILE:LINE:COL}. */
public record RuleFinding(String file, int line, int column, Severity severity, String message) {
  public enum Severity { ERROR, WARNING }

  public static RuleFinding error(String file, int line, int column, String message) {
    return new RuleFinding(file, Math.max(line, 1), Math.max(column, 1), Severity.ERROR, message);
  }

  /** A finding at a character offset of a file's text, as line and column. */
  public static RuleFinding at(String file, String text, int offset, Severity severity, String message) {
    int line = 1;
    int lineStart = 0;
    for (int k = 0; k < offset && k < text.length(); k++) {
      if (text.charAt(k) == '\n') {
        line++;
        lineStart = k + 1;
      }
    }
    return new RuleFinding(file, line, offset - lineStart + 1, severity, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** As the contract prints it: {@code routing.drl:12:5: error: message}. */
  public String format() {
    return file + ":" + line + ":" + column + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message;
  }
}
