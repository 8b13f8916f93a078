package dev.crisisdesk.store;

/** The contract's 409: the caller does not hold the item's lease, or the item or incident is closed. */
public final class Conflict extends RuntimeException {
  public Conflict(String message) {
    super(message);
  }
}
