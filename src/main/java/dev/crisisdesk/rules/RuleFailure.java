package dev.crisisdesk.rules;

/** A rule threw while deciding about a comment; the comment is marked {@code failed}. */
public final class RuleFailure extends RuntimeException {
  public RuleFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
