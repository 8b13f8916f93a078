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

  /** The score a label stands for when only the label is known (a scenario, a replayed line). */
  public double nominalScore() {
    return switch (this) {
      case VERY_NEGATIVE -> -0.9;
      case NEGATIVE -> -0.5;
      case NEUTRAL -> 0;
      case POSITIVE -> 0.5;
      case VERY_POSITIVE -> 0.9;
    };
  }

  public boolean isNegative() {
    return this == VERY_NEGATIVE || this == NEGATIVE;
  }

  public boolean isPositive() {
    return this == VERY_POSITIVE || this == POSITIVE;
  }
}
