package dev.crisisdesk.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses rule text that reaches outside the documented rule API. A consequence is Java code run
 * inside the service, and strategists are not administrators: a rule set may import only
 * crisisdesk's facts and a few value types, may not name the runtime, threads, files, network,
 * reflection or class loading, may not reach the session ({@code drools}, {@code kcontext}), may
 * not insert or modify facts except by {@code insertLogical}, and may not loop. Strings and
 * comments are ignored; every finding points at the offending token.
 */
final class RuleSandbox {
  private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(static\\s+|function\\s+)?([\\w.*]+)");
  private static final Pattern GLOBAL = Pattern.compile("(?m)^\\s*global\\s+([\\w.]+)\\s+(\\w+)");
  private static final List<String> ALLOWED_IMPORTS = List.of(
      "dev.crisisdesk.facts.", "java.util.List", "java.util.Set", "java.util.Map", "java.util.Collection",
      "java.lang.Math", "java.time.");
  private static final Pattern FORBIDDEN = Pattern.compile("\\b(System|Runtime|Thread|ThreadGroup|ThreadLocal|Class|ClassLoader"
      + "|Process|ProcessBuilder|ProcessHandle|File|Files|Path|Paths|FileInputStream|FileOutputStream|RandomAccessFile|Socket"
      + "|ServerSocket|DatagramSocket|URL|URLConnection|HttpClient|InetAddress|Unsafe|Method|Field|Constructor|MethodHandle"
      + "|MethodHandles|ScriptEngine|ScriptEngineManager|Executors|ExecutorService|CompletableFuture|ForkJoinPool|Timer"
      + "|ObjectInputStream|ObjectOutputStream|InitialContext|getClass|forName|newInstance|setAccessible|getRuntime|exec"
      + "|exit|halt|loadLibrary|drools|kcontext|insert|modify|update|retract|delete|erase)\\b");
  private static final Pattern LOOP = Pattern.compile("\\b(for|while|do)\\s*[({]");
  private static final Pattern QUALIFIED = Pattern.compile("\\b(java|javax|jdk|sun|com|org|net|io|dev)\\s*\\.\\s*[a-z_][\\w.]*");

  private RuleSandbox() {}

  static void check(String file, String text, List<RuleFinding> findings) {
    String code = blankStringsAndComments(text);
    Matcher imports = IMPORT.matcher(code);
    while (imports.find()) {
      String name = imports.group(2);
      boolean allowed = imports.group(1) == null ? ALLOWED_IMPORTS.stream().anyMatch(name::startsWith) : name.startsWith("java.lang.Math.");
      if (!allowed) findings.add(at(file, text, imports.start(2), "import of '" + name + "' is outside the rule API; rules may import "
          + "dev.crisisdesk.facts.*, java.time.*, java.lang.Math and java.util's List, Set, Map and Collection"));
    }
    Matcher globals = GLOBAL.matcher(code);
    while (globals.find()) {
      if (!globals.group(1).equals("dev.crisisdesk.facts.Actions") || !globals.group(2).equals("actions")) {
        findings.add(at(file, text, globals.start(1), "the only global is 'global dev.crisisdesk.facts.Actions actions'"));
      }
    }
    String body = IMPORT.matcher(code).replaceAll(match -> " ".repeat(match.group().length()));
    body = GLOBAL.matcher(body).replaceAll(match -> " ".repeat(match.group().length()));
    Matcher forbidden = FORBIDDEN.matcher(body);
    while (forbidden.find()) {
      String word = forbidden.group(1);
      String why = switch (word) {
        case "insert", "modify", "update", "retract", "delete", "erase" ->
            "'" + word + "' is not allowed: rules record decisions through actions, or derive facts with insertLogical";
        case "drools", "kcontext" -> "'" + word + "' reaches the engine itself; rules act only through actions";
        default -> "'" + word + "' reaches outside the rule API (no runtime, threads, files, network, reflection or class loading)";
      };
      findings.add(at(file, text, forbidden.start(1), why));
    }
    Matcher loops = LOOP.matcher(body);
    while (loops.find()) {
      findings.add(at(file, text, loops.start(1), "loops are not allowed in rules: a loop that never ends would stop the brand's processing"));
    }
    Matcher qualified = QUALIFIED.matcher(body);
    while (qualified.find()) {
      String name = qualified.group().replaceAll("\\s", "");
      if (ALLOWED_IMPORTS.stream().noneMatch(name::startsWith)) {
        findings.add(at(file, text, qualified.start(), "'" + name + "' is outside the rule API"));
      }
    }
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
