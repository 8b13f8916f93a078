package dev.crisisdesk.rules;

import dev.crisisdesk.rules.sandbox.AllowList;
import dev.crisisdesk.rules.sandbox.RuleBytecode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks on a rule file's text that give a strategist an early, exact message: imports name
 * only types rules may use, the only global is {@code actions}, and the package is the set's own.
 * They are conveniences, not the sandbox: what a set may do is decided on the classes it compiles
 * to ({@link RuleBytecode}). Text reaches these checks with its
 * unicode escapes already decoded ({@link #decodeUnicodeEscapes}), as the Java compiler sees it.
 */
final class RuleSandbox {
  private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(static\\s+|function\\s+)?([\\w.*]+)");
  private static final Pattern GLOBAL = Pattern.compile("(?m)^\\s*global\\s+([\\w.]+)\\s+(\\w+)");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
  private static final List<String> RESERVED = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.", "dev.crisisdesk.",
      "org.drools.", "org.kie.");

  private RuleSandbox() {}

  static void check(String file, String text, List<RuleFinding> findings) {
    String code = blankStringsAndComments(text);
    AllowList allow = AllowList.standard();
    Matcher imports = IMPORT.matcher(code);
    while (imports.find()) {
      String name = imports.group(2);
      boolean allowed = imports.group(1) == null ? allow.allowsImport(name) : imports.group(1).startsWith("static")
          && name.lastIndexOf('.') > 0 && allow.allowsImport(name.substring(0, name.lastIndexOf('.')));
      if (!allowed) findings.add(at(file, text, imports.start(2), "import of '" + name + "' is outside the rule API; rules may import "
          + "dev.crisisdesk.facts.*, and the value types of java.lang, java.util and java.time listed in docs/rules.md"));
    }
    Matcher globals = GLOBAL.matcher(code);
    while (globals.find()) {
      if (!globals.group(1).equals("dev.crisisdesk.facts.Actions") || !globals.group(2).equals("actions")) {
        findings.add(at(file, text, globals.start(1), "the only global is 'global dev.crisisdesk.facts.Actions actions'"));
      }
    }
    Matcher pkg = PACKAGE.matcher(code);
    if (pkg.find() && RESERVED.stream().anyMatch(r -> (pkg.group(1) + ".").startsWith(r))) {
      findings.add(at(file, text, pkg.start(1), "package '" + pkg.group(1) + "' is reserved; name the rule set's own package"));
    }
  }

  /**
   * The text with its unicode escapes decoded as the Java compiler decodes them (JLS 3.3): a
   * {@code \\uXXXX} preceded by an even number of backslashes is the character it names. A
   * consequence that hides code behind {@code // \\u000a} is then checked as the code it is.
   */
  static String decodeUnicodeEscapes(String text) {
    if (text.indexOf("\\u") < 0) return text;
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        int slashes = 0;
        for (int k = out.length() - 1; k >= 0 && out.charAt(k) == '\\'; k--) slashes++;
        int j = i + 1;
        while (j < text.length() && text.charAt(j) == 'u') j++;
        if (slashes % 2 == 0 && j > i + 1 && j + 4 <= text.length() && isHex(text, j)) {
          out.append((char) Integer.parseInt(text.substring(j, j + 4), 16));
          i = j + 4;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static boolean isHex(String text, int from) {
    for (int k = from; k < from + 4; k++) if (Character.digit(text.charAt(k), 16) < 0) return false;
    return true;
  }

  /** The text with string literals and comments replaced by spaces, so positions stay where they were. */
  static String blankStringsAndComments(String text) {
    StringBuilder out = new StringBuilder(text);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < text.length() && text.charAt(end) != c && text.charAt(end) != '\n') end += text.charAt(end) == '\\' ? 2 : 1;
        blank(out, i + 1, Math.min(end, text.length()));
        i = end + 1;
      } else if (text.startsWith("//", i)) {
        int end = text.indexOf('\n', i);
        end = end < 0 ? text.length() : end;
        blank(out, i, end);
        i = end;
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        end = end < 0 ? text.length() : end + 2;
        blank(out, i, end);
        i = end;
      } else {
        i++;
      }
    }
    return out.toString();
  }

  private static void blank(StringBuilder out, int from, int to) {
    for (int k = from; k < to; k++) if (out.charAt(k) != '\n') out.setCharAt(k, ' ');
  }

  private static RuleFinding at(String file, String text, int offset, String message) {
    return RuleFinding.at(file, text, offset, RuleFinding.Severity.ERROR, message);
  }
}
