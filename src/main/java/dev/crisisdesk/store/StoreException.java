package dev.crisisdesk.store;

import java.sql.SQLException;

/** The database failed; callers cannot fix it, the edge answers 5xx and logs it. */
public final class StoreException extends RuntimeException {
  public StoreException(SQLException cause) {
    super(cause.getMessage(), cause);
  }
}
