package dev.crisisdesk.rules;

import java.util.regex.Pattern;

/** A reply queue declared in a rule set's {@code queues.json}. */
public record QueueSpec(String name, int slaMinutes, String escalateTo) {
  static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  public QueueSpec {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("queue name must match " + NAME + ": " + name);
    }
    if (slaMinutes < 1) throw new IllegalArgumentException("slaMinutes < 1: " + slaMinutes);
  }
}
