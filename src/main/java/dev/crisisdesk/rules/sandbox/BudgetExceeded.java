package dev.crisisdesk.rules.sandbox;

/**
 * Thrown inside rule code that used up its {@link Budget}. An {@link Error}, so a rule's
 * {@code catch (Exception e)} cannot swallow it; and the budget stays spent, so any rule code that
 * runs after a catch-all throws again at its next check.
 */
public final class BudgetExceeded extends Error {
  public BudgetExceeded(String message) {
    super(message, null, false, false);
  }
}
