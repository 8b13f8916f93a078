package dev.crisisdesk.facts;

import java.util.Objects;

/**
 * How many comments matched something over a sliding window, kept up to date by a counting rule
 * ({@code insertLogical(new WindowCount("negative in 5m", $n))}) so that the rules that act on
 * counts join plain facts instead of chaining windows, which Drools would recount from scratch.
 */
public final class WindowCount {
  private final String name;
  private final long value;

  public WindowCount(String name, long value) {
    this.name = Objects.requireNonNull(name, "name");
    this.value = value;
  }

  public String getName() {
    return name;
  }

  public long getValue() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WindowCount other && other.name.equals(name) && other.value == value;
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Long.hashCode(value);
  }

  @Override
  public String toString() {
    return name + " = " + value;
  }
}
