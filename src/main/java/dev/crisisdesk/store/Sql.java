package dev.crisisdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Statements with their arguments bound in order, and rows mapped to records: the binding and
 * closing every store method would otherwise spell out. Arguments are strings, numbers, booleans or
 * null.
 */
public final class Sql {
  /** Makes one value of the current row. */
  @FunctionalInterface
  public interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private Sql() {}

  /** Runs an INSERT, UPDATE or DELETE; the number of rows it changed. */
  public static int update(Connection connection, String sql, Object... args) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, args);
      return statement.executeUpdate();
    }
  }

  /** Every row the query returns, mapped in order. */
  public static <T> List<T> list(Connection connection, String sql, Row<T> row, Object... args) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, args);
      List<T> rows = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) rows.add(row.map(rs));
      }
      return rows;
    }
  }

  /** The first row the query returns, mapped; empty when there is none. */
  public static <T> Optional<T> first(Connection connection, String sql, Row<T> row, Object... args) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, args);
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.empty();
      }
    }
  }

  /** {@code count} parameter marks for an {@code IN (...)} list: {@code ?, ?, ?}. */
  public static String marks(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }

  private static void bind(PreparedStatement statement, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      if (args[i] == null) statement.setNull(i + 1, Types.NULL);
      else statement.setObject(i + 1, args[i]);
    }
  }
}
