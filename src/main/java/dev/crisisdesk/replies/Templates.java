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
  public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)}}");
  static final java.util.Set<String> KNOWN = java.util.Set.of("author.handle", "author.name", "brand");

  /** The longest reply a team may send. */
  public static final int MAX_REPLY_CHARS = 10_000;

  private Templates() {}

  /** The placeholders of a text that are not known, in order; empty when it may be saved. */
  public static java.util.List<String> unknown(String text) {
    java.util.List<String> unknown = new java.util.ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) if (!KNOWN.contains(m.group(1).strip())) unknown.add(m.group(0));
    return unknown;
  }

  /** The text for a stored comment: its author's handle and its brand. */
  public static String fill(String text, dev.crisisdesk.comments.CommentView comment) {
    Object handle = comment.author() == null ? null : comment.author().get("handle");
    return fill(text, handle == null ? null : handle.toString(), comment.brand());
  }

  /**
   * A reply as a request gives it: its own {@code text}, or the id of a {@code savedReply}; exactly
   * one of the two (400 otherwise).
   */
  public record Requested(String text, String savedReply) {
    public static Requested of(io.vertx.core.json.JsonObject body) {
      String text = dev.crisisdesk.http.Requests.optionalString(body, "text", MAX_REPLY_CHARS);
      String saved = dev.crisisdesk.http.Requests.optionalString(body, "savedReply", 64);
      if ((text == null) == (saved == null)) throw dev.crisisdesk.http.ApiException.invalidField("/text", "give either a text or a savedReply");
      return new Requested(text, saved);
    }

    /** The text for each comment of the brand: the given one, or the brand's saved reply filled in (400 when it has none by that id). */
    public java.util.function.Function<dev.crisisdesk.comments.CommentView, String> forBrand(SavedReplyStore savedReplies, String brand) {
      if (text != null) return comment -> text;
      SavedReplyStore.SavedReply reply = savedReplies.find(savedReply).filter(r -> r.brand().equals(brand))
          .orElseThrow(() -> dev.crisisdesk.http.ApiException.invalidField("/savedReply", "brand " + brand + " has no saved reply " + savedReply));
      return comment -> fill(reply.text(), comment);
    }
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
    while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1).strip(), m.group(0))));
    m.appendTail(out);
    // a placeholder left empty must not leave "Hi , ..." behind
    return out.toString().replaceAll(" +([,.!?])", "$1").replaceAll("  +", " ").strip();
  }
}
