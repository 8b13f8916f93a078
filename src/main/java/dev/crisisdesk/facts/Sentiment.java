package dev.crisisdesk.facts;

import java.util.Locale;

/** The five sentiment labels of the contract, from most negative to most positive. */
public enum Sentiment {
  VERY_NEGATIVE, NEGATIVE, NEUTRAL, POSITIVE, VERY_POSITIVE;

  /** The label as the API spells it: {@code very_negative}, {@code neutral}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Sentiment ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }

  public boolean isNegative() {
    return this == VERY_NEGATIVE || this == NEGATIVE;
  }

  public boolean isPositive() {
    return this == VERY_POSITIVE || this == POSITIVE;
  }
}
