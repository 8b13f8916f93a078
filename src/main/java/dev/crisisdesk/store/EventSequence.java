package dev.crisisdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Where readers of the event log may safely read up to. Events get their ids when inserted but
 * become visible when their transaction commits, and two transactions can commit in the other order:
 * a reader that saw event 11 and moved its cursor past it would never see event 10 committed a
 * moment later. So ids handed out to transactions still open are kept here, and readers stop just
 * before the oldest of them; once it commits (or rolls back) they go on.
 */
final class EventSequence {
  private final TreeSet<Long> open = new TreeSet<>();
  private long highest;

  EventSequence(long highest) {
    this.highest = highest;
  }

  /** Runs the insert of one event and returns its id, noted as open until its transaction ends. */
  synchronized long insert(PreparedStatement insert) throws SQLException {
    insert.executeUpdate();
    try (ResultSet keys = insert.getGeneratedKeys()) {
      keys.next();
      long id = keys.getLong(1);
      open.add(id);
      highest = Math.max(highest, id);
      return id;
    }
  }

  /** The transaction that inserted these ids committed or rolled back. */
  synchronized void ended(Collection<Long> ids) {
    open.removeAll(ids);
  }

  /** The highest id below which every event is committed or gone for good. */
  synchronized long stable() {
    return open.isEmpty() ? highest : open.first() - 1;
  }
}
