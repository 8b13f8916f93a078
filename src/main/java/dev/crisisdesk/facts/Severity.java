package dev.crisisdesk.facts;

import java.util.Locale;

/** How bad an incident is, from {@code low} to {@code critical}. */
public enum Severity {
  LOW, MEDIUM, HIGH, CRITICAL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Severity ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }

  public boolean isAtLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
