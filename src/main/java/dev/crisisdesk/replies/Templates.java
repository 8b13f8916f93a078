package dev.crisisdesk.replies;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders a saved reply may use: {@code {{author.handle}}} (with its {@code @}),
 * {@code {{author.name}}} (the handle without it, as platforms give no display name) and
 * {@code {{brand}}}. Any other {@code {{...}}} is refused when the reply is saved, so a typo never
 * reaches a customer.
 */
public final class Templates {
  public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
  static final java.util.Set<String> KNOWN = java.util.Set.of("author.handle", "author.name", "brand");

  private Templates() {}

  /** The placeholders of a text that are not known, in order; empty when it may be saved. */
  public static java.util.List<String> unknown(String text) {
    java.util.List<String> unknown = new java.util.ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) if (!KNOWN.contains(m.group(1))) unknown.add(m.group(0));
    return unknown;
  }

  /** The text for a stored comment: its author's handle and its brand. */
  public static String fill(String text, dev.crisisdesk.comments.CommentView comment) {
    Object handle = comment.author() == null ? null : comment.author().get("handle");
    return fill(text, handle == null ? null : handle.toString(), comment.brand());
  }

  /** The text for one comment: its author's handle (null or blank when unknown) and the brand. */
  public static String fill(String text, String handle, String brand) {
    String bare = handle == null || handle.isBlank() ? null : handle.startsWith("@") ? handle.substring(1) : handle;
    Map<String, String> values = Map.of(
        "author.handle", bare == null ? "" : "@" + bare,
        "author.name", bare == null ? "" : bare,
        "brand", brand);
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group(0))));
    m.appendTail(out);
    // a placeholder left empty must not leave "Hi , ..." behind
    return out.toString().replaceAll(" +([,.!?])", "$1").replaceAll("  +", " ").strip();
  }
}
