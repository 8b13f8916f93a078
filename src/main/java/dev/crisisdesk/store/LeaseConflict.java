package dev.crisisdesk.store;

/** The caller does not hold the item's lease, or the item is closed: the contract's 409. */
public final class LeaseConflict extends RuntimeException {
  public LeaseConflict(String message) {
    super(message);
  }
}
