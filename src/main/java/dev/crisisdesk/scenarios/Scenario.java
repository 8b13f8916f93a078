package dev.crisisdesk.scenarios;

import dev.crisisdesk.facts.Comment;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** A scenario file: comments at their times, then what must and must not happen. */
public record Scenario(String file, String name, List<Comment> comments, List<Expectation> expectations,
    JsonObject settings) {
  /** One {@code expect} line, kept with its place and text for the report. */
  public record Expectation(int line, String text, boolean negated, Kind kind, String subject, List<String> args) {}

  public enum Kind { STATUS, ACTION, RULE, INCIDENT, ESCALATION }
}
