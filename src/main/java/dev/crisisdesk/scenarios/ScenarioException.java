package dev.crisisdesk.scenarios;

/** A scenario file that cannot be read, with its {@code FILE:LINE: problem}. */
public final class ScenarioException extends RuntimeException {
  public ScenarioException(String message) {
    super(message);
  }
}
