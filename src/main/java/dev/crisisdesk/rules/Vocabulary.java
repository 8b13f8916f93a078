package dev.crisisdesk.rules;

import dev.crisisdesk.facts.Actions;
import dev.crisisdesk.facts.Author;
import dev.crisisdesk.facts.Brand;
import dev.crisisdesk.facts.Comment;
import dev.crisisdesk.facts.Crisis;
import dev.crisisdesk.facts.Overdue;
import dev.crisisdesk.facts.Severity;
import dev.crisisdesk.facts.WindowCount;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a rule may name: the facts' properties and methods and the {@code actions} a consequence may
 * call, read from the rule-facing types themselves so that the editor's completion and the
 * compiler's "did you mean" never disagree with the code.
 */
public final class Vocabulary {
  /** The facts a rule matches, in the order the editor offers them. */
  static final List<Class<?>> FACTS = List.of(Comment.class, Author.class, Brand.class, Crisis.class, WindowCount.class, Overdue.class);
  /** {@link Actions}' methods the engine calls around the rules, not the rules themselves. */
  private static final Set<String> ENGINE_ONLY = Set.of("processing", "drainAll", "ruleFiring");

  private Vocabulary() {}

  /** The names a rule may read on a fact: its getters as properties, and its other public methods. */
  static Set<String> properties(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Method m : type.getMethods()) {
      if (m.getDeclaringClass() == Object.class || Modifier.isStatic(m.getModifiers())) continue;
      String n = m.getName();
      if (m.getParameterCount() == 0 && n.startsWith("get") && n.length() > 3) names.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
      else if (m.getParameterCount() == 0 && n.startsWith("is") && n.length() > 2) names.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
      else if (!n.equals("hashCode") && !n.equals("toString")) names.add(n);
    }
    names.remove("class");
    return names;
  }

  /** A fact's properties, and those of the facts it holds ("author.followers" on a Comment). */
  static Set<String> reachable(Class<?> type) {
    Set<String> names = new TreeSet<>(properties(type));
    for (Method m : type.getMethods()) {
      Class<?> held = m.getReturnType();
      if (m.getParameterCount() == 0 && held != type && FACTS.contains(held) && m.getName().startsWith("get")) {
        String property = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
        for (String inner : properties(held)) names.add(property + "." + inner);
      }
    }
    return names;
  }

  /** The methods of a type a rule may call ({@link Actions} without the engine's own). */
  static Set<String> methods(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Method m : type.getMethods()) {
      if (m.getDeclaringClass() != Object.class && !Modifier.isStatic(m.getModifiers()) && !(type == Actions.class && ENGINE_ONLY.contains(m.getName()))) {
        names.add(m.getName());
      }
    }
    return names;
  }

  /** {@code GET /v1/rules/vocabulary}: facts with their properties, the actions with their parameters, the severities. */
  public static JsonObject json() {
    JsonObject facts = new JsonObject();
    for (Class<?> fact : FACTS) facts.put(fact.getSimpleName(), new JsonArray(List.copyOf(properties(fact))));
    JsonArray actions = new JsonArray();
    Arrays.stream(Actions.class.getMethods())
        .filter(m -> m.getDeclaringClass() == Actions.class && !Modifier.isStatic(m.getModifiers()) && !ENGINE_ONLY.contains(m.getName()))
        .sorted((a, b) -> a.getName().equals(b.getName()) ? Integer.compare(a.getParameterCount(), b.getParameterCount()) : a.getName().compareTo(b.getName()))
        .forEach(m -> actions.add(new JsonObject().put("name", m.getName()).put("signature", m.getName() + "("
            + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")")));
    return new JsonObject().put("facts", facts).put("actions", actions)
        .put("severities", new JsonArray(Arrays.stream(Severity.values()).map(Enum::name).toList()));
  }
}
