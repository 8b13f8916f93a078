package dev.crisisdesk.rules.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reviewed list of what rule code may reference, read from {@code allowed.txt} beside this
 * class (its header says the format). Answers three questions: may a type be named, may a member
 * be used, and is a use routed through {@link Guards}.
 */
public final class AllowList {
  /** How a member reference stands. */
  public enum Use { ALLOWED, GUARDED, REFUSED }

  /** Never allowed, whatever a line says: they reach classes, monitors or the finalizer. */
  private static final Set<String> NEVER = Set.of("getClass", "wait", "notify", "notifyAll", "finalize", "clone");

  private record Entry(boolean everything, Set<String> members, Set<String> excluded, Set<String> guarded) {
    Use use(String name, String descriptor) {
      String signature = name + descriptor;
      if (guarded.contains(name)) return Use.GUARDED;
      if (excluded.contains(name) || excluded.contains(signature)) return Use.REFUSED;
      if (everything || members.contains(name) || members.contains(signature)) return Use.ALLOWED;
      return Use.REFUSED;
    }
  }

  private static final AllowList STANDARD = load();

  private final Map<String, Entry> types;
  private final List<Map.Entry<String, Entry>> prefixes;

  private AllowList(Map<String, Entry> types, List<Map.Entry<String, Entry>> prefixes) {
    this.types = types;
    this.prefixes = prefixes;
  }

  public static AllowList standard() {
    return STANDARD;
  }

  /** Whether rule code may name this type (JVM internal name; arrays by their element type). */
  public boolean allowsType(String internalName) {
    String name = internalName;
    while (name.startsWith("[")) name = name.substring(1);
    if (name.length() == 1) return true; // a primitive
    if (name.startsWith("L") && name.endsWith(";")) name = name.substring(1, name.length() - 1);
    return entry(name) != null;
  }

  /** How rule code may use a member of an allowed type. */
  public Use use(String owner, String name, String descriptor) {
    if (NEVER.contains(name)) return Use.REFUSED;
    String type = owner;
    while (type.startsWith("[")) type = type.substring(1);
    if (type.startsWith("L") && type.endsWith(";")) type = type.substring(1, type.length() - 1);
    Entry entry = entry(type);
    return entry == null ? Use.REFUSED : entry.use(name, descriptor);
  }

  /** Whether an import names allowed types: a type, or a package with at least one. */
  public boolean allowsImport(String dotted) {
    String name = dotted.replace('.', '/');
    if (name.endsWith("/*")) {
      String pkg = name.substring(0, name.length() - 1);
      return types.keySet().stream().anyMatch(t -> t.startsWith(pkg) && t.indexOf('/', pkg.length()) < 0);
    }
    // an import may name a nested type with a dot
    return entry(name) != null || entry(name.replaceFirst("/([A-Z][^/]*)/", "/$1\\$")) != null;
  }

  private Entry entry(String type) {
    Entry exact = types.get(type);
    if (exact != null) return exact;
    for (Map.Entry<String, Entry> prefix : prefixes) {
      if (type.startsWith(prefix.getKey())) return prefix.getValue();
    }
    return null;
  }

  private static AllowList load() {
    try (InputStream in = AllowList.class.getResourceAsStream("allowed.txt")) {
      if (in == null) throw new IllegalStateException("allowed.txt is missing from the sandbox package");
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AllowList parse(String text) {
    Map<String, Entry> types = new HashMap<>();
    List<Map.Entry<String, Entry>> prefixes = new ArrayList<>();
    for (String line : text.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
      String[] words = trimmed.split("\\s+");
      boolean everything = false;
      Set<String> members = new HashSet<>();
      Set<String> excluded = new HashSet<>();
      Set<String> guarded = new HashSet<>();
      for (int i = 1; i < words.length; i++) {
        String word = words[i];
        if (word.equals("*")) everything = true;
        else if (word.startsWith("!")) excluded.add(word.substring(1));
        else if (word.startsWith("~")) guarded.add(word.substring(1));
        else members.add(word);
      }
      Entry entry = new Entry(everything, Set.copyOf(members), Set.copyOf(excluded), Set.copyOf(guarded));
      if (words[0].endsWith("*")) prefixes.add(Map.entry(words[0].substring(0, words[0].length() - 1), entry));
      else types.put(words[0], entry);
    }
    return new AllowList(Map.copyOf(types), List.copyOf(prefixes));
  }
}
